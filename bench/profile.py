"""`--profile DIR`: sample the bot server with py-spy during the load, and summarise where time went.

py-spy (pinned in the `test` extra, not a dependency of the bot) attaches to
the running server without changing it. It samples only the thread holding
the interpreter lock (`--gil`) of the web process (`bot serve`): the workers
run in a process of their own, so this is the acknowledgement
path's CPU (py-spy's --subprocesses would add the worker's). The summary groups samples by thread (waitress
request threads, events, senders…) and lists the functions that hold the most
samples, inclusive and self.
"""

import collections
import os
import re
import shutil
import signal
import subprocess  # nosec B404 # runs py-spy, a fixed program
import sys

_LINE_NUMBER = re.compile(r":\d+\)")
_THREAD_NUMBER = re.compile(r"-\d+$")


class Sampler:
    def __init__(self, pid, out_dir, name):
        self.path = os.path.join(out_dir, f"{name}.txt")
        self.process = None
        py_spy = shutil.which("py-spy") or os.path.join(os.path.dirname(sys.executable), "py-spy")
        if not os.path.exists(py_spy):
            print("--profile: py-spy is not installed (pip install py-spy); no profile taken", file=sys.stderr)
            return
        os.makedirs(out_dir, exist_ok=True)
        self.process = subprocess.Popen(  # nosec B603 # fixed arguments, no shell
            [
                py_spy,
                "record",
                "--pid",
                str(pid),
                "--rate",
                "200",
                "--format",
                "raw",
                "--threads",
                "--gil",
                "--nonblocking",
                "--output",
                self.path,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self):
        """Stop sampling (py-spy writes its file on SIGINT); the summary, or None."""
        if self.process is None:
            return None
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=30)
        return summarise(self.path) if os.path.exists(self.path) else None


def summarise(path, top=25):
    """{threads: {name: share}, inclusive: [[function, share]], self: [[function, share]]}."""
    threads, inclusive, own, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
    with open(path, encoding="utf-8", errors="replace") as samples:
        for line in samples:
            stack, _, count = line.rstrip().rpartition(" ")
            frames = [_LINE_NUMBER.sub(")", f) for f in stack.split(";")]
            count = int(count)
            total += count
            threads[_THREAD_NUMBER.sub("-N", frames[0].split(": ", 1)[-1])] += count
            for function in set(frames[1:]):
                inclusive[function] += count
            own[frames[-1]] += count

    def shares(counter):
        return [[name, round(n / total, 4)] for name, n in counter.most_common(top)]

    return {
        "samples": total,
        "threads": dict(shares(threads)),
        "inclusive": shares(inclusive),
        "self": shares(own),
        "raw": path,
    }
