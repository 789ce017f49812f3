"""The table printed at the end: every figure, its target, and whether it is met."""

import math

import click

# (label, path in the results, unit, target as (comparison, value) or None)
FIGURES = [
    ("ack latency p50 at 100 ev/s", ("load", "steady", "ack_p50_ms"), "ms", None),
    ("ack latency p99 at 100 ev/s", ("load", "steady", "ack_p99_ms"), "ms", None),
    ("reply latency p50 at 100 ev/s", ("load", "steady", "reply_p50_ms"), "ms", None),
    ("reply latency p99 at 100 ev/s", ("load", "steady", "reply_p99_ms"), "ms", ("<", 1000)),
    ("events sent at 100 ev/s", ("load", "steady", "events"), "", None),
    ("ack rate, flat out", ("load", "flat_out", "ack_rate"), "req/s", None),
    ("ack latency p50, flat out", ("load", "flat_out", "ack_p50_ms"), "ms", None),
    ("ack latency p99, flat out", ("load", "flat_out", "ack_p99_ms"), "ms", None),
    ("sustained end to end, flat out", ("load", "flat_out", "end_to_end_rate"), "ev/s", (">=", 300)),
    ("reply latency p50, flat out", ("load", "flat_out", "reply_p50_ms"), "ms", None),
    ("reply latency p99, flat out", ("load", "flat_out", "reply_p99_ms"), "ms", None),
    ("events sent, flat out", ("load", "flat_out", "events"), "", None),
    ("ceiling: bare Flask ack rate", ("load", "ceiling", "ack_rate"), "req/s", None),
    ("ack rate / ceiling", ("load", "ack_ratio"), "%", (">=", 70)),
    ("ceiling: bare Flask ack p99", ("load", "ceiling", "ack_p99_ms"), "ms", None),
    ("ack p99 flat out / ceiling's p99", ("load", "ack_p99_ratio"), "x", ("<=", 2)),
    ("ack path in-process, bot", ("ack_path", "bot_us_per_request"), "µs", None),
    ("ack path in-process, ceiling", ("ack_path", "ceiling_us_per_request"), "µs", None),
    ("in-process ceiling / bot", ("ack_path", "ratio"), "%", None),
    ("peak server RSS (VmHWM), all its processes", ("load", "peak_rss_mb"), "MB", ("<", 150)),
    ("server processes (web + workers)", ("load", "server_processes"), "", None),
    ("answers other than 200", ("load", "errors"), "", ("<", 1)),
    ("events without a reply", ("load", "unanswered"), "", ("<", 1)),
    ("conversations without a case", ("load", "reports_missing"), "", ("<", 1)),
    ("synthetic reports", ("reports", "count"), "", None),
    ("generating them", ("reports", "generate_seconds"), "s", None),
    ("inbox page p95", ("reports", "inbox_p95_ms"), "ms", ("<", 100)),
    ("search p95", ("reports", "search_p95_ms"), "ms", ("<", 100)),
    ("digest", ("reports", "digest_ms"), "ms", ("<", 2000)),
    ("digest lines", ("reports", "digest_lines"), "", None),
    ("monthly report", ("reports", "monthly_ms"), "ms", None),
    ("a year's targets (statistics page)", ("reports", "targets_year_ms"), "ms", None),
    ("cases in that year", ("reports", "targets_year_cases"), "", None),
]


def lookup(results, path):
    value = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def verdict(value, target):
    if target is None or value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    op, limit = target
    ok = {"<": value < limit, "<=": value <= limit, ">=": value >= limit}[op]
    return "met" if ok else f"MISSED ({op} {limit:g})"


def print_table(results):
    click.echo(
        f"\nPAKN Bot benchmark, {results['date']}, {results['machine']['cpus']} CPUs, "
        f"Python {results['machine']['python']}, SQLite {results['machine']['sqlite']}"
        f"{' (quick run)' if results['quick'] else ''}, load average at start "
        f"{results['machine']['load_average_at_start']:.1f}"
    )
    click.echo(f"{'figure':<44} {'value':>12} {'unit':<6} {'target':<18}")
    click.echo("-" * 82)
    for label, path, unit, target in FIGURES:
        value = lookup(results, path)
        if value is None and path[0] not in results:
            continue  # that part was skipped
        if unit == "%" and value is not None:
            value *= 100
        shown = "n/a" if value is None else f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
        click.echo(f"{label:<44} {shown:>12} {unit:<6} {verdict(value, target):<18}")
    rounds = lookup(results, ("load", "rounds")) or []
    if len(rounds) > 1:
        click.echo(
            "flat-out rounds (median shown): end to end "
            + " / ".join(f"{r['end_to_end_rate']:.0f}" for r in rounds)
            + " ev/s, ack "
            + " / ".join(f"{r['ack_rate']:.0f}" for r in rounds)
            + " req/s, ceiling "
            + " / ".join(f"{r['ceiling_ack_rate']:.0f}" for r in rounds)
            + " req/s, ack ratio "
            + " / ".join(f"{r['ack_ratio']:.0%}" for r in rounds)
            + ", p99 ratio "
            + " / ".join(f"{r.get('ack_p99_ratio', float('nan')):.1f}x" for r in rounds)
        )
    profile = lookup(results, ("load", "profile"))
    if profile:
        click.echo(
            f"profile of the bot under load ({profile['samples']} samples holding the interpreter lock, "
            f"{profile['raw']}): " + ", ".join(f"{name} {share:.0%}" for name, share in profile["threads"].items())
        )
        for name, share in profile["inclusive"][:15]:
            click.echo(f"  {share:6.1%}  {name}")
    for note in lookup(results, ("reports", "notes")) or []:
        click.echo(f"note: {note}")
