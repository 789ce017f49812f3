"""The first-message corpus meets its targets (`python -m bench understanding`): at least 90 % routed
right, no answer from outside the ward's base, every code read."""

import os
import subprocess
import sys

import pytest

from bench.understanding import CORPUS, HELD_OUT, load_corpus, measure_understanding, share
from core.folding import fold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.parametrize("path", [CORPUS, HELD_OUT])
def test_the_corpus_meets_the_targets(path):
    figures = measure_understanding(path)["figures"]
    assert share(figures["routed"]) >= 0.90
    assert figures["answers"]["total"] > 0 and figures["answers"]["not_from_base"] == 0
    assert share(figures["code"]) == 1.0


def test_every_report_story_of_the_main_corpus_reaches_the_case():
    assert share(measure_understanding(CORPUS)["figures"]["kept"]) == 1.0


def test_the_corpus_is_large_and_varied():
    corpus = load_corpus()
    assert len(corpus) >= 150
    intents = {line["intent"] for line in corpus}
    assert intents == {
        "report",
        "lookup",
        "officer",
        "question",
        "greeting",
        "thanks",
        "cancel",
        "withdraw",
        "my_data",
        "unknown",
    }
    without_marks = [line for line in corpus if fold(line["text"]) == line["text"].lower() and len(line["text"]) > 15]
    english = [line for line in corpus if line.get("language") == "en"]
    long_stories = [line for line in corpus if len(line["text"]) > 200]
    assert len(without_marks) >= 15 and len(english) >= 10 and len(long_stories) >= 3


@pytest.mark.slow
def test_the_bench_command_prints_the_figures():
    run = subprocess.run(
        [sys.executable, "-m", "bench", "understanding"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    # 1 is a target missed (the figures are what matter here: held-out misses are reported, never tuned away).
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
    assert "routed right, overall" in run.stdout and "first_messages_heldout.jsonl" in run.stdout
    assert "held out, never tuned on (bench/data/dialogues_heldout.jsonl)" in run.stdout
    assert "dialogues met, per what they cover" in run.stdout and "bench/data/dialogues.jsonl" in run.stdout
