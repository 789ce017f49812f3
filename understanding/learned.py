"""A second opinion, learned from examples, for a message the rules do not place at a step.

Each blind batch of real wording found about one dialogue in five that the rules did not know: a fraud
told in words not listed, a cancel said formally, a question the step took for its answer. Widening the
lists after each batch never closed that gap (docs/understanding.md, "Dialogues"). A naive Bayes over
the folded words and word pairs of labelled messages (understanding/examples.jsonl, built from the
tuned corpus only by `python -m bench learned-examples`) reads much of what the rules miss: replayed
on each blind batch with only the batches before it, it names the kind of about five in six of the
messages the rules of the day missed (`python -m bench learned`); played blind, most batches met more
dialogues with it than with the rules alone, none fewer (docs/understanding.md, "The learned second opinion").

It is only a second opinion, asked where the rules found no aside (understanding/asides.py), and
it must be sure. It names the likeliest of the kinds whose own words the message shows, so that it
never makes up what is not in the message (a fraud told as a question counts as both):
- a question: the ward's base answers it (only approved answers are ever said);
- cancel: a word of cancelling, none of going on ("kể thêm"), no number, a short message;
- a person: one of the ward (cán bộ, lãnh đạo, an officer of the settings) with a verb of meeting or
  talking, or "người thật" and its kind: a person named alone is the accused, or whoever decided;
- danger: what a fraudster asks for (a code, an app, a link, a transfer), money gone, or people at
  risk, told as happening: "đòi 2 triệu" in a denunciation of a bribe is none of them.
"""

import functools
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

from understanding import phrases as P
from understanding.danger import fraud_demand, happening
from understanding.normalize import contains, normalize
from understanding.person import officer_names_said, talked_already

EXAMPLES = Path(__file__).with_name("examples.jsonl")
KINDS = ("danger", "officer", "cancel", "question", "other")  # "other": the step's own answer
SURE = 0.95  # the share of belief the kind must have
LONGEST_CANCEL = 30  # words


def features(text):
    """The folded words and each pair of neighbours, once each."""
    words = normalize(text).split()
    return set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}


class Classifier:
    """Multinomial naive Bayes with add-one smoothing over `features`."""

    def __init__(self, examples):
        self.counts = Counter(kind for _text, kind in examples)
        self.seen = defaultdict(Counter)
        for text, kind in examples:
            self.seen[kind].update(features(text))
        self.vocabulary = len(set().union(*self.seen.values())) if self.seen else 0
        self.totals = {kind: sum(self.seen[kind].values()) for kind in self.counts}

    def beliefs(self, text):
        """Each kind's share of belief for `text`, summing to 1."""
        found, all_examples = features(text), sum(self.counts.values())
        scores = {}
        for kind, count in self.counts.items():
            denominator = self.totals[kind] + self.vocabulary
            scores[kind] = math.log(count / all_examples) + sum(
                math.log((self.seen[kind][f] + 1) / denominator) for f in found
            )
        top = max(scores.values())
        weights = {kind: math.exp(score - top) for kind, score in scores.items()}
        total = sum(weights.values())
        return {kind: weight / total for kind, weight in weights.items()}


@functools.cache
def classifier():
    """The classifier of the shipped examples, read once."""
    with EXAMPLES.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return Classifier([(row["text"], row["kind"]) for row in rows])


def learned_kind(text, found, settings=None, reader=None):
    """ "danger", "officer", "cancel" or "question" when the classifier (`reader`, else the shipped
    one) is sure and the message shows that kind's words; None otherwise. `found`: what `understand`
    read (its `faq`)."""
    beliefs = (reader or classifier()).beliefs(text)
    shown = [kind for kind in KINDS[:-1] if shows_its_words(kind, text, found, settings)]
    if not shown:
        return None
    kind = max(shown, key=lambda k: beliefs.get(k, 0))
    # A fraud told as a question ("… giờ phải làm sao?") is read as either: danger, when its words show.
    support = beliefs.get(kind, 0) + (beliefs.get("question", 0) if kind == "danger" else 0)
    return kind if support >= SURE else None


def shows_its_words(kind, text, found, settings=None):
    """Whether `text` holds the words its kind needs (the module's docstring says which)."""
    words = normalize(text)
    if kind == "question":
        return found.faq is not None
    if kind == "cancel":
        short = len(words.split()) <= LONGEST_CANCEL
        said = _has(words, P.CANCEL_STRONG + P.CANCEL) and not _has(words, P.GOING_ON)  # "thôi để tôi kể thêm"
        return said and short and not any(c.isdigit() for c in words)
    if kind == "officer":  # a person asked for, not named: "Ông Trần Văn B, cán bộ tiếp nhận" is the accused
        named = _has(words, P.PERSONS + officer_names_said(settings))
        told_done = any(talked_already(words, verb) for verb in P.MEET_VERBS if contains(words, verb))
        return not told_done and (_has(words, P.PERSON_WANTED) or (named and _has(words, P.MEET_VERBS)))
    return (_has(words, P.PEOPLE_AT_RISK) or fraud_demand(words)) and happening(text)


def danger_kind(words):
    """Which danger the learned reading found: people at risk, else a fraud."""
    return "people" if _has(words, P.PEOPLE_AT_RISK) else "scam"


def _has(words, phrase_list):
    return any(contains(words, phrase) for phrase in phrase_list)
