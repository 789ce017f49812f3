"""No thread of a test outlives it: each test, and each module's fixtures, must have stopped and
joined every thread they started by the end of their teardown.

Why it matters here: CPython 3.11 keeps the AST constructor's recursion counter in state shared by
every thread, so two threads parsing Python at once can fail one of them with "SystemError: AST
constructor recursion depth mismatch". Python 3.11 parses each line of a traceback it formats (for
the ^^^ marks) and werkzeug parses to compile each route. A Graph stand-in's request thread that
finished after its test logged a traceback while the next test's `create_app` compiled its routes,
and that test failed in its `app` fixture.
"""

import sys
import threading
import traceback

import pytest


@pytest.fixture(autouse=True)
def no_thread_outlives_its_test():
    """Autouse fixtures are set up first and torn down last: every other fixture of the test is gone."""
    before = set(threading.enumerate())
    yield
    # A module's browser starts its event loop's executor threads (asyncio_N) when a test first saves
    # a screenshot; they belong to the module's fixture, which joins them (the module check below).
    refuse_threads_started_since(before, "the test", belonging_to_the_module=("asyncio_",))


@pytest.fixture(autouse=True, scope="module")
def no_thread_outlives_its_module():
    """The same for the fixtures that live as long as a module (a live server, a browser)."""
    before = set(threading.enumerate())
    yield
    refuse_threads_started_since(before, "the module's fixtures")


def refuse_threads_started_since(before, who, belonging_to_the_module=()):
    """Fail, naming each thread started since `before` that is still alive and where it is."""
    left = [
        thread
        for thread in threading.enumerate()
        if thread not in before and not (belonging_to_the_module and thread.name.startswith(belonging_to_the_module))
    ]
    if not left:
        return
    frames = sys._current_frames()
    where = [(t.name, "".join(traceback.format_stack(frames[t.ident])[-3:]) if t.ident in frames else "") for t in left]
    pytest.fail(
        f"{who} left {len(left)} thread(s) running: {', '.join(name for name, _ in where)}; a fixture must stop"
        " and join the threads it starts (tests/live.py: LocalServer).\n"
        + "\n".join(f"{name}:\n{stack}" for name, stack in where),
        pytrace=False,
    )
