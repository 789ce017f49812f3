"""The learned second opinion's examples (understanding/learned.py), and what it would have caught.

`examples()` labels what citizens typed in the tuned corpus only (bench/data/dialogues.jsonl and
first_messages.jsonl, never a held-out file) by what the dialogue expects after it: a handoff opened
is "officer", `confirm_cancel` is "cancel", an approved answer is "question", the first urgent turn
is "danger", any other typed answer "other". `python -m bench learned-examples` writes them to
understanding/examples.jsonl; tests/test_understanding_learned.py checks that file is up to date.

`retrospective()` replays history: for each blind batch, a classifier learned from the batches
before it (and the tuning dialogues) reads that batch's messages, as it would have on the day. It
counts the messages the rules of that day missed (bench/data/blind_misses.jsonl) that it names
right, and the other typed answers it would have taken for an aside. The kinds' own words are
checked with today's lists and base, which have learned from those batches: the figure is a
ceiling, the next blind batch the real test.
"""

import json
import re
import time
from collections import Counter
from pathlib import Path

from bench.dialogues import load_dialogues
from understanding.learned import EXAMPLES, Classifier, learned_kind
from understanding.normalize import normalize

DATA = Path(__file__).with_name("data")
DIALOGUES = DATA / "dialogues.jsonl"
FIRST_MESSAGES = DATA / "first_messages.jsonl"
BLIND_MISSES = DATA / "blind_misses.jsonl"
FROM_INTENT = {"officer": "officer", "cancel": "cancel", "question": "question"}  # else "other"
# The check that fails when a message of that kind is missed.
MISSED_AS = {
    "officer": "handoff=True",
    "cancel": "step='confirm_cancel'",
    "question": "answered=True",
    "danger": "urgent=True",
}


def batch_of(dialogue_id):
    """h12-… is batch 12; the tuning dialogues (no number) are batch 0."""
    found = re.match(r"h(\d+)-", dialogue_id)
    return int(found.group(1)) if found else 0


def labelled_turns(dialogue):
    """(text, kind) for each typed message whose kind the dialogue's expectations make clear."""
    labelled, handed_over, urgent = [], False, False
    for turn in dialogue["turns"]:
        expect = turn.get("expect") or {}
        if "say" in turn and (kind := _kind_expected(expect, handed_over, urgent)):
            labelled.append((turn["say"], kind))
        handed_over |= expect.get("handoff") is True
        urgent |= expect.get("urgent") is True
    return labelled


def _kind_expected(expect, handed_over, urgent):
    if expect.get("handoff") is True and not handed_over:
        return "officer"
    if expect.get("step") == "confirm_cancel":
        return "cancel"
    if expect.get("answered") is True:
        return "question"
    if expect.get("urgent") is True and not urgent:
        return "danger"
    if expect.get("urgent") is False:
        return "other"
    if handed_over or urgent or set(expect) == {"reply"}:
        return None  # after a handoff or danger, or only "some reply": not clear
    return "other"


def _first_messages(path=FIRST_MESSAGES):
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("//")]
    return [(row["text"], FROM_INTENT.get(row["intent"], "other")) for row in rows]


def examples(dialogues_path=DIALOGUES, first_path=FIRST_MESSAGES, before_batch=None):
    """Every labelled message of the tuned corpus, in file order (of batches before `before_batch` only)."""
    dialogues = load_dialogues(dialogues_path)
    chosen = [d for d in dialogues if before_batch is None or batch_of(d["id"]) < before_batch]
    return [pair for d in chosen for pair in labelled_turns(d)] + _first_messages(first_path)


def write_examples(path=EXAMPLES):
    rows = sorted({(normalize(t), t, k) for t, k in examples()})  # one line per text and kind, in order
    with open(path, "w", encoding="utf-8") as out:
        for _folded, text, kind in rows:
            out.write(json.dumps({"text": text, "kind": kind}, ensure_ascii=False) + "\n")
    return len(rows)


def retrospective(found_for, settings):
    """Counts over batches 8 to 22; `found_for(text)`: what `understand` reads, for the kinds' words."""
    dialogues, counts = load_dialogues(DIALOGUES), Counter()
    missed = _blind_misses()
    for batch in sorted({m["batch"] for m in missed.values()}):
        classifier = Classifier(examples(before_batch=batch))
        for dialogue in (d for d in dialogues if batch_of(d["id"]) == batch):
            for text, kind in labelled_turns(dialogue):
                said = learned_kind(text, found_for(text), settings, reader=classifier)
                if kind == "other":
                    counts["other typed answers"] += 1
                    counts["taken for an aside"] += said is not None
                failed = missed.get(dialogue["id"], {}).get("failed", "")
                if kind in MISSED_AS and MISSED_AS[kind] in failed:
                    counts["missed by the rules"] += 1
                    counts["named right"] += said == kind
    return counts


def _blind_misses():
    with open(BLIND_MISSES, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("//")]
    return {row["id"]: row for row in rows}


def cost(db, settings, repeat=3):
    """Milliseconds a typed message costs, over every message of the tuned dialogues (the best of
    `repeat` runs, on this machine, in this run): `understand`, `aside` at a typed step (the rules,
    then the second opinion where they find none), and the classifier's reading alone."""
    from understanding.asides import aside
    from understanding.intents import understand
    from understanding.learned import classifier

    texts = [t["say"] for d in load_dialogues(DIALOGUES) for t in d["turns"] if "say" in t]
    reader = classifier()
    timed = {
        "understand": lambda text: understand(text, kb=db, settings=settings),
        "aside at a typed step": lambda text: aside(text, "words", kb=db, settings=settings),
        "the classifier alone": reader.beliefs,
    }
    return {name: _best_ms(call, texts, repeat) for name, call in timed.items()}, len(texts)


def _best_ms(call, texts, repeat):
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            call(text)
        took = (time.perf_counter() - started) * 1000 / len(texts)
        best = took if best is None else min(best, took)
    return best
