"""`python -m bench [--quick] [--json PATH]`: run everything, print the table, write the JSON."""

import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import tempfile

import click

from bench.report import print_table


@click.group(
    invoke_without_command=True,
    help="Measure PAKN Bot on this machine: webhook load against the real server, the "
    "bare-Flask ceiling, and the officer's queries on a million synthetic reports. "
    "`understanding`: the free-text rules against the labelled first messages.",
)
@click.pass_context
@click.option("--quick", is_flag=True, help="A smaller run that finishes in under a minute (smoke test).")
@click.option(
    "--json", "json_path", default="data/bench.json", show_default=True, help="Where to write the figures as JSON."
)
@click.option(
    "--reports", type=int, default=None, help="How many synthetic reports (default 1,000,000; 50,000 with --quick)."
)
@click.option("--skip-load", is_flag=True, help="Only the synthetic-reports part.")
@click.option("--skip-reports", is_flag=True, help="Only the load part.")
@click.option(
    "--profile",
    "profile_dir",
    default=None,
    help="Sample the bot server with py-spy during the load and write the profile here.",
)
@click.option("--keep", is_flag=True, help="Keep the working folder (databases, server logs).")
def main(ctx, quick, json_path, reports, skip_load, skip_reports, profile_dir, keep):
    if ctx.invoked_subcommand:
        return  # e.g. `python -m bench understanding`: its own command below
    workdir = tempfile.mkdtemp(prefix="pakn-bench-")
    results = {"date": dt.date.today().isoformat(), "quick": quick, "machine": machine()}
    try:
        if not skip_load:
            from bench.inprocess import measure_inprocess
            from bench.load import measure_load

            results["load"] = measure_load(workdir, quick, profile_dir)
            results["ack_path"] = measure_inprocess(workdir)
        if not skip_reports:
            from bench.bigdata import measure_reports

            count = reports or (50_000 if quick else 1_000_000)
            results["reports"] = measure_reports(workdir, count, quick)
    finally:
        if keep:
            click.echo(f"working folder kept: {workdir}", err=True)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(results)
    os.makedirs(os.path.dirname(os.path.abspath(json_path)), exist_ok=True)
    with open(json_path, "w", encoding="utf-8") as out:
        json.dump(results, out, ensure_ascii=False, indent=2)
    click.echo(f"JSON: {json_path}")


def machine():
    """What the figures depend on, including how busy the machine already was (other work skews them)."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "load_average_at_start": os.getloadavg()[0],
    }


@main.command(
    help="The understanding rules (understanding/) against bench/data/first_messages.jsonl and "
    "the held-out set: routed right per intent, report words kept, FAQ answers right, "
    "answers not from the base; then the multi-turn dialogues (bench/data/dialogues*.jsonl) through "
    "the real webhook and conversation: dialogues met per what they cover, steps reached, facts "
    "captured, questions asked again needlessly, each check met; the tuned and held-out files apart. "
    "Exits 1 when a target is missed."
)
@click.option("--misses", is_flag=True, help="Also list every message and dialogue the rules got wrong.")
@click.option("--corpus", default=None, help="Only this labelled first-message JSONL file.")
@click.option("--dialogues", "dialogue_path", default=None, help="Only this dialogue JSONL file.")
def understanding(misses, corpus, dialogue_path):
    from bench import dialogue_report
    from bench import understanding as bench

    if corpus or dialogue_path:
        corpora, dialogue_files = [corpus] if corpus else [], [dialogue_path] if dialogue_path else []
    else:
        corpora = [bench.CORPUS, bench.HELD_OUT]
        dialogue_files = dialogue_report.dialogue_files()
    met = True
    for path in corpora:
        result = bench.measure_understanding(path)
        bench.print_report(result, click.echo, show_misses=misses)
        click.echo("")
        met = met and bench.meets_targets(result)
    if dialogue_files:
        from bench.dialogues import measure_dialogues

        for path in dialogue_files:
            result = measure_dialogues(path)
            dialogue_report.print_dialogues(result, click.echo, show_misses=misses)
            click.echo("")
            met = met and dialogue_report.dialogues_meet_targets(result)
    if not met:
        raise SystemExit("targets missed")


@main.command(
    "learned-examples",
    help="Write understanding/examples.jsonl, the labelled messages the learned second opinion "
    "(understanding/learned.py) reads, from the tuned corpus only (bench/data/dialogues.jsonl and "
    "first_messages.jsonl). Run it after changing either file.",
)
def learned_examples():
    from bench.learned import write_examples
    from understanding.learned import EXAMPLES

    click.echo(f"{write_examples()} examples written to {EXAMPLES}")


@main.command(
    help="What the learned second opinion would have caught: for each blind batch, a classifier "
    "learned from the batches before it reads that batch's messages; prints how many of the "
    "messages the rules of the day missed (bench/data/blind_misses.jsonl) it names right, and how "
    "many other typed answers it would have taken for an aside; then what a typed message costs.",
)
def learned():
    from bench.learned import cost, retrospective
    from understanding.intents import understand

    db, settings = _seeded_database()
    counts = retrospective(lambda text: understand(text, kb=db, settings=settings), settings)
    for name in ("missed by the rules", "named right", "other typed answers", "taken for an aside"):
        click.echo(f"{name:<40}{counts[name]:>6}")
    costs, messages = cost(db, settings)
    click.echo(f"\nms a message, best of 3 runs over the {messages} typed messages of the tuned dialogues")
    for name, ms in costs.items():
        click.echo(f"  {name:<38}{ms:>8.3f}")


def _seeded_database():
    """A fresh database with the ward's seed, and the settings it starts with (a temporary folder)."""
    from storage import connect
    from webhook import create_app

    folder = tempfile.mkdtemp(prefix="pakn-learned-")
    settings = {
        "DATABASE_PATH": os.path.join(folder, "bot.db"),
        "START_WORKERS": False,
        "TESTING": True,
        "SANDBOX": False,
    }
    app = create_app(settings)
    return connect(app.config["DATABASE_PATH"]), app.config
