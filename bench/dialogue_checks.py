"""What a dialogue expects after a turn (bench/understanding.py documents each key), checked against
the conversation as it really is: its state and draft, the replies queued, the handoffs, the cases.

Texts are compared folded (core/folding.py: no marks, lower case), so "Dạ" and "da" match and an
expectation is written once whatever the voice.
"""

import json

from bot import texts, texts_en
from core.folding import fold
from core.validation import parse_phone
from core.voice import YOU_WORDS, speak
from storage.handoffs import open_handoff_of, thread_of
from storage.knowledge import approved_answers
from storage.threads import count_draft_files
from understanding.knowledge import render

GLOSSARY_LINES = (texts.ASK["category"].split("\n")[1], texts_en.ASK["category"].split("\n")[1])


class Seen:
    """What the dialogue has shown so far, and the conversation after the latest turn."""

    def __init__(self, psid):
        self.psid = psid
        self.replies, self.all_replies, self.states = [], [], []
        self.conv, self.before = {}, {}
        self.db = self.cfg = None

    def snapshot(self, db, cfg):
        row = db.execute(
            "SELECT step, draft, voice, language FROM conversations WHERE psid = ? AND page_id = ?",
            [self.psid, cfg.get("PAGE_ID") or ""],
        ).fetchone()
        if row is None:
            return {"step": None, "draft": {}, "voice": {}, "language": "vi"}
        return {"step": row[0], "draft": json.loads(row[1]), "voice": json.loads(row[2] or "{}"), "language": row[3]}

    def after_turn(self, db, cfg, replies, before):
        self.db, self.cfg, self.before = db, cfg, before
        self.replies = replies
        self.all_replies += replies
        self.conv = self.snapshot(db, cfg)
        self.states.append(self.conv["step"])

    def text(self, every=False):
        return fold("\n".join(text for text, _ in (self.all_replies if every else self.replies)))

    def case(self):
        row = self.db.execute("SELECT * FROM reports WHERE psid = ? ORDER BY id DESC", [self.psid]).fetchone()
        if row is None:
            return None
        names = [d[0] for d in self.db.execute("SELECT * FROM reports LIMIT 0").description]
        return dict(zip(names, row, strict=True))

    def handoff(self):
        return open_handoff_of(self.db, self.cfg.get("PAGE_ID") or None, self.psid)


def _many(value):
    return value if isinstance(value, list) else [value]


def says(seen, fragments):
    return all(fold(f) in seen.text() for f in _many(fragments))


def never_says(seen, fragments):
    return not any(fold(f) in seen.text(every=True) for f in _many(fragments))


def step(seen, name):
    return seen.conv["step"] == name


def step_kept(seen, kept):
    return (seen.conv["step"] == seen.before.get("step")) == bool(kept)


def asked(seen, name):
    """The conversation now asks `name`'s question (not a confirmation of it)."""
    return seen.conv["step"] == name


def not_asked(seen, names):
    """None of these questions was asked at any turn so far: what was said is not asked again."""
    return not set(_many(names)) & set(seen.states)


def filled(seen, values):
    """Each step's answer in the draft, or in the latest case once it is filed."""
    case = seen.case() or {}
    draft = seen.conv["draft"]
    return all(_same(draft.get(key, case.get(key)), value, key) for key, value in values.items())


def found(seen, values):
    """Found in the citizen's words and waiting to be confirmed (never stored before); None: nothing waits."""
    waiting = seen.conv["draft"].get("found") or {}
    if values is None:
        return not waiting
    return all(_same((waiting.get(key) or {}).get("value"), value, key) for key, value in values.items())


def content_has(seen, fragments):
    case = seen.case() or {}
    content = "\n".join(seen.conv["draft"].get("content") or []) or case.get("content") or ""
    return all(fold(f) in fold(content) for f in _many(fragments))


def answered(seen, expected):
    """Whether a reply of this turn carries an approved answer of the ward's base (in either language),
    said to the citizen as they name themselves ("Bác có thể gọi số này")."""
    answers = approved_answers(seen.db)
    voices = [None, *({"you": you} for you in YOU_WORDS)]
    allowed = {
        fold(speak(render(answer, seen.cfg, language), voice))
        for answer in answers
        for language in ("vi", "en")
        for voice in voices
    }
    return any(answer and answer in seen.text() for answer in allowed) == bool(expected)


def handoff(seen, expected):
    row = seen.handoff()
    return (row is not None and row["reason"] != "unmatched") == bool(expected)


def handoff_has(seen, fragments):
    """The officer's thread of the open handoff holds these words (the context before "gặp cán bộ")."""
    row = seen.handoff()
    thread = fold("\n".join(m["text"] or "" for m in thread_of(seen.db, row["id"]))) if row else ""
    return all(fold(f) in thread for f in _many(fragments))


def urgent(seen, expected):
    case = seen.case() or {}
    return bool(seen.conv["draft"].get("urgent") or case.get("urgent")) == bool(expected)


def files(seen, count):
    """The draft's files, or the latest case's once filed."""
    if seen.conv["draft"].get("since_message_id") is not None or seen.case() is None:
        return (
            count_draft_files(seen.db, seen.psid, seen.conv["draft"].get("since_message_id"), seen.cfg.get("PAGE_ID"))
            == count
        )
    total = seen.db.execute("SELECT count(*) FROM attachments WHERE report_id = ?", [seen.case()["id"]]).fetchone()
    return total[0] == count


def addressed(seen, word):
    return (seen.conv["voice"].get("you") or "anh/chị") == word


def me(seen, word):
    return (seen.conv["voice"].get("me") or "trợ lý") == word


def language(seen, expected):
    return seen.conv["language"] == expected


def sorry(seen, count):
    """How many replies so far said one of the sorry sentences (in the citizen's voice, either language)."""
    voice = seen.conv["voice"]
    sentences = [fold(speak(s, voice)) for table in (texts, texts_en) for s in table.SORRY.values()]
    return sum(any(s in fold(text) for s in sentences) for text, _ in seen.all_replies) == count


def glossary(seen, count):
    """How many replies so far explained the categories in full."""
    lines = [fold(line) for line in GLOSSARY_LINES]
    return sum(any(line in fold(text) for line in lines) for text, _ in seen.all_replies) == count


def offered(seen, payloads):
    choices = {p for _text, quick in seen.replies for p in quick}
    return set(_many(payloads)) <= choices


def reply(seen, expected):
    return bool(seen.replies) == bool(expected)


def case(seen, expected):
    """A case was filed (true), or the latest one has these values ({"category": "complaint"})."""
    row = seen.case()
    if not isinstance(expected, dict):
        return (row is not None) == bool(expected)
    return row is not None and all(_same(row.get(key), value) for key, value in expected.items())


def _same(actual, expected, step=None):
    """`actual` is `expected`, folded; a phone is the same number however it is written ("0336 480 912"
    is the "+84336480912" the draft keeps)."""
    if isinstance(expected, bool) or expected is None:
        return bool(actual) == bool(expected) if isinstance(expected, bool) else actual is None
    if step == "phone" and actual is not None:
        return parse_phone(str(actual))[0] == parse_phone(str(expected))[0] is not None
    return actual is not None and fold(str(actual)) == fold(str(expected))


CHECKS = {
    "says": says,
    "never_says": never_says,
    "step": step,
    "step_kept": step_kept,
    "asked": asked,
    "not_asked": not_asked,
    "filled": filled,
    "found": found,
    "content_has": content_has,
    "answered": answered,
    "handoff": handoff,
    "handoff_has": handoff_has,
    "urgent": urgent,
    "files": files,
    "addressed": addressed,
    "me": me,
    "language": language,
    "sorry": sorry,
    "glossary": glossary,
    "offered": offered,
    "reply": reply,
    "case": case,
}
