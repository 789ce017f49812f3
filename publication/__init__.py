"""Publishing answered cases: the citizen's agreement, the redacted copy, and the page /cong-khai.

The agreement is its own consent (purpose `publish_answer`), asked after the
citizen has read the ward's answer (satisfaction/steps.py) or heard by the
officer on the phone; the data-processing consent given while filing says
nothing about publication. An officer may withhold a case at any time.
"""
