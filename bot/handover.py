"""Messenger's handover protocol with Meta's Page inbox: the sender's side.

Passing or taking thread control is queued as a row of the outbox, in line with
the citizen's replies (casework/thread_control.py); the sender makes the Graph
call here when the row's turn comes, telling a handover row by its `handover` key.
"""

CALLS = ("pass_thread_control", "take_thread_control", "request_thread_control")


def call_graph(client, psid, message):
    """The sender's side: make the queued call. Meta answers {"success": true}; no message id."""
    body = {"recipient": {"id": psid}, "metadata": message.get("note") or ""}
    if message.get("target_app_id"):
        body["target_app_id"] = message["target_app_id"]
    client.post(f"/me/{message['handover']}", body)
    return None


def send_or_hand_over(client, row, message):
    """One outbox row through the Graph API: a handover call, or a message."""
    if message.get("handover") in CALLS:
        return call_graph(client, row["psid"], message)
    return client.send_message(row["psid"], message, row["messaging_type"], row["tag"])
