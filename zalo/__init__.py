"""Zalo's side of the bot, beside Meta's (messenger/): the ward's Zalo Official Account.

The channel seam sits under the conversation: a Zalo event becomes the Messenger-shaped event the
handlers of handlers/ already read (translate.py), for a citizen keyed `zalo:<user id>` on the ward's
page (core/channels.py), so the conversation, cases, handoffs and data rights are the same code.

In: the signature (signature.py), the event shapes (events.py), the intake at /zalo/webhook that
stores each event and answers 200 (intake.py), and the handlers that run after it (handlers.py, with
contact.py for `user_submit_info`). Out: the OA API client (api.py), the message as Zalo takes it
(messages.py), the token pair that never gets lost (tokens.py, oauth.py) and the outbox's sender for
Zalo's citizens (sender.py).
"""
