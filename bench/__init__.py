"""`python -m bench`: where PAKN Bot stands on one small machine, measured, not guessed.

Runs the real server against a Graph stand-in in another process, drives
simulated citizens through complete conversations with signed bodies, compares
the acknowledgement path with a bare Flask ceiling, and times the officer's
queries on a million synthetic reports. Prints a table and writes JSON.
"""
