"""The load part: the real server at a fixed offered rate, then flat out, then the ceiling.

Reply latency is matched event by event, not guessed from totals: the worker
writes a citizen's inbound message and the replies it caused in one
transaction, so in the transcript every outbound row belongs to the inbound
row before it (per citizen); the outbox id rides to the stand-in in the
message's `metadata`, where the stand-in stamps its arrival time.
"""

import math
import sqlite3
import time

from bench import driver
from bench.citizens import Crowd, conversation_events
from bench.profile import Sampler
from bench.servers import APP_SECRET, bot_server, ceiling_server, get_json, graph_standin
from bench.stats import percentile, rate

DRAIN_TIMEOUT = 300
ROUNDS = 3


def measure_load(workdir, quick, profile_dir=None):
    """Every load figure of one run, as a dict (with `profile_dir`, py-spy samples the bot).

    The flat-out phase and the ceiling alternate for ROUNDS rounds and the
    median round is reported: other work on the machine moves single runs by
    tens of percent, and alternating exposes both servers to the same drift.
    """
    steady_seconds, flat_citizens, rounds = (8, 160, 1) if quick else (30, 600, ROUNDS)
    results = {}
    standin = graph_standin(workdir).start()
    bot = bot_server(workdir, standin.url).start()
    ceiling = ceiling_server(workdir).start()
    sampler = Sampler(bot.process.pid, profile_dir, "bot-load") if profile_dir else None
    try:
        steady_citizens = math.ceil(100 * steady_seconds / conversation_events())
        results["steady"] = bot_phase(bot, standin, "steady", steady_citizens, rate=100, active=128)
        flats, ceilings = [], []
        for n in range(rounds):
            flats.append(bot_phase(bot, standin, f"flat{n}", flat_citizens))
            ceilings.append(ack_figures(drive(ceiling, Crowd(APP_SECRET, f"ceiling{n}"), flat_citizens)))
        results["peak_rss_mb"] = bot.peak_rss_mb()  # the web process and its worker process together
        results["server_processes"] = bot.processes()
        if sampler:
            results["profile"] = sampler.stop()
    finally:
        for server in (bot, standin, ceiling):
            server.stop()
    ratios = [f["ack_rate"] / c["ack_rate"] for f, c in zip(flats, ceilings, strict=True)]
    results["rounds"] = [
        {
            "ack_rate": f["ack_rate"],
            "end_to_end_rate": f["end_to_end_rate"],
            "ceiling_ack_rate": c["ack_rate"],
            "ack_ratio": r,
        }
        for f, c, r in zip(flats, ceilings, ratios, strict=True)
    ]
    results["flat_out"] = median_by(flats, "end_to_end_rate")
    results["ceiling"] = median_by(ceilings, "ack_rate")
    results["ack_ratio"] = sorted(ratios)[len(ratios) // 2]
    # The second target: the bot's p99 acknowledgement within 2x the bare app's, taken round by round.
    p99_ratios = [f["ack_p99_ms"] / c["ack_p99_ms"] for f, c in zip(flats, ceilings, strict=True)]
    for round_, p99_ratio in zip(results["rounds"], p99_ratios, strict=True):
        round_["ack_p99_ratio"] = p99_ratio
    results["ack_p99_ratio"] = sorted(p99_ratios)[len(p99_ratios) // 2]
    # A run that lost anything measured a broken system, not a fast one: say so in the table.
    bot_phases = (results["steady"], *flats)
    results["errors"] = sum(p["errors"] for p in (*bot_phases, *ceilings))
    results["unanswered"] = sum(p["unanswered"] for p in bot_phases)
    results["reports_missing"] = sum(p["citizens"] - p["reports"] for p in bot_phases)
    return results


def median_by(phases, key):
    return sorted(phases, key=lambda phase: phase[key])[len(phases) // 2]


def drive(server, crowd, citizens, **kwargs):
    return driver.run("127.0.0.1", server.port, crowd, citizens, **kwargs)


def bot_phase(bot, standin, name, citizens, **kwargs):
    first_index = get_json(standin.url + "/_sent?after=1000000000")["next"]
    records = drive(bot, Crowd(APP_SECRET, name), citizens, **kwargs)
    wait_until_drained(bot)
    sent = get_json(standin.url + f"/_sent?after={first_index}", timeout=60)["messages"]
    figures = ack_figures(records)
    figures.update(reply_figures(records, sent, bot.env["DATABASE_PATH"], name))
    figures["reports"] = count_reports(bot.env["DATABASE_PATH"], name)
    figures["citizens"] = citizens
    return figures


def wait_until_drained(bot):
    deadline = time.monotonic() + DRAIN_TIMEOUT
    while time.monotonic() < deadline:
        health = get_json(bot.url + "/healthz")
        if health["events_pending"] == 0 and health["outbox"]["pending"] == 0:
            return
        time.sleep(0.05)
    raise RuntimeError(f"the bot did not drain its queues within {DRAIN_TIMEOUT}s")


def ack_figures(records):
    acks = [r.ack_seconds for r in records]
    return {
        "events": len(records),
        "errors": sum(r.status != 200 for r in records),
        "ack_p50_ms": percentile(acks, 50) * 1000,
        "ack_p99_ms": percentile(acks, 99) * 1000,
        "ack_rate": rate(
            len(records), min(r.sent_at for r in records), max(r.sent_at + r.ack_seconds for r in records)
        ),
    }


def reply_figures(records, sent, database_path, run_name):
    """Event → last reply it caused, as the stand-in saw it arrive."""
    arrived = {
        int(m["message"]["metadata"].split(":")[1]): m["at"]
        for m in sent
        if str(m["message"].get("metadata", "")).startswith("outbox:")
    }
    cause = replies_by_event(database_path, run_name)
    last_reply = {}
    for outbox_id, event_key in cause.items():
        if outbox_id in arrived:
            last_reply[event_key] = max(last_reply.get(event_key, 0), arrived[outbox_id])
    latencies, unanswered = [], 0
    for r in records:
        at = last_reply.get(f"message:{r.mid}") or last_reply.get(f"postback:{r.mid}")
        if at is None:
            unanswered += 1
        else:
            latencies.append(at - r.sent_at)
    first = min(r.sent_at for r in records)
    return {
        "replies": len(arrived),
        "unanswered": unanswered,
        "reply_p50_ms": percentile(latencies, 50) * 1000,
        "reply_p99_ms": percentile(latencies, 99) * 1000,
        "end_to_end_rate": rate(len(records), first, max(arrived.values(), default=first)),
    }


def replies_by_event(database_path, run_name):
    """{outbox id: event key of the citizen's message that caused it}."""
    db = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT psid, direction, event_key, outbox_id FROM messages WHERE psid LIKE ? ORDER BY psid, id",
        [run_name + "-%"],
    )
    cause, current = {}, (None, None)
    for psid, direction, event_key, outbox_id in rows:
        if direction == "in":
            current = (psid, event_key)
        elif outbox_id is not None and current[0] == psid:
            cause[outbox_id] = current[1]
    db.close()
    return cause


def count_reports(database_path, run_name):
    db = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    (count,) = db.execute("SELECT count(*) FROM reports WHERE psid LIKE ?", [run_name + "-%"]).fetchone()
    db.close()
    return count
