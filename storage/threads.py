"""Which messages a case's thread holds: the rule, decided here and nowhere else.

A message joins a case's thread only if it was sent while that case was being made (since the
citizen's last message that belongs elsewhere, up to its submission), or was put there for that
case: the citizen chose to add it (more for that case, a rating's comment, a withdrawal), an
officer made the case from the conversation it belongs to, or it is a reply sent for the case
(storage/outbox.py records those with their case as they are queued). Look-ups, data-rights
exchanges and other chat stay in the conversation (Trò chuyện): they are marked
`conversation_only` as they are handled (a cancelled draft's messages too), and a case never takes
a message from before the last of those, so a citizen's later case does not carry what they asked
about an earlier one (a denunciation's code, what the ward holds about them).
"""

from sqlite_utils import Database

from storage.citizen_rows import on_page

# `conversation_only`: 0, a case's or a draft's; these two, no case's. A look-up, a data-rights exchange or
# a draft given up is private (it may name a denunciation's code); a question answered or small talk may be
# read by the officer the citizen then asks to talk to, as what came before (storage/transcript.py).
NO_CASE_PRIVATE = 1
NO_CASE_SHOWN_IN_HANDOFF = 2
# A file sent at the menu before a report began is listed for the officers (an "unmatched" talk), and is
# the evidence of the report that follows: it still joins that draft.
_FILE_LISTED = (
    "(id IN (SELECT message_id FROM attachments WHERE message_id IS NOT NULL)"
    " AND handoff_id IN (SELECT id FROM handoffs WHERE reason = 'unmatched'))"
)


def draft_start(db: Database, psid: str, page_id: str | None = None) -> int:
    """Where a new draft's thread begins: after the citizen's last message on this page that belongs
    elsewhere (to a case, to the conversation only, to a talk with an officer, to a draft given up).
    What came since (the greeting, the menu, a photo sent before choosing) is this report's start."""
    return db.execute(
        "SELECT coalesce(max(id), 0) FROM messages WHERE psid = :psid"  # nosec B608 # a constant fragment, values bound
        f" AND (report_id IS NOT NULL OR conversation_only != 0 OR (handoff_id IS NOT NULL AND NOT {_FILE_LISTED}))"
        f" AND {on_page('messages')}",
        {"psid": psid, "page": page_id},
    ).fetchone()[0]


def give_up_draft(db: Database, psid: str, since: int | None, page_id: str | None = None) -> None:
    """A draft the citizen cancelled belongs to no case: its messages stay in the conversation, so a
    later report (of another category, say) does not carry what they wrote and gave up."""
    if since is None:
        return
    db.execute(
        f"UPDATE messages SET conversation_only = {NO_CASE_PRIVATE}"  # nosec B608 # constant fragments, values bound
        " WHERE psid = :psid AND report_id IS NULL AND id > :since"
        f" AND {on_page('messages')}",
        {"psid": psid, "since": since, "page": page_id},
    )


def join_case(
    db: Database,
    report_id: int,
    psid: str | None,
    page_id: str | None = None,
    *,
    draft_since: int | None = None,
    message_id: int | None = None,
    handoff_id: int | None = None,
) -> None:
    """Put messages (and their files) into the case's thread, by one of the three ways a message
    belongs to a case: `draft_since`, the draft that became this case (every message of this citizen
    on this page since, but a conversation's: a look-up, a data request, a talk with an officer);
    `message_id`, one the citizen added to it; `handoff_id`, the conversation an officer made it from.
    A message already in a case stays there."""
    if not psid:
        return  # a hotline call has no conversation
    values = {"report": report_id, "psid": psid, "page": page_id, "since": draft_since, "id": message_id}
    values["handoff"] = handoff_id
    if draft_since is not None:
        chosen = f"id > :since AND conversation_only = 0 AND (handoff_id IS NULL OR {_FILE_LISTED})"
    elif message_id is not None:
        chosen = "id = :id"
    elif handoff_id is not None:
        chosen = "handoff_id = :handoff"
    else:
        raise ValueError("join_case needs the draft, the message or the conversation that joins the case")
    db.execute(
        "UPDATE messages SET report_id = :report WHERE psid = :psid AND report_id IS NULL"  # nosec B608 # constant fragments, values bound
        f" AND {chosen} AND {on_page('messages')}",
        values,
    )
    db.execute(
        "UPDATE attachments SET report_id = :report WHERE report_id IS NULL AND status != 'discarded'"
        " AND message_id IN (SELECT id FROM messages WHERE report_id = :report)",
        values,
    )


def count_draft_files(db: Database, psid: str, since: int | None, page_id: str | None = None) -> int:
    """The files the draft begun after message `since` takes along when it is submitted (the rows
    `join_case(draft_since=since)` attaches): what the summary counts as "Ảnh/tệp"."""
    if since is None:
        return 0
    return int(
        db.execute(
            "SELECT count(*) FROM attachments WHERE report_id IS NULL AND status != 'discarded'"  # nosec B608 # constant fragments, values bound
            " AND message_id IN (SELECT id FROM messages WHERE psid = :psid AND report_id IS NULL AND id > :since"
            f" AND conversation_only = 0 AND (handoff_id IS NULL OR {_FILE_LISTED}) AND {on_page('messages')})",
            {"psid": psid, "since": since, "page": page_id},
        ).fetchone()[0]
    )


def keep_in_conversation(
    db: Database, psid: str, message_id: int | None = None, outbox_ids: tuple = (), kind: int = NO_CASE_PRIVATE
) -> None:
    """Messages that belong to no case (a look-up, a data-rights exchange, a question answered): the
    citizen's, and the replies queued for it (by their outbox rows). They never join a case's thread."""
    if message_id:
        db.execute(
            "UPDATE messages SET conversation_only = ? WHERE id = ? AND psid = ? AND report_id IS NULL",
            [kind, message_id, psid],
        )
    for outbox_id in outbox_ids:
        db.execute(
            "UPDATE messages SET conversation_only = ? WHERE outbox_id = ? AND report_id IS NULL", [kind, outbox_id]
        )
