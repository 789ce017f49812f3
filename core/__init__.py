"""Pure helpers and settings, the bottom layer: they import nothing else of the project.

Settings: config.py (`Config`, from the environment), pages.py (PAGES_FILE: several wards),
settings.py and live_checks.py (checked at start-up), deadline_rules.py, office_hours.py,
privacy_settings.py, policy_links.py. Time: calendar.py (the ward's working days), clock.py (one
`now`, so tests can move it), dates.py. Text: folding.py (Vietnamese folded for matching),
validation.py (what citizens type), redaction.py and identity_words.py (a citizen's identity blanked
out of what others read: a case's form, and everything a protected person writes). case_rules.py:
categories, statuses and who is protected. filetypes.py: what a file really is.
"""
