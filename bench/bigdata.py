"""The officer's side on a million reports: the inbox page, a search, the digest, the monthly report.

The inbox and the search are timed over HTTP against `python -m bot serve`
on the synthetic database, logged in as an officer made with
`storage.officers.create_officer`: what an officer waits for, templates
included. The digest and the monthly report are timed by calling the duty
package's own functions (`build_digest` + `digest_text`, `monthly_report`).
Where a part does not exist in this checkout, the equivalent storage query
is timed instead, with a note saying so.
"""

import cProfile
import datetime as dt
import importlib.util
import io
import os
import pstats
import re
import time

import requests

from bench.servers import Process
from bench.stats import percentile, timed
from bench.synthetic import generate
from storage.db import connect

OFFICER, PASSWORD = "bench.officer", "bench-password-1"
INBOX_PAGES = [
    "",
    "?status=new",
    "?overdue=1",
    "?category=complaint",
    "?field=science&status=resolved",
    "?status=resolved&after={deep}",
]
CODE = re.compile(r"AQ-\d{4}-\d{5,}")
SEARCHES = ["duong", "Đường Lê Lợi", "nuoc sach", "VNeID", "lừa đảo", "khong dang nhap", "{code}", "0908"]


def measure_reports(workdir, count, quick):
    path = os.path.join(workdir, "reports.db")
    start = time.perf_counter()
    tally = generate(path, count)
    results = {
        "count": count,
        "generate_seconds": time.perf_counter() - start,
        "open": tally["open"],
        "overdue": tally["overdue"],
        "notes": [],
    }
    repeat = 5 if quick else 20
    if importlib.util.find_spec("console") is not None:
        results.update(_console_over_http(workdir, path, repeat))
    else:
        results.update(_storage_queries(path, repeat))
        results["notes"].append(
            "console/ does not exist yet: timed storage.reports.list_reports and an "
            "FTS5 query instead of the inbox page and its search"
        )
    results.update(_duty_reports(path, repeat, results["notes"]))
    return results


def _console_over_http(workdir, path, repeat):
    db = connect(path)
    from storage.officers import create_officer

    create_officer(db, OFFICER, PASSWORD, role="officer", full_name="Cán bộ đo tải")
    deep = db.execute("SELECT id FROM reports ORDER BY id LIMIT 1 OFFSET 1000").fetchone()[0]
    code = db.execute("SELECT code FROM reports ORDER BY id DESC LIMIT 1 OFFSET 5000").fetchone()[0]
    db.conn.close()
    server = Process(
        "console",
        ["-m", "bot", "serve"],
        workdir,
        DATABASE_PATH=path,
        START_WORKERS=0,
        ATTACHMENTS_DIR=os.path.join(workdir, "files"),
        SECRET_KEY="bench",
        VERIFY_TOKEN="v",  # nosec B106 # a throw-away benchmark database
        GRAPH_API_URL="http://127.0.0.1:9/v21.0",
        COOKIE_SECURE=0,
    ).start(timeout=120)
    try:
        http = _logged_in(server.url)
        inbox = _time_pages(http, server.url, [p.format(deep=deep) for p in INBOX_PAGES], repeat)
        search = _time_pages(
            http, server.url, ["?q=" + requests.utils.quote(q.format(code=code)) for q in SEARCHES], repeat
        )
    finally:
        server.stop()
    return {
        "inbox_p95_ms": percentile(inbox["all"], 95),
        "inbox_p50_ms": percentile(inbox["all"], 50),
        "search_p95_ms": percentile(search["all"], 95),
        "search_p50_ms": percentile(search["all"], 50),
        "inbox_pages": inbox["each"],
        "searches": search["each"],
        "measured_through": "console over HTTP",
    }


def _logged_in(url):
    http = requests.Session()
    form = http.get(url + "/console/login", timeout=30).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    answer = http.post(
        url + "/console/login",
        timeout=30,
        allow_redirects=False,
        data={"csrf_token": token, "username": OFFICER, "password": PASSWORD, "next": ""},
    )
    if answer.status_code not in (302, 303):
        raise RuntimeError(f"bench could not log in to the console: HTTP {answer.status_code}")
    return http


def _time_pages(http, url, queries, repeat):
    """Each page timed `repeat` times after one warm-up; {all: [ms], each: {query: p95}}."""
    every, each = [], {}
    for query in queries:

        def load(query=query):
            response = http.get(url + "/console/" + query, timeout=60, allow_redirects=False)
            if response.status_code != 200:
                raise RuntimeError(f"/console/{query}: HTTP {response.status_code}")
            return response.text

        load()
        durations, page = timed(load, repeat)
        every += durations
        # How many cases the page listed: a search that finds nothing is fast and proves nothing.
        each[query] = {"p95_ms": round(percentile(durations, 95), 1), "cases": len(set(CODE.findall(page)))}
    return {"all": every, "each": each}


def _storage_queries(path, repeat):
    from storage.reports import list_reports

    db = connect(path)
    inbox, _ = timed(lambda: list_reports(db, None, 50), repeat)
    search, _ = timed(
        lambda: db.execute(
            "SELECT rowid FROM report_search WHERE report_search MATCH ? ORDER BY rowid DESC LIMIT 50", ['"duong"*']
        ).fetchall(),
        repeat,
    )
    db.conn.close()
    return {
        "inbox_p95_ms": percentile(inbox, 95),
        "search_p95_ms": percentile(search, 95),
        "measured_through": "storage queries",
    }


def _duty_reports(path, repeat, notes):
    from core.config import Config

    db = connect(path)
    cfg = dict(Config().as_dict(), DATABASE_PATH=path)
    results = {}
    try:
        from casework.digest import build_digest, digest_text

        durations, digest = timed(lambda: digest_text(build_digest(db, cfg)), max(3, repeat // 4))
        results.update(
            digest_ms=percentile(durations, 95),
            digest_lines=digest.count("\n") + 1,
            digest_profile=profile_of(lambda: digest_text(build_digest(db, cfg))),
        )
    except ImportError:
        notes.append("casework/digest.py does not exist yet: the digest was not timed")
    try:
        from casework.monthly import monthly_report

        month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        durations, report = timed(lambda: monthly_report(db, cfg, month), max(3, repeat // 4))
        results.update(monthly_ms=percentile(durations, 95), monthly_received=report["received"])
    except ImportError:
        notes.append("casework/monthly.py does not exist yet: the monthly report was not timed")
    try:  # the statistics page's measured targets: every case of the year, in office hours
        from casework.targets import year_targets

        year = dt.date.today().year
        durations, months = timed(lambda: year_targets(db, cfg, year), max(3, repeat // 4))
        results.update(targets_year_ms=percentile(durations, 95), targets_year_cases=sum(m["cases"] for m in months))
    except ImportError:
        notes.append("casework/targets.py does not exist yet: the year's targets were not timed")
    db.conn.close()
    return results


def profile_of(call, count=12):
    """Where one call spends its time: [[function, cumulative ms]] from cProfile, the costliest first."""
    profiler = cProfile.Profile()
    profiler.runcall(call)
    stats = pstats.Stats(profiler, stream=io.StringIO()).stats
    rows = sorted(
        (
            (cumulative, f"{os.path.basename(file)}:{line}:{name}")
            for (file, line, name), (_, _, _, cumulative, _) in stats.items()
        ),
        reverse=True,
    )
    return [[where, round(seconds * 1000, 1)] for seconds, where in rows[:count]]
