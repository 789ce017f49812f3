"""`python -m bench --quick` runs to the end and prints every figure.

A smoke test only: the figures themselves depend on the machine and what else
runs on it, so they are checked against the targets by the benchmark's own
table (and docs/benchmark.md), never here.
"""

import json
import subprocess
import sys

import pytest
from live import ROOT

from bench.report import FIGURES

pytestmark = pytest.mark.slow


def test_quick_benchmark_completes_and_prints_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run(
        # 10,000 synthetic cases instead of --quick's 50,000: every figure is still measured (the deepest
        # page the benchmark reads is case 5,000), in half the time of building the bigger file.
        [sys.executable, "-m", "bench", "--quick", "--reports", "10000", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.splitlines()
    for label, *_ in FIGURES:
        row = next((line for line in lines if line.startswith(label)), None)
        assert row is not None, f"missing figure: {label}"
        assert row[len(label) :].split()[0] != "n/a", f"no value for: {label}"
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["quick"] is True and {"load", "reports"} <= set(results)
    assert results["reports"]["count"] == 10_000
