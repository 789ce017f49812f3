"""The dialogues' figures: which files are played, what their outcomes add up to, and the targets.

A dialogue is met when every expectation of every turn is. Beside that, three per-turn figures say
where a conversation goes wrong: the step reached as expected (the checks of the conversation's
state), the facts captured right (what the citizen said, found and filled), and the questions asked
again needlessly (a question already answered by what was said). The tuned file is the rules'
development set; the held-out file is written by someone who never saw the rules, never tuned on,
and only it is held to the targets.
"""

import os
from collections import defaultdict

from bench.understanding import TARGETS

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
TUNED = os.path.join(DATA, "dialogues.jsonl")
HELD_OUT = os.path.join(DATA, "dialogues_heldout.jsonl")
# The per-turn figures, each the checks (bench/dialogue_checks.py) it adds up.
TURN_FIGURES = {
    "steps reached as expected": ("step", "asked", "step_kept"),
    "facts captured right": ("filled", "found", "content_has", "case"),
}
ASKED_AGAIN = "not_asked"  # a miss of it is a question asked again needlessly


def dialogue_files():
    """The tuned dialogues, then the held-out ones once they are written."""
    return [path for path in (TUNED, HELD_OUT) if os.path.exists(path)]


def is_held_out(path):
    return "heldout" in os.path.basename(path)


def figures(dialogues, outcomes, corpus):
    """Dialogues met (all their expectations), per area they cover, per check and per turn figure.
    `outcomes`: for each dialogue, [(check, expected, met)] in the order checked."""
    per_item, per_check, misses = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), []
    met = 0
    for dialogue, results in zip(dialogues, outcomes, strict=True):
        passed = all(ok for _check, _expected, ok in results)
        met += passed
        for item in dialogue.get("covers") or ["?"]:
            per_item[item][0] += passed
            per_item[item][1] += 1
        for check, _expected, ok in results:
            per_check[check][0] += ok
            per_check[check][1] += 1
        if not passed:
            failed = [(check, expected) for check, expected, ok in results if not ok]
            misses.append({"id": dialogue.get("id"), "covers": dialogue.get("covers"), "failed": failed})
    per_turn = {
        name: [sum(per_check[c][0] for c in checks if c in per_check), sum(per_check[c][1] for c in checks)]
        for name, checks in TURN_FIGURES.items()
    }
    asked = per_check.get(ASKED_AGAIN, [0, 0])
    return {
        "corpus": corpus,
        "held_out": is_held_out(corpus),
        "dialogues": len(dialogues),
        "turns": sum(len(d["turns"]) for d in dialogues),
        "met": met,
        "per_item": {str(k): v for k, v in sorted(per_item.items(), key=lambda kv: str(kv[0]))},
        "per_check": dict(sorted(per_check.items())),
        "per_turn": per_turn,
        "asked_again": [asked[1] - asked[0], asked[1]],
        "misses": misses,
    }


def print_dialogues(result, echo, show_misses=False):
    kind = "held out, never tuned on" if result["held_out"] else "tuned on"
    echo(f"{result['dialogues']} dialogues, {result['turns']} turns, {kind} ({_shown(result['corpus'])})\n")
    echo(f"{'dialogues met, per what they cover':<44}{'share':>8}{'of':>6}")
    for name, (met, total) in result["per_item"].items():
        echo(f"  {name:<42}{met / total:>8.1%}{total:>6}")
    target = " (target 100 %)" if result["held_out"] else ""
    echo(
        f"{'dialogues met, overall' + target:<44}{_share(result['met'], result['dialogues']):>8.1%}"
        f"{result['dialogues']:>6}"
    )
    for name, (met, count) in result["per_turn"].items():
        echo(f"{name:<44}{_share(met, count):>8.1%}{count:>6}")
    again, asked = result["asked_again"]
    echo(f"{'questions asked again needlessly':<44}{again:>8}{asked:>6}")
    echo(f"{'expectations met, per check':<44}")
    for check, (met, count) in result["per_check"].items():
        echo(f"  {check:<42}{_share(met, count):>8.1%}{count:>6}")
    if show_misses:
        for miss in result["misses"]:
            failed = "; ".join(f"{check}={expected!r}" for check, expected in miss["failed"])
            echo(f"- {miss['id']} ({', '.join(miss['covers'] or [])}): {failed}")


def dialogues_meet_targets(result):
    """Every dialogue met, on the held-out dialogues (the tuned ones are the rules' development set)."""
    if not result["held_out"]:
        return True
    return result["met"] >= TARGETS["dialogues_met"] * result["dialogues"]


def _shown(path):
    """A file of bench/data/ as the repository names it; any other as given."""
    inside = os.path.dirname(os.path.abspath(path)) == DATA
    return f"bench/data/{os.path.basename(path)}" if inside else path


def _share(met, total):
    return met / total if total else 0.0
