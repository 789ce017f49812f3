"""`python -m bench.standin PORT`: the Graph stand-in in a process of its own.

In the bot's process it would steal the interpreter lock from the code being
measured; Meta is another machine, so the stand-in is at least another process.
"""

import os
import sys

from bench.ceiling import serve_like_the_bot
from sandbox.graph_standin import StandinState, create_standin_app

if __name__ == "__main__":
    state = StandinState(expected_token=os.environ.get("PAGE_ACCESS_TOKEN") or None)
    serve_like_the_bot(create_standin_app(state), int(sys.argv[1]))
