"""`python -m bot setup-page` against the Graph stand-in: a valid profile, and a second run changes nothing."""

import pytest

from bot.texts import ASK, WELCOME
from messenger.page_setup import GREETING_MAX, GREETINGS, ICE_BREAKERS, WEBHOOK_FIELDS, greeting_text


@pytest.fixture
def setup_page(graph, monkeypatch, runner):
    monkeypatch.setenv("PAGE_ACCESS_TOKEN", "page-token")
    monkeypatch.setenv("GRAPH_API_URL", graph.url + "/v21.0")

    def run(*args):
        return runner("setup-page", *args)

    return run


def test_sets_a_valid_messenger_profile(setup_page, graph):
    result = setup_page()
    assert result.exit_code == 0, result.output
    profile = graph.state.profile
    assert profile["get_started"] == {"payload": "GET_STARTED"}
    greetings = {g["locale"]: g["text"] for g in profile["greeting"]}
    assert set(greetings) == {"default", "en_US"}
    assert all(0 < len(text) <= GREETING_MAX for text in greetings.values())
    assert "UBND phường Ái Quốc" in greetings["default"]
    (menu,) = profile["persistent_menu"]
    assert menu["locale"] == "default" and menu["composer_input_disabled"] is False
    assert [(a["type"], a["payload"]) for a in menu["call_to_actions"]] == [
        ("postback", "MENU_REPORT"),
        ("postback", "MENU_LOOKUP"),
        ("postback", "MENU_OFFICER"),
    ]
    assert all(len(a["title"]) <= 30 for a in menu["call_to_actions"])
    (breakers,) = profile["ice_breakers"]
    assert 1 <= len(breakers["call_to_actions"]) <= 4
    assert all(len(q["question"]) <= 80 and q["payload"] for q in breakers["call_to_actions"])
    assert set(WEBHOOK_FIELDS) <= set(graph.state.subscribed_fields)
    assert "payload GET_STARTED" in result.output and "subscribed messages" in result.output


def test_second_run_changes_nothing(setup_page, graph):
    assert setup_page().exit_code == 0
    posts = list(graph.state.profile_posts)
    result = setup_page()
    assert result.exit_code == 0, result.output
    assert graph.state.profile_posts == posts
    assert "Nothing to change" in result.output and result.output.count(" unchanged") == 5


def test_only_what_differs_is_posted(setup_page, graph):
    assert setup_page().exit_code == 0
    graph.state.profile["greeting"] = [{"locale": "default", "text": "Sửa tay trong Meta"}]
    graph.state.subscribed_fields = ["messages", "feed"]
    before = len(graph.state.profile_posts)
    result = setup_page()
    assert result.exit_code == 0, result.output
    new_posts = graph.state.profile_posts[before:]
    assert [kind for kind, _ in new_posts] == ["messenger_profile", "subscribed_apps"]
    assert list(new_posts[0][1]) == ["greeting"]
    assert "feed" in graph.state.subscribed_fields  # someone else's subscription is kept


def test_dry_run_posts_nothing(setup_page, graph):
    result = setup_page("--dry-run")
    assert result.exit_code == 0, result.output
    assert graph.state.profile_posts == [] and "would set" in result.output


def test_bad_token_is_one_clear_sentence(setup_page, monkeypatch):
    monkeypatch.setenv("PAGE_ACCESS_TOKEN", "revoked")
    result = setup_page()
    assert result.exit_code == 1
    assert "Meta refused PAGE_ACCESS_TOKEN" in result.output and "Traceback" not in result.output


def test_unreachable_graph_says_to_start_the_server(setup_page, monkeypatch):
    from live import free_port

    monkeypatch.setenv("GRAPH_API_URL", f"http://127.0.0.1:{free_port()}/v21.0")
    result = setup_page()
    assert result.exit_code == 1 and "Cannot reach the Graph API" in result.output


def test_a_long_ward_name_still_fits_160_characters():
    long_name = "Ủy ban nhân dân xã " + "Nghĩa Hưng Đông Bắc Trung " * 4
    for template, short in GREETINGS.values():
        text = greeting_text(template, short, long_name)
        assert len(text) <= GREETING_MAX and text == short
        assert "UBND phường Ái Quốc" in greeting_text(template, short, "UBND phường Ái Quốc")


@pytest.mark.parametrize(
    "question, payload, asked",
    [
        (
            q,
            p,
            {
                "MENU_REPORT": ASK["category"],
                "MENU_COMPLAINT": ASK["field"],
                "MENU_DENOUNCE": ASK["field"],
                "MENU_LOOKUP": ASK["lookup"].split("{")[0],
            }[p],
        )
        for q, p in ICE_BREAKERS
    ],
)
def test_an_ice_breaker_on_first_contact_starts_what_it_says(chat, question, payload, asked):
    (welcome, menu), (text, _) = chat.send(chat.m.postback(chat.psid, payload, question))
    assert welcome.startswith(WELCOME.split("{")[0]) and "MENU_REPORT" in menu
    assert asked in text


def test_the_persistent_menu_links_the_privacy_policy_when_the_public_address_is_set(setup_page, graph, monkeypatch):
    monkeypatch.setenv("PUBLIC_URL", "https://pakn.example.gov.vn/")
    result = setup_page()
    assert result.exit_code == 0, result.output
    (menu,) = graph.state.profile["persistent_menu"]
    assert menu["call_to_actions"][-1] == {
        "type": "web_url",
        "title": "Quyền riêng tư",
        "url": "https://pakn.example.gov.vn/chinh-sach-quyen-rieng-tu",
    }
    assert "https://pakn.example.gov.vn/chinh-sach-quyen-rieng-tu" in result.output
