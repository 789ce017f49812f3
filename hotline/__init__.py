"""Calls to the ward's hotline as cases.

The notice names an officer who answers the hotline. While on the phone, the
officer fills a short form (console: /console/hotline; command line:
`python -m bot console add --channel hotline`), and the call becomes a case
like a Messenger one: same code series, deadlines, summaries, notices and
workflow, with `reports.channel = 'hotline'`. A caller who also wrote to the
page from Messenger, with the same phone, can be linked, so that answers and
status notices reach them there too.
"""
