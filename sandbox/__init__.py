"""The sandbox: the bot without Meta. Its pages are mounted only while no page token is set.

simulator/ is the citizen's phone at /simulator; graph_standin.py is a local stand-in for Meta's
Graph API (the Send API, the Messenger Profile, a CDN in standin_cdn.py, the handover protocol and
the Page inbox in standin_handover.py); chat.py is the same chat in a terminal (`python -m bot chat`).
"""
