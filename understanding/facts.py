"""Every fact a message gives for the report, in one call: `find_facts(text) -> {step: Fact}`.

The keys are the conversation's steps (bot/flow.py STEPS) that each fact answers, so the
conversation can offer it to be confirmed instead of asking that step's question. The citizen's own
name, phone and address come from understanding/contact_facts.py; the place and time, a complaint's
act, maker and request, a denunciation's accused and violation from understanding/case_facts.py.
A place is never taken from inside the citizen's own address.
"""

from core.case_rules import CONTACT, DETAIL_STEPS
from understanding.case_facts import find_accused, find_complaint, find_place_time, office_of
from understanding.contact_facts import find_address, find_name, find_phone
from understanding.normalize import spoken_digits, spoken_marks
from understanding.signature import find_signature

PERSONAL = CONTACT  # kept only after the citizen consents (Decree 356/2025)
STEPS = PERSONAL + DETAIL_STEPS
MAX_CHARS = 4000  # a fact is near the top of a letter; a 20,000-character paste stays fast


def find_facts(text):
    """{step: Fact} for what `text` tells; an empty dict when it tells none."""
    text = spoken_digits(spoken_marks((text or "")[:MAX_CHARS]))  # "… Tuyết phẩy nhà bà …", a phone said aloud
    found = {}
    name = find_name(text)
    signed = find_signature(text) if name is None else {}  # no "tôi là": the name signed under the letter
    name = name or signed.get("name")
    if name:
        found["name"] = name
    phone = find_phone(text) or signed.get("phone")
    if phone:
        found["phone"] = phone
    address = find_address(text, name.end if name else None) or signed.get("address")
    if address:
        found["address"] = address
    taken = [(fact.start, fact.end) for fact in found.values()]
    complaint = find_complaint(text)
    place = find_place_time(text, skip=taken, office=office_of(text, complaint.get("complaint_by")))
    if place:
        found["place_time"] = place
    found.update(complaint)
    found.update(find_accused(text))
    return found
