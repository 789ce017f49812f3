"""The duty officer's side of the case: the ward's calendar, legal deadlines, summaries,
who is on duty, notices by e-mail and Messenger, and the daily digest (issue 5)."""
