"""The load generator: signed deliveries over kept-alive HTTP/1.1 connections, from asyncio.

A hand-written client because the generator shares the machine's two cores
with the servers it measures: `requests` spends about a millisecond of CPU per
call, an asyncio stream a tenth of that. Each citizen has at most one delivery
in flight, as a person has one phone, so their events are committed in order.
"""

import asyncio
import collections
import time
from dataclasses import dataclass

RETRIES = 3


@dataclass
class Sent:
    """One delivery: when it left (wall clock, to compare with the stand-in's) and its answer."""

    mid: str
    psid: str
    sent_at: float
    ack_seconds: float
    status: int


class Connection:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    def close(self):
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    async def post(self, path, body, headers):
        """POST and read the whole answer; the status code."""
        if self.writer is None:
            await self.open()
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n{head}"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        response_head = await self.reader.readuntil(b"\r\n\r\n")
        lines = response_head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        await self.reader.readexactly(int(fields.get("content-length", 0)))
        if fields.get("connection", "").lower() == "close":
            self.close()
        return status


async def _post_with_retries(conn, body, headers):
    for attempt in range(RETRIES):
        try:
            return await conn.post("/webhook", body, headers)
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            conn.close()  # Meta retries too; the event key makes a repeat harmless
            if attempt == RETRIES - 1:
                return 0
    return 0


async def drive(host, port, crowd, citizens, rate=None, connections=16, active=64):
    """Take `citizens` people through their conversations; return [Sent].

    With `rate` (events/s) deliveries leave on a fixed schedule, whatever the
    answers; without it, as fast as `connections` kept-alive connections allow.
    At most `active` conversations are open at a time.
    """
    pool = asyncio.Queue()
    for _ in range(connections):
        pool.put_nowait(await Connection(host, port).open())
    ready, records, tasks = collections.deque(), [], set()
    state = {"started": 0, "busy": 0}
    became_ready = asyncio.Event()

    async def send(conn, citizen):
        mid, body, headers = crowd.delivery(citizen)
        sent_at, start = time.time(), time.perf_counter()
        status = await _post_with_retries(conn, body, headers)
        records.append(Sent(mid, citizen.psid, sent_at, time.perf_counter() - start, status))
        pool.put_nowait(conn)
        state["busy"] -= 1
        if not citizen.finished:
            ready.append(citizen)
        became_ready.set()

    async def next_citizen():
        while True:
            if state["started"] < citizens and len(ready) + state["busy"] < active:
                state["started"] += 1
                return crowd.citizen()
            if ready:
                return ready.popleft()
            if state["busy"] == 0:
                return None
            became_ready.clear()
            await became_ready.wait()

    loop = asyncio.get_running_loop()
    start = loop.time()
    slot = 0
    while (citizen := await next_citizen()) is not None:
        if rate:
            await asyncio.sleep(max(0.0, start + slot / rate - loop.time()))
            slot += 1
        conn = await pool.get()
        state["busy"] += 1
        task = asyncio.create_task(send(conn, citizen))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await asyncio.gather(*tasks)
    while not pool.empty():
        pool.get_nowait().close()
    return records


def run(host, port, crowd, citizens, **kwargs):
    return asyncio.run(drive(host, port, crowd, citizens, **kwargs))
