"""The conversation after a case is resolved: rate the answer, add a comment, agree to publish.

`start` is called by the status rule (bot/rating_hooks.py) with the rating
question; the other functions are the steps' handlers in bot/flow.py's table.
Every message of these steps joins the case's thread, so the officer reads the
verdict where the answer was given.
"""

from bot import free_text, menu
from casework import publishing
from casework.ratings import CITIZEN, record_rating
from core.folding import clean_text, fold_command
from storage import audit, ratings
from storage.casework import report_by_id
from storage.threads import join_case

RATINGS = ("RATE_VERY_SATISFIED", "RATE_SATISFIED", "RATE_UNSATISFIED")
RATING_OF = {"RATE_VERY_SATISFIED": "very_satisfied", "RATE_SATISFIED": "satisfied", "RATE_UNSATISFIED": "unsatisfied"}
AFTERCARE_STEPS = ("rating", "rating_comment", "publish_consent")
# Typed sentences that carry a rating ("dạ tôi rất hài lòng ạ"), folded; the first found wins.
_RATING_WORDS = (
    ("khong hai long", "RATE_UNSATISFIED"),
    ("chua hai long", "RATE_UNSATISFIED"),
    ("rat hai long", "RATE_VERY_SATISFIED"),
    ("hai long", "RATE_SATISFIED"),
)


def start(turn, report, rating_id):
    turn.conv.update(draft={"rating_id": rating_id, "report_id": report["id"]}, history=[])
    turn.report_id = report["id"]
    turn.ask("rating", prefix=turn.fmt(turn.texts.RATING_INTRO, code=report["code"]))


def _case(turn):
    """The case being rated; this turn's messages (in and out) join its thread."""
    report_id = turn.draft["report_id"]
    turn.report_id = report_id
    if turn.inp.message_id:
        join_case(turn.db, report_id, turn.conv["psid"], turn.cfg.get("PAGE_ID"), message_id=turn.inp.message_id)
    return report_by_id(turn.db, report_id)


def choose_rating(turn, payload):
    report = _case(turn)
    if payload == "RATE_SKIP":
        ratings.skip(turn.db, turn.draft["rating_id"])
        return _offer_publication(turn, report)
    ratings.answer(turn.db, turn.draft["rating_id"], RATING_OF[payload], turn.inp.event_key)
    report = record_rating(turn.db, turn.cfg, report, turn.draft["rating_id"], CITIZEN, "messenger")
    if payload == "RATE_UNSATISFIED":
        turn.draft["unsatisfied"] = True
        return turn.ask("rating_comment", prefix=turn.fmt(turn.texts.RATING_UNSATISFIED, code=report["code"]))
    turn.ask("rating_comment", prefix=turn.fmt(turn.texts.RATING_THANKS))


def on_rating_input(turn):
    """Typed words: a rating said in a sentence, else the citizen moved on (a code, a new message)."""
    if turn.inp.kind != "text":
        return turn.reask("choice")
    folded = fold_command(turn.inp.text)
    payload = next((p for words, p in _RATING_WORDS if words in folded), None)
    if payload:
        return choose_rating(turn, payload)
    turn.enter("menu")  # the rating stays unanswered
    turn.conv.update(draft={}, history=[])
    free_text.on_menu_text(turn)  # read as the menu reads it: "mã … không đồng ý, đề nghị mở lại" is a report


def comment_answer(turn):
    if turn.inp.kind != "text" or not clean_text(turn.inp.text):
        return turn.reask("not_text")
    report = _case(turn)
    comment = clean_text(turn.inp.text)[:2000]
    ratings.add_comment(turn.db, turn.draft["rating_id"], comment)
    audit.record(turn.db, CITIZEN, "rating_comment", report["id"], note=comment)
    _offer_publication(turn, report)


def skip_comment(turn, _payload):
    _offer_publication(turn, _case(turn))


def _offer_publication(turn, report):
    """Ask to publish a case that could be published, once, and never after "không hài lòng"."""
    if (
        turn.draft.get("unsatisfied")
        or not publishing.may_ask(report)
        or report["publish_consent_id"]
        or not (report["answer"] or "").strip()
    ):
        return menu.show_menu(turn, turn.fmt(turn.texts.RATING_DONE) + "\n" + turn.fmt(turn.texts.MENU_AGAIN))
    turn.ask("publish_consent")


def choose_publish(turn, payload):
    report = _case(turn)
    publishing.record_consent(
        turn.db,
        turn.cfg,
        report,
        payload == "PUBLISH_YES",
        turn.fmt(turn.texts.ASK["publish_consent"]),
        psid=turn.conv["psid"],
        event_key=turn.inp.event_key,
    )
    done = turn.texts.PUBLISH_AGREED if payload == "PUBLISH_YES" else turn.texts.PUBLISH_DECLINED
    menu.show_menu(turn, turn.fmt(done) + "\n" + turn.fmt(turn.texts.MENU_AGAIN))


def leave(turn, payload):
    """A menu button during these steps: what the citizen chose now matters more."""
    turn.enter("menu")
    turn.conv.update(draft={}, history=[])
    menu.choose(turn, payload)
