"""Every text a citizen or an officer typed is shown as text: never a tag, an attribute or a script.

Hostile strings go through real conversations (each field of a complaint and a
denunciation) and the officer's own forms; then every page that shows them is
parsed: only the templates' own tags and attributes may appear, no inline
script, no event handler, no `javascript:` link, and the hostile text is there,
as text. Hypothesis adds texts of its own invention.
"""

import glob
import html.parser
import os
import re
from urllib.parse import quote, urlencode

import pytest
from console_support import post_form
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from messenger_support import Chat
from scripts import CODE, to_consent

from core.folding import clean_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Every tag the console's templates write (and nothing a citizen could add).
TEMPLATE_TAGS = {
    tag
    for path in glob.glob(os.path.join(ROOT, "*", "templates", "**", "*.html"), recursive=True)
    for tag in re.findall(r"<([a-z][a-z0-9]*)", open(path, encoding="utf-8").read())
}
OUR_SCRIPTS = {"/console/static/console.js"}


def hostile(label):
    """Breaks out of text, of both quotes, of a textarea and a title; a script, a handler, a link."""
    return (
        f"{label} <script>alert('{label}')</script> \"><img src=x onerror=alert(1)> '><svg/onload=alert(2)>"
        f' </textarea></title><iframe srcdoc="<script>parent.x=1</script>"></iframe>'
        f' <a href="javascript:alert(3)">bấm</a> {{{{ 7*7 }}}} {{% raw %}} &lt;b&gt; &amp;'
    )


def hostile_name(label):
    """A name the bot accepts (no digits), still hostile."""
    return f"<script>alert('{label}')</script>\"><img src=x onerror=alert(ten)>{{{{ bay*bay }}}}"


class PageCheck(html.parser.HTMLParser):
    """Collects what a page's markup does, and its text (entities decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text, self.in_script, self.inputs = [], [], False, {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("name"):
            self.inputs[attributes["name"]] = attributes.get("value")
        if tag not in TEMPLATE_TAGS:
            self.problems.append(f"unexpected <{tag}>")
        if tag == "script":
            self.in_script = True
            if attributes.get("src") not in OUR_SCRIPTS:
                self.problems.append(f"script {attributes}")
        for name, value in attrs:
            if name.startswith("on") or name in ("srcdoc", "formaction"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action") and re.sub(r"\s", "", value or "").lower().startswith(
                ("javascript:", "data:text", "vbscript:")
            ):
                self.problems.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag):
        self.in_script = self.in_script and tag != "script"

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.problems.append(f"inline script: {data[:60]}")
        self.text.append(data)


def checked(response):
    """The page's parsed content, after asserting its markup holds nothing a user typed."""
    assert response.status_code < 500
    assert response.mimetype == "text/html", response.mimetype
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]  # a second wall
    parser = PageCheck()
    parser.feed(response.get_data(as_text=True))
    assert parser.problems == [], parser.problems
    return parser


def shown_text(response):
    return "".join(checked(response).text)


def conversation(category):
    """The steps of a whole report where every free text is hostile, and its field labels."""
    start = {
        "complaint": [("say", "chào"), ("tap", "MENU_COMPLAINT")],
        "denunciation": [("say", "alo"), ("tap", "MENU_DENOUNCE")],
    }[category]
    middle = {
        "complaint": ["complaint_act", "complaint_by", "complaint_request"],
        "denunciation": ["accused", "violation"],
    }[category]
    steps = [
        *start,
        ("tap", "FIELD_TECHNOLOGY"),
        ("say", hostile(f"{category}-content")),
        ("tap", "CONTENT_DONE"),
        ("say", hostile(f"{category}-place")),
    ]
    steps += [("say", hostile(f"{category}-{field}")) for field in middle]
    steps += [
        ("tap", "CONSENT_YES"),
        ("say", hostile_name(f"{category}-name")),
        ("say", "0913.456.789"),
        ("say", hostile(f"{category}-address")),
        ("tap", "SUBMIT"),
    ]
    return steps


@pytest.fixture
def hostile_cases(client, app, db, messenger, login):
    codes = {}
    for category, psid in (("complaint", "evil-1"), ("denunciation", "evil-2")):
        citizen = Chat(client, app, db, messenger, psid=psid)
        for action, value in conversation(category):
            replies = getattr(citizen, action)(value)
        codes[category] = CODE.search(replies[-1][0]).group()
    leader = login("lan")
    code = codes["complaint"]
    for path, form in [
        (f"/console/cases/{code}/note", {"text": hostile("note")}),
        (f"/console/cases/{code}/reply", {"text": hostile("reply")}),
        (
            f"/console/cases/{code}/status",
            {"status": "forwarded", "note": hostile("status"), "forwarded_to": hostile("forwarded")},
        ),
        ("/console/templates", {"title": hostile("title")[:100], "body": hostile("template")}),
    ]:
        assert post_form(leader, path, form).status_code == 302, path
    return codes


def test_what_citizens_and_officers_typed_is_only_ever_text(hostile_cases, login, app):
    complaint, denunciation = hostile_cases["complaint"], hostile_cases["denunciation"]
    officer, leader = login("tuan"), login("lan")
    shown = ""
    search = checked(officer.get("/console/?" + urlencode({"q": hostile("q")})))
    assert search.inputs["q"] == hostile("q")[:200]  # typed back into the search box, as a value
    for client, path in [
        (officer, "/console/"),
        (leader, "/console/"),
        (officer, f"/console/cases/{complaint}"),
        (leader, f"/console/cases/{complaint}"),
        (officer, f"/console/cases/{denunciation}"),
        (leader, f"/console/cases/{denunciation}"),
        (leader, f"/console/cases/{complaint}/application"),
        (leader, f"/console/cases/{denunciation}/application"),
        (leader, "/console/audit"),
        (officer, "/console/templates"),
        (leader, "/console/stats"),
        (officer, "/console/cases/" + quote(hostile("code"))),
        (officer, "/console/" + quote(hostile("path"))),
    ]:
        shown += shown_text(client.get(path))
    for label in [
        "complaint-content",
        "complaint-place",
        "complaint-complaint_act",
        "complaint-complaint_by",
        "complaint-complaint_request",
        "complaint-address",
        "denunciation-accused",
        "denunciation-violation",
        "note",
        "reply",
        "status",
        "forwarded",
        "template",
    ]:
        assert clean_text(hostile(label)) in shown, label  # shown whole, as text
    assert clean_text(hostile_name("complaint-name")) in shown
    failed_login = app.test_client()
    failed_login.get("/console/login")
    refused = checked(
        post_form(
            failed_login, "/console/login", {"username": hostile_name("user"), "password": "x"}, page="/console/login"
        )
    )
    assert refused.inputs["username"] == hostile_name("user")  # given back to correct, as a value


def test_exports_and_json_are_never_served_as_a_page(hostile_cases, login):
    officer = login("tuan")
    for path, mimetype in [
        ("/console/export.csv", "text/csv"),
        ("/console/export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (f"/console/cases/{hostile_cases['complaint']}/json", "application/json"),
    ]:
        response = officer.get(path)
        assert response.mimetype == mimetype and response.headers["X-Content-Type-Options"] == "nosniff", path
        if path.startswith("/console/export"):
            assert response.headers["Content-Disposition"].startswith("attachment"), path
    assert "complaint-content <script>" in officer.get("/console/export.csv").get_data(as_text=True)


FRAGMENTS = st.sampled_from(
    [
        "<",
        ">",
        '"',
        "'",
        "&",
        "&amp;",
        "&lt;",
        "/",
        "=",
        "`",
        "{{",
        "}}",
        "{%",
        "%}",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "]]>",
        "javascript:",
        " onerror=",
        "\u202e",
        "\u200b",
        "\x00",
        "\r\n",
        "ươ",
        "x",
        " ",
    ]
)
HOSTILE_TEXT = st.lists(FRAGMENTS | st.text(min_size=1, max_size=5), min_size=2, max_size=25).map("".join)


@pytest.fixture
def officer(login):
    """Logged in once for all of Hypothesis' examples (a login costs a scrypt)."""
    return login("tuan")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=HOSTILE_TEXT)
def test_any_text_in_a_report_is_shown_as_text(client, app, db, messenger, officer, text):
    citizen = Chat(client, app, db, messenger, psid="hypo-" + str(abs(hash(text)) % 10**9))
    to_consent(citizen, content="Nội dung: " + text)
    citizen.tap("CONSENT_NO")
    code = CODE.search(citizen.tap("SUBMIT")[-1][0]).group()
    page = shown_text(officer.get(f"/console/cases/{code}"))
    assert clean_text("Nội dung: " + text) in page
    checked(officer.get("/console/"))
