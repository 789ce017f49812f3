"""Which rows are one citizen's on one page: the scope of their data rights.

PSIDs are page-scoped: the same number on two pages is two people, and an event signed by ward B's
app speaks for ward B's citizen only. "dữ liệu của tôi", "rút lại đồng ý", "xóa dữ liệu của tôi"
and Meta's deletion callback found the citizen by PSID alone, so ward B's app listed, anonymised and
withdrew consent on ward A's cases of the same number. Every query of casework/erasure.py now adds
`on_page(table)` with the `:page` parameter.

Reports, replies (outbox), conversations and stored events carry their page; a message, a consent or
an attachment has the page of the event, reply or case it came with. `:page` NULL is a single ward:
every row is that ward's (its reports have page_id NULL, its events the page's id).
"""

_EVENT_PAGE = "(SELECT e.page_id FROM inbound_events e WHERE e.event_key = {t}.event_key)"
_CASE_PAGE = "(SELECT r.page_id FROM reports r WHERE r.id = {t}.report_id)"
_MESSAGE_PAGE = f"coalesce({_EVENT_PAGE}, (SELECT o.page_id FROM outbox o WHERE o.id = {{t}}.outbox_id), {_CASE_PAGE})"  # nosec B608 # constant SQL fragments, values bound
PAGE_OF = {
    "reports": "{t}.page_id",
    "outbox": "{t}.page_id",
    "inbound_events": "{t}.page_id",
    "conversations": "nullif({t}.page_id, '')",
    "messages": _MESSAGE_PAGE,
    # A consent given in the chat has its event; one asked after the answer, its case; the
    # data-processing one is also the consent of the case filed with it.
    "consents": (
        f"coalesce({_EVENT_PAGE}, {_CASE_PAGE},"  # nosec B608 # constant SQL fragments, values bound
        " (SELECT r.page_id FROM reports r WHERE r.consent_id = {t}.id ORDER BY r.id LIMIT 1))"
    ),
    "attachments": (
        "coalesce((SELECT r.page_id FROM reports r WHERE r.id = {t}.report_id),"  # nosec B608 # constant SQL fragments, values bound
        " (SELECT " + _MESSAGE_PAGE.format(t="m") + " FROM messages m WHERE m.id = {t}.message_id))"
    ),
}


def on_page(table: str, alias: str | None = None) -> str:
    """A SQL condition: the row of `table` (named `alias` in the query) is on page `:page`."""
    return f"(:page IS NULL OR {PAGE_OF[table].format(t=alias or table)} = :page)"
