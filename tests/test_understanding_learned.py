"""The learned second opinion (understanding/learned.py): what it learns from, when it may speak, and
what it adds to the rules at a step."""

import json

import pytest

from bench import learned as bench_learned
from understanding.asides import aside
from understanding.intents import understand
from understanding.learned import EXAMPLES, Classifier, classifier, learned_kind, shows_its_words

SETTINGS = {"PAGE_OFFICER": "Ông Vũ Mạnh Tú", "HOTLINE_OFFICER": "Ông Nguyễn Anh Tuấn", "HOTLINE": "0902 231 089"}
OWN_WORDS = 5  # a message this long is someone's own wording
TINY = Classifier(
    [
        ("thôi khỏi gửi nữa", "cancel"),
        ("thôi không làm nữa đâu", "cancel"),
        ("cho gặp cán bộ", "officer"),
        ("Nguyễn Văn An", "other"),
        ("số 5 ngõ 8", "other"),
    ]
)


def shipped():
    with EXAMPLES.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_the_shipped_examples_are_what_the_tuned_corpus_gives(tmp_path):
    """Edit a dialogue of the tuned corpus and forget `python -m bench learned-examples`: this fails."""
    fresh = tmp_path / "examples.jsonl"
    bench_learned.write_examples(fresh)
    assert fresh.read_text(encoding="utf-8") == EXAMPLES.read_text(encoding="utf-8")


def test_every_example_is_a_message_of_the_tuned_corpus():
    """Nothing of a held-out file is learned from: each example is typed in a tuned file, and the
    held-out batch's own messages (its long ones: short answers are typed everywhere) are not learned."""
    tuned = {
        t
        for d in bench_learned.load_dialogues(bench_learned.DIALOGUES)
        for turn in d["turns"]
        if (t := turn.get("say"))
    }
    with bench_learned.FIRST_MESSAGES.open(encoding="utf-8") as lines:
        tuned |= {json.loads(line)["text"] for line in lines if line.strip() and not line.startswith("//")}
    learned = {row["text"] for row in shipped()}
    assert learned <= tuned
    held_out = {
        t
        for d in bench_learned.load_dialogues(bench_learned.DATA / "dialogues_heldout.jsonl")
        for turn in d["turns"]
        if (t := turn.get("say")) and len(t.split()) >= OWN_WORDS
    }
    assert held_out and not learned & (held_out - tuned)


def test_every_kind_is_learned_from_examples():
    kinds = {row["kind"] for row in shipped()}
    assert kinds == {"danger", "officer", "cancel", "question", "other"}


@pytest.mark.parametrize(
    ("text", "kind"), [("thôi khỏi nhé", "cancel"), ("gặp cán bộ", "officer"), ("Trần An", "other")]
)
def test_beliefs_are_shares_and_the_likeliest_is_the_examples_kind(text, kind):
    beliefs = TINY.beliefs(text)
    assert abs(sum(beliefs.values()) - 1) < 1e-9 and max(beliefs, key=beliefs.get) == kind


def test_a_sure_kind_without_its_words_is_not_said():
    """A classifier sure that "gặp nhau" wants a person: no person of the ward is named, so it is not."""
    sure = Classifier([("gặp nhau", "officer")] * 5 + [("gặp nhau cán bộ", "officer"), ("Trần An", "other")])
    assert sure.beliefs("gặp nhau")["officer"] > 0.95
    assert learned_kind("gặp nhau", understand("gặp nhau"), reader=sure) is None
    assert learned_kind("gặp nhau cán bộ", understand("gặp nhau cán bộ"), reader=sure) == "officer"


def test_a_question_is_only_a_question_when_the_base_answers_it(db):
    """The base must hold the answer: the learned opinion never says what is not approved."""
    text = "bên mình có chỗ gửi xe máy cho người đến làm hồ sơ không"
    assert not shows_its_words("question", text, understand(text, kb=db, settings=SETTINGS))


@pytest.mark.parametrize(
    "text",
    ["Trần Thị Lan", "0912 345 678", "số 12 ngõ 3 đường Lê Lợi", "sáng thứ hai tuần trước ở nhà văn hóa tổ 5"],
)
def test_ordinary_answers_stay_the_steps(db, text):
    assert aside(text, "contact", kb=db, settings=SETTINGS) is None
    assert classifier().beliefs(text)["other"] > 0.5


@pytest.mark.parametrize(
    ("text", "expects"),
    [
        ("Ông Trần Văn B, cán bộ tiếp nhận", "words"),  # the accused, at the step that asks who
        ("Bộ phận một cửa phường, cán bộ Lê Văn C", "words"),  # who decided, at a complaint's step
    ],
)
def test_a_person_named_as_the_answer_is_no_request(db, text, expects):
    """Before: the learned opinion took the denounced officer for a request to meet one."""
    assert aside(text, expects, kb=db, settings=SETTINGS) is None


def test_a_bribe_denounced_is_no_danger(db):
    """Before: "demanded 2 million" at the violation step was taken for a fraud in progress."""
    assert (
        aside("Đòi 2 triệu đồng ngày 15/11/2026, có tin nhắn làm bằng chứng", "words", kb=db, settings=SETTINGS) is None
    )


def test_a_fraud_told_as_a_question_is_danger():
    """Half danger, half question to the classifier ("… giờ phải làm sao?"): with a fraud's demand in
    it and told as happening, danger (before: neither kind was sure enough, nothing was said)."""
    said = "có người gọi bắt chuyển ngay 5 triệu, giờ phải làm sao"
    torn = Classifier([(said, "danger"), (said, "question"), ("Trần An", "other")])
    beliefs = torn.beliefs(said)
    assert beliefs["danger"] < 0.95 and beliefs["question"] < 0.95
    assert learned_kind(said, understand(said), reader=torn) == "danger"


@pytest.mark.parametrize("text", ["thôi để tôi kể thêm", "thôi để em gửi tiếp ảnh", "để sau tôi bổ sung"])
def test_going_on_is_never_a_cancel(text):
    """A classifier sure it cancels ("thôi để…" is how cancels start) is overruled by words of going on."""
    sure = Classifier([(text, "cancel")] * 5 + [("Trần An", "other")])
    assert learned_kind(text, understand(text), reader=sure) is None
