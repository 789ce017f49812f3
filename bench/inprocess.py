"""The acknowledgement path without the network: CPU per request, the bot against the ceiling.

The same signed deliveries are handed straight to each WSGI app (no waitress,
no sockets, no background threads), so what remains is the CPU each app itself
spends per request, and a cProfile of the bot's requests says on what. This is
what bounds the ack ratio even before the workers compete for the interpreter.
"""

import cProfile
import io
import os
import pstats
import sys
import time

from bench.ceiling import create_ceiling_app
from bench.citizens import Crowd
from bench.servers import APP_SECRET

REQUESTS = 1500


def measure_inprocess(workdir):
    from webhook import create_app

    bot = create_app(
        {
            "DATABASE_PATH": os.path.join(workdir, "inprocess.db"),
            "APP_SECRET": APP_SECRET,
            "START_WORKERS": False,
            "SANDBOX": False,
            "PAGE_ACCESS_TOKEN": "t",
            "SECRET_KEY": "bench",  # nosec B105 # benchmark-only values
            "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
        }
    )
    ceiling = create_ceiling_app(APP_SECRET)
    deliveries = _deliveries(3 * REQUESTS)
    _call_each(ceiling, deliveries[:200])  # warm both up (imports, first connection)
    _call_each(bot, deliveries[:200])
    ceiling_us = _call_each(ceiling, deliveries[REQUESTS : 2 * REQUESTS])
    bot_us = _call_each(bot, deliveries[REQUESTS : 2 * REQUESTS])
    profiler = cProfile.Profile()
    profiler.enable()
    _call_each(bot, deliveries[2 * REQUESTS :])
    profiler.disable()
    return {
        "bot_us_per_request": bot_us,
        "ceiling_us_per_request": ceiling_us,
        "ratio": ceiling_us / bot_us,
        "bot_profile": _top(profiler),
    }


def _deliveries(count):
    crowd, out = Crowd(APP_SECRET, "inprocess"), []
    citizen = crowd.citizen()
    while len(out) < count:
        if citizen.finished:
            citizen = crowd.citizen()
        out.append(crowd.delivery(citizen)[1:])
    return out


def _call_each(app, deliveries):
    """Call the app once per delivery as waitress would; CPU microseconds per request.

    CPU time, not wall time: this process is single-threaded here, and other
    work on the machine then slows the figure down only through caches."""
    start = time.process_time()
    for body, headers in deliveries:
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/webhook",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "CONTENT_TYPE": "application/json",
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_X_HUB_SIGNATURE_256": headers["X-Hub-Signature-256"],
        }
        status = []
        answer = app(environ, lambda s, h, e=None: status.append(s))
        b"".join(answer)
        getattr(answer, "close", lambda: None)()
        if not status[0].startswith("200"):
            raise RuntimeError(f"in-process webhook answered {status[0]}")
    return (time.process_time() - start) / len(deliveries) * 1e6


def _top(profiler, count=12):
    """The functions with the most cumulative time per request, in µs (cProfile adds overhead)."""
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = [
        (cumulative, f"{os.path.basename(file)}:{name}")
        for (file, _, name), (_, _, _, cumulative, _) in stats.stats.items()
        if any(part in file for part in ("/messenger/", "/bot/", "/storage/", "flask/sessions")) or "sqlite3" in name
    ]
    return [[where, round(seconds / REQUESTS * 1e6, 1)] for seconds, where in sorted(rows, reverse=True)[:count]]
