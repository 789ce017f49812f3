"""Fixtures: an app on a temporary database, a Messenger that signs like Meta, a Graph stand-in.

`chat` drives the conversation in-process (fast, synchronous worker); the
`live_*` fixtures in tests/live.py start the real server for the end-to-end tests.
"""

import os
import threading

import pytest
from click.testing import CliRunner
from databases import migrated_database
from messenger_support import APP_SECRET, Chat, LiveCitizen, Messenger

from cli import cli
from storage import connect
from webhook import create_app

# Fixtures of the console's and the duty officer's tests, for every test module that asks for them;
# and the check that no test leaves a thread running.
pytest_plugins = ["console_support", "duty_fixtures", "thread_check", "zalo_support"]


@pytest.fixture(scope="session", autouse=True)
def no_env_file():
    """The command line run in-process (`runner`) loads PAKN_ENV_FILE into this process's environment:
    never a developer's own `.env`, which every later app of the run would then read."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PAKN_ENV_FILE", os.devnull)
        yield


@pytest.fixture
def app(tmp_path):
    app = create_app(
        {
            "DATABASE_PATH": migrated_database(tmp_path / "bot.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "files"),
            "APP_SECRET": APP_SECRET,
            "VERIFY_TOKEN": "verify-me",
            "PAGE_ACCESS_TOKEN": "page-token",
            "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
            "SANDBOX": False,
            "START_WORKERS": False,
            "TESTING": True,
            "ATTACHMENT_HOSTS": "127.0.0.1",  # the stand-in's CDN, listed as a ward lists Meta's
        }
    )
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    database = connect(app.config["DATABASE_PATH"])
    yield database
    database.conn.close()


@pytest.fixture
def runner(app, monkeypatch):
    monkeypatch.setenv("DATABASE_PATH", app.config["DATABASE_PATH"])
    cli_runner = CliRunner()

    def invoke(*args, **kwargs):
        return cli_runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)

    return invoke


@pytest.fixture
def messenger():
    return Messenger()


@pytest.fixture
def chat(client, app, db, messenger):
    return Chat(client, app, db, messenger)


@pytest.fixture
def graph():
    from live import GraphStandin

    standin = GraphStandin()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def live_graph():
    from live import GraphStandin

    standin = GraphStandin()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def live_bot(tmp_path_factory, live_graph):
    """One real server per test module; tests keep apart by using their own citizens."""
    from live import BotServer

    server = BotServer(tmp_path_factory.mktemp("live"), live_graph.url, APP_SECRET).start()
    yield server
    server.stop()


@pytest.fixture
def live_citizen(live_bot, live_graph, messenger):
    def make(psid):
        return LiveCitizen(live_bot, live_graph, messenger, psid)

    return make


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium (/usr/bin/chromium) driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    from sandbox.simulator.phone import launch

    before = set(threading.enumerate())
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
    # asyncio's watcher of the Playwright driver's process ends once it has reaped it, and the
    # loop's default executor (asyncio_N, a name look-up run off the loop) once the loop is closed.
    for thread in set(threading.enumerate()) - before:
        if thread.name.startswith(("asyncio-waitpid", "asyncio_")):
            thread.join(timeout=30)


@pytest.fixture
def bot_servers(tmp_path):
    """Start extra real servers; every one is stopped at teardown, even when the test fails."""
    from live import BotServer

    started = []

    def start(graph_url, name="bot", **env):
        server = BotServer(tmp_path / name, graph_url, APP_SECRET, **env)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()
