"""`bot serve` with its workers in a process of their own (runtime/worker_process.py).

The web process then only acknowledges and serves pages (START_WORKERS off
inside it) and supervises the worker process; WORKER_PROCESS=0 keeps the
workers as threads of the web process, as before, and START_WORKERS=0 runs
none at all (another server runs them).
"""

import signal

from runtime.supervisor import WorkerSupervisor


def separate_workers(cfg):
    return cfg["START_WORKERS"] and cfg["WORKER_PROCESS"]


def web_only_overrides(cfg):
    """The app's settings when the workers run elsewhere: none in this process, but the sandbox's
    stand-in still echoes sends back like Meta (the worker's senders rely on the echoes)."""
    return {"START_WORKERS": False, "ECHO_SENDS": True} if separate_workers(cfg) else None


def start_worker_process(app, cfg):
    """Start and supervise the worker process; the webhook's and console's wake-ups go to it."""
    if not separate_workers(cfg):
        return None
    # The sandbox's stand-ins live at the web process's address, which only the app factory knows.
    resolved = {"GRAPH_API_URL": app.config["GRAPH_API_URL"]}
    resolved.update({name: app.config[name] for name in ("ZALO_API_URL", "ZALO_OAUTH_URL") if app.config.get(name)})
    supervisor = WorkerSupervisor({**cfg, **resolved})
    app.extensions["pakn_workers"] = supervisor
    supervisor.start()
    # systemd stops the service with SIGTERM: let the worker finish its step rather than die mid-send.
    signal.signal(signal.SIGTERM, lambda *_: _stop_and_exit(supervisor))
    return supervisor


def stop_worker_process(app):
    supervisor = app.extensions.get("pakn_workers")
    if isinstance(supervisor, WorkerSupervisor):
        supervisor.stop()


def _stop_and_exit(supervisor):
    supervisor.stop()
    raise SystemExit(0)
