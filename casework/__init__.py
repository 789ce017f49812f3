"""The case after it is filed: the rules the conversation, the console and the command line share.

The status workflow, assignment, notes and classification, through one door (workflow.py); deadlines
(deadlines.py, acceptance.py, promised_dates.py, with the ward's calendar in ward.py); what a new case
gets (new_case.py, summaries.py); telling the officers on duty (notify.py, mailer.py,
handoff_notice.py); the daily digest and the leaders' monthly report (digest.py, digest_sections.py,
monthly.py); Messenger's 24 h / 7 day window (window.py); who sees a denouncer (identity.py); hotline
calls (hotline.py); ratings and the public page (ratings.py, rating_stats.py, publishing.py,
publication_hooks.py, scrub.py); withdrawals (withdrawal.py); the citizen's data, erased and kept no
longer than the ward said (erasure.py, retention.py, retention_schedule.py). texts.py names the
categories, fields, statuses and channels for every layer above.
"""
