"""Graph faults seen from the whole system: Meta down, rate limits, the webhook's time budget."""

import time

import pytest
import requests
from live import LocalServer, wait_until

from messenger.send_api import SendError
from messenger.sender import backoff_seconds
from sandbox.graph_standin import create_standin_app

pytestmark = pytest.mark.slow
ACK_BUDGET_SECONDS = 2.0  # Meta waits up to 20 s; we promise far less


def test_rate_limit_pauses_longer_than_a_plain_retry():
    cfg = {"RETRY_BASE_SECONDS": 2}
    plain = backoff_seconds(cfg, 1, SendError("x", code=2, transient=True))
    limited = backoff_seconds(cfg, 1, SendError("x", code=613, transient=True))
    assert plain == 2 and limited >= 60


def test_webhook_keeps_acknowledging_while_graph_is_down_and_the_backlog_drains(bot_servers, messenger):
    from live import GraphStandin

    graph = GraphStandin()
    port, state = graph.port, graph.state
    server = bot_servers(graph.url)
    graph.close()  # Meta unreachable: connection refused
    psids = [f"down-{i}" for i in range(10)]
    for psid in psids:
        body = messenger.body(messenger.text(psid, "Xin chào"))
        started = time.monotonic()
        response = requests.post(server.url + "/webhook", data=body, headers=messenger.headers(body), timeout=20)
        assert response.status_code == 200
        assert time.monotonic() - started < ACK_BUDGET_SECONDS
    wait_until(lambda: server.health()["events_pending"] == 0, what="events processed while Graph is down")
    assert server.health()["outbox"]["pending"] == len(psids)
    revived = LocalServer(create_standin_app(state), port=port)
    try:
        server.settle(timeout=30)
        assert {psid: len(state.messages_to(psid)) for psid in psids} == {psid: 1 for psid in psids}
        assert server.health()["outbox"]["failed"] == 0
    finally:
        revived.close()
