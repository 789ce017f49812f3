"""Meta's side of the bot: what comes in at /webhook and what goes out through the Send API.

In: the signature (signature.py), the intake that stores each event and answers 200 (intake.py, with
fast_intake.py in front of Flask and unicode_repair.py), which page signed a delivery (pages.py).
Out: the Send API client (send_api.py) and the outbox's sender (sender.py). Citizens' files, from
allowed hosts only (downloads.py, download_pool.py, safe_fetch.py, attachment_hosts.py). Meta's data
deletion (signed_request.py, id_matching.py), and the page's Messenger Profile (page_setup.py).
"""
