"""What runs after the 200, and the rules it runs with.

The worker threads (background.py, each a loop.py `Loop`): stored events in timestamp order
(worker.py), the outbox's senders, the downloads; the duty loops (scheduler.py: the e-mail queue,
the daily digest, quiet handoffs, retention). `python -m bot serve` runs them in a process of their
own (worker_process.py, started, woken and restarted by supervisor.py). rules.py registers every rule
that runs when a case changes, in one function the app factory and the command line both call.
"""
