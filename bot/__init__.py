"""The conversation with the citizen: one table of states (`bot.flow.STEPS`) and the steps' handlers.

A turn (turn.py) takes one input through the table; turn.py refuses a move the table does not list.
The steps: the welcome, menu and look-up (menu.py); the report's questions (report_steps.py), with
free text at the menu (free_text.py) and corrections said in words (corrections.py); the summary and
the ticket code (submission.py); withdrawing a filed case (withdrawal.py); rating the answer
(rating_steps.py, rating_hooks.py); a person instead of the bot (handoff.py, handover.py,
human_echo.py, handoff_quiet.py); an officer's own chat with the page (officer_chat.py); the citizen's
data rights (rights.py, holdings_text.py, rights_texts.py). Every sentence it says is in texts.py and
texts_en.py. `python -m bot` (__main__.py) is only a door to the command line, cli/.
"""
