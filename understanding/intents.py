"""What a citizen's message asks for: `understand(text) -> Understanding`.

Rules, tried in order, each a list of folded phrases in `phrases`; every decision can be explained by
the phrase that made it (`Understanding.because`). Short commands (cancel, thanks, greeting) count only
when nothing but filler words surrounds them, so "thôi" cancels but "thôi việc ở phường..." is a story.
Complaint and denunciation carry legal weight: they are only ever suggested (`category_is_legal`), the
conversation asks the citizen to confirm.
"""

import dataclasses
import re

from core.case_rules import is_formal
from understanding import phrases as P
from understanding.codes import DEFAULT_PREFIXES, find_code
from understanding.contact_facts import find_address, find_name, find_phone
from understanding.danger import danger_in, happening
from understanding.fields import suggest_field
from understanding.language import detect_language
from understanding.normalize import clauses, contains, normalize, spoken_marks
from understanding.person import asked_not_missed, talked_already, wants_person
from understanding.scope import accuses_ward_official

INTENTS = ("report", "lookup", "officer", "question", "greeting", "thanks", "cancel", "withdraw", "my_data", "unknown")
STORY_WORDS = 4  # content words (beyond "tôi muốn khiếu nại") that make a message the report's content
WHO_ANSWERS = "asks who answers"  # the `because` of a greeting that asks whether a person writes back
REASON_AFTER_WORDS = 8  # a reason this short after the question ("I work on weekdays.") leaves it a question
THANKED = ("cam on", "thank you", "thanks", "many thanks")  # thanks said in so many words (not "ok", "đã")
THANKS_WORDS = 20  # thanks in a message this short, nothing wrong told, nothing asked, is thanks
SETTLED_WORDS = 10  # after thanks, at most this many words saying the matter is settled ("công an đến rồi")
LONG_MESSAGE_WORDS = 8  # a message this long with no other sign is someone telling what happened
# Questions whose form names the entry that answers them, even told with a matter (understanding/asides.py
# answers them in the story too, its words kept).
SENT_HERE, COUNTS, COSTS = "whether it is sent here", "whether it counts", "whether it costs"
ASKED_BY_FORM = (SENT_HERE, COUNTS, COSTS)
SCOPE_ENTRY = "scope"  # what the page takes: the entry that answers whether a matter may be sent here
LONG_STORY_WORDS = 14  # a message this long is a story even when it ends with a question
CANCEL_WORDS = 16  # a cancel with its reason is this short ("tôi xin phép hủy bỏ, không gửi đơn này nữa")
LONG_CANCEL_WORDS = 40  # a formal letter asking to cancel this request, this long
CANCEL_ASKED = {"muon", "xin", "thoi", "phep", "hay", "please", "to"}  # before a one-word cancel: asked
CANCEL_TOLD = P.NOT_A_REQUEST | {"bi"}  # before a cancel's word, these make it something that happened
CANCEL_REASON_WORDS = 3  # ... and has at most these words of its own reason ("mất thời gian", "bây giờ bận")
MAX_CHARS = 2000  # rules read this much of a message (a 20,000-character paste stays fast)
# "không đăng nhập được", "ko vào dc": something cannot be done, the commonest way a problem is told.
_CANNOT = re.compile(r"\bkhong(?: [a-z0-9]+){1,3} duoc\b")
_WARDS_WORK = re.compile(
    r"\b(?:tiep nhan|nhan|xu ly|giai quyet) (?:cac |nhung )?(?:phan anh|kien nghi|khieu nai|to cao)"
    r"(?:,? (?:kien nghi|khieu nai|to cao))*\b"
)
_BY_THE_WAY = re.compile(r"\bnhan tien(?= (?:cho [a-z]+ |cho |xin )?hoi\b)")
_BECAUSE = re.compile(rf"\b(?:{'|'.join(P.BECAUSE)})\b")
# "đề nghị Quý cơ quan cho biết": asked to be told, a letter's question, no petition (kiến nghị, đề nghị).
_ASKED_TO_TELL = re.compile(
    r"\bde nghi(?: quy co quan| phuong| ubnd phuong| uy ban)? cho (?:toi |em |chung toi )?biet\b"
)
# A person or a law named by the verb ("người bị tố cáo", "Luật Tố cáo"): no report being made.
_NAMED_ROLE = re.compile(r"\b(?:nguoi (?:bi )?|luat )(?:to cao|khieu nai|phan anh|kien nghi)\b")
_NOT_ANY_MORE = re.compile(
    r"\bkhong (?:gui|lam|bao|nop)(?: don| ho so| cai| nay| do| kien nghi| phan anh| khieu nai| to cao| yeu cau"
    r"| qua day| o day| tren nay){1,2} nua\b"  # batch 51: "không gửi qua đây nữa"
)
# A request to cancel this very one, however long the letter around it: "tôi xin phép hủy giùm yêu cầu này".
_CANCEL_THIS = re.compile(
    r"(?:^|\b(?:xin phep|muon|xin|vui long|de nghi|cho (?:toi|em|minh)"
    r"|nho(?: tro ly| admin| em| chi| anh)?)(?: duoc)? )"
    r"huy(?: bo)?(?: gium| giup| dum)?(?: (?:toi|em|minh|chau|ba|bac|chu))?"
    r" (?:(?:yeu cau|don|ho so|phan anh|kien nghi|khieu nai|to cao|cai|ban nhap)(?: cua (?:toi|em|minh))? nay"
    r"|(?:toan bo )?noi dung(?: (?:toi|em|minh))?(?: da| dang)? (?:trinh bay|gui|viet|ke|nhap|soan))\b"
)
# How to send a report or a petition, asked (neither has an entry of its own: sending it is what the bot is
# for): "làm sao để gửi phản ánh", "gửi kiến nghị như thế nào", "How do I make a report?". A complaint's
# and a denunciation's "how" are the base's (how_to_complain, how_to_denounce): what they need is the law's.
_SENT_HERE = r"(?:phan anh|kien nghi|gop y|de xuat|report|suggestion|feedback|petition)"
_HOW_TO_REPORT = re.compile(
    r"^(?:(?:cho )?(?:em|toi|minh|chau|chi|anh|ba|co|chu) )?(?:hoi )?(?:"
    r"(?:muon )?(?:lam sao|lam the nao|the nao|cach nao|bang cach nao) (?:de )?(?:(?:em|toi|minh) )?"
    rf"(?:gui |lam |viet )?{_SENT_HERE}"
    rf"|(?:muon )?(?:gui |lam )?{_SENT_HERE} (?:thi )?(?:nhu the nao|the nao|ra sao|bang cach nao|lam sao|o dau)"
    rf"|how (?:do|can|should) i (?:make|send|submit|file|give|leave)(?: a| an| my| some)? {_SENT_HERE}"
    rf"|how to (?:make|send|submit|file|give)(?: a| an| some)? {_SENT_HERE}"
    r")(?: (?:a|ah|vay|nhi|the|here|o day|qua day|qua page|tren page|tren nay|please|ad|admin|em|chi|anh)){0,3}$"
)
_THANKS_SYMBOLS = re.compile(r"[\U0001F44D\u2764\U0001F64F\U0001F496\U0001F60A]")
# The labels a citizen gives their own contact under, each with the rule that finds it given. An address
# is the citizen's only in a message that also names them ("địa chỉ UBND phường" asks the ward's).
_GIVEN_LABELS = (
    ("so dien thoai", find_phone),
    ("dia chi", lambda text: find_name(text) and find_address(text)),
)


@dataclasses.dataclass
class Understanding:
    intent: str  # one of INTENTS
    category: str | None = None  # feedback | petition | complaint | denunciation, for reports
    category_is_legal: bool = False  # complaint/denunciation: suggested only, ask to confirm
    is_story: bool = False  # the message itself is the report's content
    code: str | None = None  # a ticket code, normalised "AQ-2026-00002"
    forgot_code: bool = False  # "tôi quên mã rồi": list the account's own cases
    own_cases: bool = False  # a look-up without a code ("quên mã", "đơn của tôi đến đâu rồi"): list them
    language: str = "vi"  # "vi" | "en"
    urgent: bool = False
    danger: str | None = None  # "scam" | "people": danger now (understanding/danger.py), advice first
    danger_now: bool = False  # told as happening, not asked about in general: urgent, the officer told
    asks: bool = False  # phrased as a question (a question mark, a question word)
    field: str | None = None  # suggested from the ward's keyword table
    faq: dict | None = None  # the knowledge-base entry, when `kb` was given and one fits
    scope: dict | None = None  # a report out of the page's scope: who handles it (with `kb`)
    accuses_official: bool = False  # denounces a ward official: the Chủ tịch UBND phường resolves it
    because: str = ""  # the rule that decided the intent, for logs and tests


def understand(text, kb=None, prefixes=DEFAULT_PREFIXES, page_id=None, settings=None):
    """Understand one message. `kb`: the database, for the ward's knowledge base and field table
    (None: the seed's field keywords, no FAQ lookup). `prefixes`: the ward codes of ticket codes."""
    text = spoken_marks((text or "")[:MAX_CHARS])
    words = normalize(text)
    found = Understanding(intent="unknown", code=find_code(text, prefixes), language=detect_language(text))
    intent, because = _intent(text, words, found, kb, page_id, settings)
    found.intent, found.because = intent, because
    if found.faq and intent == "question":  # a letter's other questions are answered with the first
        found.faq["also"] = _other_answers(kb, text, found.faq, page_id, settings)
    found.forgot_code = intent == "lookup" and _has(words, P.FORGOT_CODE) is not None
    found.own_cases = intent == "lookup" and not found.code and (found.forgot_code or because == "own case status")
    found.danger = danger_in(text) if intent not in ("cancel", "thanks", "greeting") else None
    found.danger_now = bool(found.danger) and happening(text)
    found.asks = _asks(text, words)
    found.urgent = _has(words, P.URGENT) is not None or any(w in (text or "").lower() for w in P.URGENT_MARKED)
    if intent == "report" or (intent == "question" and because in ("who can help", SENT_HERE)):
        # A problem told to ask who can help is a question, its words kept should it become a report.
        found.is_story = len(_content_words(words)) >= STORY_WORDS and not _only_asks_to_report(text)
    if intent == "report":
        found.accuses_official = accuses_ward_official(text)
        # A story with no category word is suggested as feedback (one tap to change), or, when it
        # accuses an official, as a denunciation (to be confirmed, as every legal one).
        found.category = (
            ("complaint" if found.code and _has(words, P.REOPEN) else None)  # disagrees with a case's outcome
            or _explicit_category(words)
            or ("denunciation" if found.accuses_official else None)
            or ("feedback" if found.is_story or _problem(words) is not None else None)
        )
        found.category_is_legal = is_formal(found.category)
    if intent in ("report", "question"):
        found.field = suggest_field(text, kb, page_id)
    if intent == "report" and kb is not None:
        from understanding.scope import out_of_scope

        found.scope = out_of_scope(kb, text, page_id)
    return found


def _intent(text, words, found, kb, page_id, settings):
    if not words:
        return ("thanks", "a thumbs-up") if _THANKS_SYMBOLS.search(text or "") else ("unknown", "no words")
    # ... unless asked of later, "if": "nếu bây giờ tôi đồng ý mà sau này … thì tôi rút lại có được không" (batch 62)
    if (hit := _has(words, P.WITHDRAW)) is not None and not (_asks(text, words) and _has(words, P.HYPOTHETICAL_WORDS)):
        return "withdraw", hit
    # "xóa thông tin cá nhân của tôi" asks about the citizen's data; "tố cáo cán bộ tiết lộ thông tin cá
    # nhân của tôi" reports someone who misused it.
    if (
        (hit := _has(words, P.MY_DATA)) is not None
        and _has(words, P.DENUNCIATION + P.COMPLAINT) is None
        and _has(words, P.DATA_POLICY_ASKED) is None
    ):
        return "my_data", hit
    if (hit := _has(words, P.FORGOT_CODE)) is not None and not _mat_ma_as_but(words, hit):
        return "lookup", hit
    if (hit := _only(words, P.CANCEL)) is not None:
        return "cancel", hit
    # Before thanks: "cảm ơn, không gửi nữa" thanks as it cancels.
    said = _NOT_ANY_MORE.sub("khong gui nua", words)  # "không gửi đơn này nữa" is "không gửi nữa"
    # ... not when the reason is a person wanted: "thôi không kể với bot nữa, cho em nói chuyện với người thật"
    cancel = _cancel_with_reason(said) or _cancel_beside_reason(text, said)
    if cancel is not None and wants_person(text, settings) is None:
        return "cancel", f"{cancel} (with a reason)"
    if _has(words, P.THANKS) == "cam on" and not _besides(words, P.THANKS + P.THANKED_FORMALLY):
        return "thanks", "cam on"  # "Xin trân trọng cảm ơn Quý cơ quan."
    for intent, phrase_list in (("thanks", P.THANKS), ("greeting", P.GREETING)):
        if (hit := _only(words, phrase_list)) is not None:
            return intent, hit
    if _thanks_as_it_settles(text):
        return "thanks", "cam on (settled)"  # "cam on phuong, cong an khu vuc den roi"
    if _thanks_with_nothing_wrong(text, words):
        return "thanks", "cam on (nothing wrong)"  # "ông cảm ơn các cháu nhé, ông ra nghe thử thì rõ ràng rồi"
    if _only(words, [normalize(m) for m in P.CANCEL_MARKED]) and any(
        m in (text or "").lower() for m in P.CANCEL_MARKED
    ):
        return "cancel", "dừng"
    # A code with a disagreement ("không đồng ý việc đóng hồ sơ, đề nghị mở lại") is a report about
    # that case, never a bare look-up; so is a code quoted inside a story of a problem (the code kept in
    # the story, whether or not it is found).
    if (
        found.code
        and _has(words, P.COMPLAINT) is None
        and _has(words, P.REOPEN) is None
        and not _tells_a_problem(words)
    ):
        return "lookup", found.code
    if not found.code and _own_case_status(words) and _has(words, P.CALL_BACK):  # batch 48's grandmother:
        return "lookup", "own case status"  # "đơn của bà đang ở đâu rồi, bao giờ có người gọi lại": her cases first
    if (asked := _has(words, P.WHO_ANSWERS)) is not None and wants_person(_without(words, (asked,)), settings) is None:
        # ... and what else it asks, if the base answers it: "…, tin nhắn này rốt cuộc ai đọc?" (batch 59)
        # ... or in its own clause, the machine left out: "máy tự trả lời hay có ai ở phường đọc tin nhắn thật"
        others = [c for c in clauses(text, marks=True) if asked not in normalize(c)] + [_without(words, (asked,))]
        found.faq = next((a for c in others if (a := _base_answer(kb, c, page_id, settings))), None)
        return "greeting", WHO_ANSWERS  # "mà cháu là người thật hay là máy trả lời thế": told, a person offered
    hit = _asked_for(words, P.OFFICER) or wants_person(text, settings)
    if hit is not None and talked_already(words, hit):  # "anh nói chuyện với cán bộ xong rồi" (batch 50)
        hit = None
    if hit is not None:
        return "officer", hit
    if found.code and (hit := _has(words, P.REOPEN) or _has(words, P.COMPLAINT)) is not None:
        return "report", hit  # "… hồ sơ AQ-… báo xong rồi?? … chưa xong mà báo xong là sao": asked, yet about it
    if not found.code and _own_case_status(words):
        return "lookup", "own case status"
    if (hit := _has(words, P.LOOKUP)) is not None and _problem(words) is None:
        return "lookup", hit
    return _question_or_report(text, words, found, kb, page_id, settings)


def _mat_ma_as_but(words, hit):
    """ "thẻ căn cước bị mất mà em ko biết…" (batch 64): "mất mà" (lost, but), no code forgotten."""
    return hit == "mat ma" and re.search(rf"\bmat ma (?:{'|'.join(P.SELF_NAMES)}|e)\b", words) is not None


def _question_or_report(text, words, found, kb, page_id, settings):
    """A question the ward's notice may answer, or a report: what happened, even phrased as a question."""
    # A problem's words within one clause: "… có làm việc không, cô muốn mang…" is no "không có" (batch 47)
    by_clause = " . ".join(normalize(c) for c in clauses(text)) or words
    problem, topic = _problem(_without(by_clause, P.ASKER_SLOW)), _asked_topic(text, words)
    if problem is not None and _has(words, P.QUESTION_OPENERS) and _problem(_before_why(words)) is None:
        problem = None  # "cho tôi hỏi số đường dây nóng, vì tôi gõ chậm lắm": the asker's reason, no fault
    # "trang này tiếp nhận phản ánh gì": the ward's work; "danh tính người tố cáo": a person named
    if _only_asks_to_report(text):  # "Can I make a report in English?": yes, by starting it
        return "report", "asks to report"
    if _only_asks_for_english(text):  # "Hello, do you speak English? I'm a teacher…": the welcome, in English
        found.language = "en"
        return "greeting", "asks for English"
    if _HOW_TO_REPORT.match(without_lead_ins(words)):  # "làm sao để gửi phản ánh": by starting it here
        return "report", "asks how to report"
    if _asks(text, words) and _has(words, P.FEES_ASKED):
        asked = text if _has(words, P.QUESTION_OPENERS) else _english_question(text) if found.language == "en" else None
        asked = asked or _first_clause_asking(text, P.FEES_ASKED)  # "ma gửi cái này có tốn phí ko ad, e hs…"
        if asked is not None:  # "cho e hỏi gửi phản ánh … có mất phí j ko ạ", "… Do I need to pay any fee…?"
            found.faq = _base_answer(kb, asked, page_id, settings)
            return "question", COSTS
    if problem is None and _asks(text, words) and _has(words, P.COUNTS_ASKED) is not None:
        found.faq = _base_answer(kb, text, page_id, settings)  # "khiếu nại gửi qua facebook có được tính không"
        return "question", COUNTS
    if _asks(text, words) and _has(words, P.SENT_HERE_ASKED) is not None:
        # "sóng 4g yếu thì có được gửi ở đây không": what the page takes is the scope entry's, however
        # the matter is named ("kiến nghị về hoạt động khoa học cho trẻ con… hay chỉ mạng internet")
        found.faq = _base_answer(kb, text, page_id, settings) or _entry(kb, SCOPE_ENTRY, page_id, settings)
        return "question", SENT_HERE
    verb = _has(_ASKED_TO_TELL.sub("", _NAMED_ROLE.sub("", _WARDS_WORK.sub("", words))), P.REPORT_VERBS)
    asks_in_english = found.language == "en" and _english_asking(text, words)
    if asks_in_english:
        verb = None  # "How long does it take to reply to a report like this?": a noun
    # "… tố cáo thế này thì nó có biết tên bác ko, bác sợ nó đến nhà lắm": what follows the act, asked first
    asked_then = bool(verb) and _verb_then(words, verb) and _first_clause_asks(text)
    act_then = bool(verb) and _verb_then(words, verb)  # "muốn khiếu nại thì làm sao" asks how
    if act_then and _has(words, P.QUESTION_OPENERS) and _asks(text, words):
        verb = None  # "cho tôi hỏi cái là khiếu nại thì có phải lên phường ký đơn không": asks how
    if verb and _asks(text, words) and _act_asked_about(words):
        verb = None  # "cho tôi hỏi: khiếu nại bằng tin nhắn như thế này đã có giá trị chưa" (batch 49)
    verb = None if asked_then else verb
    asks = _asks(text, words) or asked_then
    says_report = _has(words, P.FIRST_PERSON_REPORT) is not None and topic is None and not act_then
    # "cho em hỏi ..." with no problem told stays a question however long it is.
    opens_as_question = problem is None and verb is None and _has(words, P.QUESTION_OPENERS) is not None
    # Two questions and nothing told wrong are questions, however long ("who will read my report? Is
    # there an officer in charge of this page?").
    ends_asking = (text or "").rstrip().endswith("?") or _short_reason_after_question(text)
    english_question = asks_in_english and ends_asking
    questions = problem is None and ((text or "").count("?") >= 2 or english_question)
    told = without_lead_ins(words)  # "à mà phường có biết chỗ nào sửa ti vi uy tín gần đây không": 12 words asked
    story = (
        len(told.split()) >= LONG_STORY_WORDS and topic is None and not opens_as_question and not questions
    ) and not asked_then
    if without_lead_ins(words).startswith(P.WARD_ASKED_TO) and _has(words, P.QUESTION_OPENERS + ("cho biet",)) is None:
        return "report", "the ward asked to act"  # "đề nghị phường mở lớp…, nhiều người … không biết học chỗ nào"
    if asks and _after_opening(words).startswith(P.HYPOTHETICAL):  # "nếu em tố cáo thì có bị lộ danh tính không"
        found.faq = _base_answer(kb, text, page_id, settings)
        return "question", "if"
    if (asked_if := _if_asked_after_opening(text)) is not None:  # "Quick question before I report. If I…?"
        found.faq = _base_answer(kb, asked_if, page_id, settings)
        return "question", "if"
    if problem is not None and not says_report and _has(words, P.WHO_CAN_HELP) is not None:
        found.faq = _base_answer(kb, text, page_id, settings, half_held=False)
        return "question", "who can help"
    # "cho chị hỏi t7 cn phường có nhận phản ánh ko e, chị bận tiệm cả tuần": opened as a question, it
    # asks, though its question word is not last; the clause that asks is what the base answers.
    asks = asks or opens_as_question
    if problem is None and not story and not says_report and (asks or (topic and verb is None)):
        found.faq = _base_answer(kb, text, page_id, settings) or (
            _question_beside_reason(kb, text, page_id, settings) if opens_as_question else None
        )
        if found.faq or topic or verb is None:
            return "question", (found.faq or {}).get("key") or topic or "a question"
    # Long, yet nothing told wrong and no report made: what it asks for, if the base answers it ("cháu ơi
    # thế bà gửi cái này lên thì bao nhiêu lâu mới có người trả lời cho bà hả cháu", batch 44); not a
    # rhetorical "vậy online để làm gì"
    if story and problem is None and verb is None and not says_report and _has(words, P.ASKS_WHAT) is not None:
        found.faq = _base_answer(kb, text, page_id, settings)
        if found.faq:
            return "question", found.faq.get("key") or "a question"
    if (
        problem is not None  # only a "không ... được", the citizen's own (a fault was told above otherwise)
        and verb is None
        and not says_report
        and asks
        and (faq := _question_beside_reason(kb, text, page_id, settings))
    ):
        found.faq = faq
        return "question", faq.get("key") or "a question"
    if verb is None and problem is None and asks and (faq := _question_inside(kb, text, words, page_id, settings)):
        found.faq = faq  # "phường làm việc mấy giờ, để bà ra tận nơi hỏi": asked, and why
        return "question", faq.get("key") or "a question"
    if problem is None and not says_report and (faq := _last_clause_answer(kb, text, page_id, settings)):
        found.faq = faq  # "mai ông ra tận phường trình bày, phường làm việc từ mấy giờ cháu" (batch 47)
        return "question", faq.get("key") or "a question"
    if verb is not None or problem is not None:
        return "report", verb or problem
    if len(words.split()) >= LONG_MESSAGE_WORDS:
        return "report", "a long message"
    return ("question", "a question") if asks else ("unknown", "no rule")


def _last_clause_answer(kb, text, page_id, settings):
    """The base's answer to the last of several clauses, when it asks: a plan told, then what it needs."""
    said = clauses(text, marks=True)
    if kb is None or len(said) < 2:
        return None
    from understanding.knowledge import answer_exactly

    # the last clause, or one ending in "?" ("… card's frozen now. What hours is your office open? Reckon
    # I'll pop in…", batch 47), that asks for something ("vậy online để làm gì" is rhetorical)
    asked = [c for c in said[:-1] if c.rstrip().endswith("?")] + said[-1:]
    for clause in asked:
        words = normalize(clause)
        asks_what = _has(words, P.ASKS_WHAT) is not None or words.split()[:1] == ["what"]
        if _asks(clause, words) and asks_what and (entry := answer_exactly(kb, clause, page_id, settings, whole=True)):
            return entry
    return None


def _first_clause_asks(text):
    """Whether the first of several clauses asks (its question word last): what follows is why, or a
    feeling; or the only one does ("mà tố cáo ở đây thì người bị tố cáo có biết tên tôi không?", batch 57)."""
    said = clauses(text)
    return bool(said) and _asks(said[0], normalize(said[0]))


def _first_clause_asking(text, phrase_list):
    """The message's first clause, when it asks with one of `phrase_list` ("… có tốn phí ko ad"); else None."""
    first = (clauses(text) or [""])[0]
    words = normalize(first)
    return first if _has(words, phrase_list) is not None and _asks(first, words) else None


def _verb_then(words, verb):
    """ "khiếu nại thì…", "tố cáo xong thì…": what follows the act asked about."""
    # "bác tố cáo thế này thì nó có biết tên bác không" (batch 46); "muốn tố cáo một người thì phải làm
    # thế nào" (batch 48): whom, then what follows
    between = ("", " xong", " roi", " the nay", " nhu vay", " mot nguoi", " mot can bo", " ai do", " nguoi khac")
    # ... or where: "mà tố cáo ở đây thì người bị tố cáo có biết tên tôi không?" (batch 57)
    between += (" o day", " tren nay", " qua day", " qua trang nay", " o trang nay", " qua messenger")
    between += (" nay", " nhu nay", " cua toi")  # "cái đơn khiếu nại này thì bao nhiêu lâu…" (batch 58)
    return any(contains(words, f"{verb}{said} thi") for said in between)


def _short_reason_after_question(text):
    """A question, then a short reason with no problem in it: "… or on a Saturday morning? I work on
    weekdays." (batch 50)."""
    asked, mark, after = (text or "").rpartition("?")
    said = normalize(after)
    return bool(mark and asked.strip()) and len(said.split()) <= REASON_AFTER_WORDS and _problem(said) is None


def _act_asked_about(words):
    """An act named right after "cho tôi hỏi" (its subject, no one doing it), or after "cái", "là", "về"
    ("cho tôi hỏi cái kiến nghị là như thế nào", batch 53): what the question is about."""
    said = f" {words} "
    opened = [opener for opener in P.QUESTION_OPENERS if f" {opener} " in said]
    # ... or the act a topic, "về" it, further on: "cho tôi hỏi, ở Hải Phòng có luật sư nào giỏi về khiếu nại
    # hành chính không" (batch 57)
    return bool(opened) and any(
        f" {opener} {between}{verb} " in said or f" ve {verb} " in said
        for opener in opened
        for between in ("", "cai ", "la ", "ve ")
        for verb in P.REPORT_VERBS
    )


def _english_asking(text, words):
    """An English question word opens the message, or its first clause past an aside's opener ("Quick
    question before I go on: how many days does the ward have to…?")."""
    from understanding.knowledge import first_asking_clause

    if words.split()[0] in P.ENGLISH_ASKING:
        return True
    clause = first_asking_clause(text)
    said = normalize(clause).split()
    while said[1:] and said[0] in P.ENGLISH_BEFORE_ASKING:  # "roughly how many days…" (batch 60)
        said.pop(0)
    return clause.endswith("?") and bool(said) and said[0] in P.ENGLISH_ASKING


_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def _english_question(text):
    """The sentence of an English message that asks ("Do I need to pay any fee…?"), or None."""
    for sentence in _SENTENCES.split((text or "").strip()):
        first = normalize(sentence).split()[:1]
        if sentence.rstrip().endswith("?") and first and first[0] in P.ENGLISH_ASKING:
            return sentence
    return None


def _if_asked_after_opening(text):
    """The sentence that asks on a condition ("If I report a ward employee…, will he be told my name?")
    after sentences that tell nothing wrong ("Hello, quick question before I report anything."), or None."""
    sentences = [s for s in _SENTENCES.split((text or "").strip()) if s.strip()]
    for n, sentence in enumerate(sentences[1:], start=1):
        asked = without_lead_ins(normalize(sentence))
        if sentence.rstrip().endswith("?") and f"{asked} ".startswith(P.HYPOTHETICAL):
            before = normalize(" ".join(sentences[:n]))
            return sentence if _problem(before) is None else None
    return None


def without_lead_ins(words):
    """`words` without what leads into a question: particles, whom it is said to, "à mà", "dạ", "thưa"."""
    split = words.split()
    while split and (
        split[0] in P.PARTICLES or split[0] in P.VOCATIVES or split[0] in P.QUESTION_LEAD_INS or split[0] in P.GREETING
    ):  # "hi ad, cho em hỏi chút, nếu…"
        split.pop(0)
    return " ".join(split)


def _after_opening(words):
    """The words after how a question is opened: "dạ", "ad ơi", "cho em hỏi trước", "à mà cho hỏi chút".
    What follows is what is asked ("Dạ cho em hỏi trước, nếu em tố cáo thì…" asks "if")."""
    said = without_lead_ins(words)
    opener = next((o for o in P.QUESTION_OPENERS if said.startswith(f"{o} ")), None)
    if opener is None:
        return said
    rest = said[len(opener) :].split()
    while rest and rest[0] in P.QUESTION_OPENER_TAILS:
        rest.pop(0)
    return " ".join(rest)


def _without(words, phrase_list):
    """`words` with each phrase of the list taken out."""
    said = f" {words} "
    for phrase in phrase_list:
        said = said.replace(f" {phrase} ", " ")
    return said.strip()


def _entry(kb, key, page_id, settings):
    """The ward's approved entry `key`, only when there is a knowledge base to ask."""
    if kb is None:
        return None
    from understanding.knowledge import approved_entry

    return approved_entry(kb, key, page_id, settings)


def _base_answer(kb, text, page_id, settings, half_held=True):
    """The ward's approved answer to `text`, only when there is a knowledge base to ask."""
    if kb is None:
        return None
    from understanding.knowledge import answer

    return answer(kb, text, page_id, settings, half_held)


def _other_answers(kb, text, first, page_id, settings):
    from understanding.knowledge import other_questions

    return other_questions(kb, text, first, page_id, settings)


def _before_why(words):
    """The words before "vì", "bởi vì", "because": why it is asked is not what is asked."""
    return _BECAUSE.split(words, maxsplit=1)[0]


def _question_inside(kb, text, words, page_id, settings):
    """The base's answer to the question inside a message that tells nothing wrong: before why it is
    asked ("… mấy giờ, để bà ra tận nơi hỏi"), or its clause that asks ("Quick one before I go on, mate
    - is the ward office open on Saturdays?"); without a "?", only a clause that opens the message
    ("phường làm việc mấy h tới mấy h vậy, a chiều mới rảnh")."""
    if kb is None:
        return None
    from understanding.knowledge import answer, answer_exactly, first_asking_clause, question_before_why, question_parts

    # "?" or a question word closing it ("… những lĩnh vực gì thế cháu"): the whole is asked, however long,
    # and the question inside it; not a grievance's closing "vậy online để làm gì"
    rhetorical = any(words.endswith(end) for end in P.RHETORICAL_ENDS)
    if (text or "").rstrip().endswith("?") or (last_word(words) in P.QUESTION_ENDINGS and not rhetorical):
        return answer(kb, text, page_id, settings)
    # The first clause that says more than hello or "before I go on" ("G'day! Reckon you could tell me…").
    first = first_asking_clause(text).strip(" ,.;:!?-")
    parts = [question_before_why(text)] + [c for c in question_parts(text)[1:] if c.strip(" ,.;:!?-") == first]
    return next((faq for p in parts if p and (faq := answer_exactly(kb, p, page_id, settings))), None)


def _question_beside_reason(kb, text, page_id, settings):
    """ "chủ nhật phường có làm việc không, ngày thường em đi ca không lên được": a clause the base
    answers, beside the reason it is asked. Only when no part tells a fault ("hỏng", "lỗi"), and the
    answered clause has no "không ... được" of its own ("web ko vào dc?" is a problem, asked)."""
    if kb is None or _has(normalize(text), P.PROBLEM) is not None:
        return None
    from understanding.knowledge import answer_exactly, question_parts

    for part in question_parts(text)[1:]:
        if _problem(normalize(part)) is None and (faq := answer_exactly(kb, part, page_id, settings)):
            return faq
    return None


def _tells_a_problem(words):
    return len(words.split()) >= LONG_STORY_WORDS and _problem(words) is not None


def _own_case_status(words):
    """ "Đơn khiếu nại của tôi gửi từ tháng trước giờ đang ở bước nào rồi?": where something the
    citizen sent stands, not a new report."""
    return (
        _has(words, P.STATUS_ASK) is not None
        and _has(words, P.OWN_SUBMISSION) is not None
        and _has(words, P.WANTS_NEW_REPORT) is None
    )


def _asked_topic(text, words):
    """A topic the message asks about. The label of a contact fact the message gives ("số điện thoại
    0987…", "địa chỉ số 5 ngõ 8…") tells the citizen's own, and asks nothing."""
    for label, given in _GIVEN_LABELS:
        if given(text):
            words = re.sub(rf"(?<!\S){label}(?!\S)", " ", words)
    return _has(words, P.QUESTION_TOPICS)


def _problem(words):
    """A word saying something went wrong. "trả lời" (answer) folds to "tra loi", whose "loi" would
    read as "lỗi" (error): it is joined first, and so are "xin lỗi" (sorry), "yêu cầu" (a request) and
    "bắt đầu" (to start), whose "bắt" is "made to"."""
    words = words.replace("tra loi", "traloi").replace("xin loi", "xinloi").replace("bat dau", "batdau")
    words = words.replace("bat buoc", "batbuoc")  # "bắt buộc phải nộp đơn" (must), not "bắt" (made to)
    words = words.replace("yeu cau", "yeucau")  # "yêu cầu" (a request), not "yếu" (weak)
    words = words.replace("tru dap", "trudap")  # "trù dập" (retaliation feared), not "bị trừ" (deducted)
    words = words.replace("giay to", "giayto")  # "mang giấy tờ qua" (papers), not "to quá" (too loud)
    words = _BY_THE_WAY.sub("", words)  # "nhân tiện cho tôi hỏi" (by the way), not "nhận tiền" (money)
    cannot = _CANNOT.search(words)
    return _has(words, P.PROBLEM) or (cannot.group(0) if cannot else None)


_GOODBYE = re.compile(rf"\bthoi (?:(?:{'|'.join(P.SELF_NAMES)}) )?chao\b")
# Two things offered to choose from, last: "giá xăng tuần này tăng hay giảm thế" (batch 49)
_EITHER_ASKED = re.compile(r"\b([a-z]+) hay ([a-z]+) (?:the|vay|nhi|ha|a|khong|ko)$")


def either_asked(words):
    """The two things a message ends asking to choose from ("tăng", "giảm"), or None."""
    found = _EITHER_ASKED.search(words)
    return found.groups() if found else None


def _asks(text, words):
    if "?" in (text or "") or _has(words, P.QUESTION) is not None or _EITHER_ASKED.search(words):
        return True
    return last_word(_FEELING_AFTER.sub("", words)) in P.QUESTION_ENDINGS


# "… có biết là bà đi tố không, bà sợ lắm": how the asker feels, after the question
_FEELING_AFTER = re.compile(
    rf"(?: (?:{'|'.join(P.SELF_WORDS_FOLDED)}))? (?:{'|'.join(P.FEELINGS)}) (?:lam|qua|that|ghe)(?: a)?$"
)


def last_word(words):
    """The last word before the polite particles and the name of whom it is said to ("... ko chị")."""
    meaningful = [w for w in words.split() if w not in P.PARTICLES]
    while len(meaningful) > 1 and meaningful[-1] in P.VOCATIVES:
        meaningful.pop()
    return meaningful[-1] if meaningful else ""


def _explicit_category(words):
    """The category the citizen's own words name, or None."""
    for category, phrase_list in (
        ("denunciation", P.DENUNCIATION),
        ("complaint", P.COMPLAINT),
        ("petition", P.PETITION),
        ("feedback", P.FEEDBACK),
    ):
        if _has(words, phrase_list) is not None:
            return category
    return None


def _only_asks_to_report(text):
    """Whether every clause only greets, says who is writing or asks to make a report, and one asks it:
    "I'm a nurse living here in the ward. Can I make a report in English?" tells nothing yet."""
    return _only_introduces(text, _asks_only_to_report, also=_asks_for_english)


def _asks_for_english(clause):
    return _has(clause, P.ENGLISH_ASKED) is not None


def _only_asks_for_english(text):
    """ "Hello, do you speak English? I'm a teacher from Australia and I just moved into the ward.": a
    greeting, whether English will do, who is writing; nothing told yet."""
    return _only_introduces(text, _asks_for_english)


def _only_introduces(text, asking, also=lambda clause: False):
    """Whether every clause only greets, says who is writing or is what `asking` says, and one is; a
    clause that is what `also` says may be there too ("Can we do this in English please?")."""
    said = [(normalize(c), c.rstrip().endswith(",")) for c in clauses(text, marks=True)]
    asks = [c for c, _comma in said if asking(c)]
    if not asks or _problem(_without(normalize(text), P.ENGLISH_ASKED)) is not None:  # "can't read Vietnamese"
        return False
    introduced = False
    for clause, comma in said:
        intro = (_has(clause, P.SELF_INTRODUCED) is not None and _has(clause, P.AND_THEN) is None) or (
            introduced and _apposition(clause)
        )  # "I live in the ward and my internet has been down": then something happened
        if not (clause in asks or intro or also(clause) or _only(clause, P.GREETING + P.SIGN_OFFS)):
            return False
        introduced = intro and comma
    return True


def _without(words, phrase_list):
    for phrase in phrase_list:
        words = f" {words} ".replace(f" {phrase} ", " ").strip()
    return words


def _apposition(clause):
    """Who the writer is, said after their name and a comma ("I am Mr. Park, manager of a garment factory
    in this ward"): a short clause with no one of its own doing anything ("my neighbour…", "nhà tôi…")."""
    words = clause.split()
    return 0 < len(words) <= P.APPOSITION_MAX_WORDS and not set(words) & P.SUBJECT_PRONOUNS


def _asks_only_to_report(clause):
    phrase = _has(clause, P.ASKS_TO_REPORT)
    return phrase is not None and set(f" {clause} ".split(f" {phrase} ", 1)[-1].split()) <= P.ASK_TAIL


def _content_words(words):
    return [w for w in words.split() if w not in P.INTRO]


def _has(words, phrase_list):
    """The first phrase of the list that occurs in `words`, or None."""
    return next((p for p in phrase_list if contains(words, p)), None)


def _asked_for(words, phrase_list):
    """As `_has`, for a person asked for, not told missing ("không có ai trực, cửa khóa")."""
    return next((p for p in phrase_list if asked_not_missed(words, p)), None)


def _thanks_with_nothing_wrong(text, words):
    """Thanks said in so many words, in a short message that tells no problem, asks nothing and wants no
    person: "ok mình hiểu rồi, cảm ơn anh Tú với phường nhiều nha. chào bạn nhé", "ông cảm ơn các cháu ở
    phường nhé, ông ra nghe thử thì rõ ràng rồi" (batch 52: before, a report, or "more for that case, or
    new?")."""
    if _has(words, THANKED) is None or len(words.split()) > THANKS_WORDS:
        return False
    said = _GOODBYE.sub("chao", words)  # "thôi em chào nha" takes leave, cancels nothing
    asked_for = _asked_for(words, P.OFFICER) or wants_person(text)  # "ok thank you, I wait here" for a person
    return _problem(words) is None and not _asks(text, words) and _has(said, P.CANCEL) is None and not asked_for


def _thanks_as_it_settles(text):
    """Thanks first, then a few words that the matter is settled or help came ("cảm ơn phường, công an
    khu vực đến rồi", batch 44), or those words first and the thanks last ("được rồi, có cán bộ gọi lại
    cho tôi rồi, cảm ơn", batch 57): nothing to file, nothing asked."""
    said = clauses(text)
    if len(said) < 2:
        return False
    if _only(normalize(said[-1]), P.THANKS, set(P.THANKED_FORMALLY)) is not None:
        said = said[-1:] + said[:-1]
    if _only(normalize(said[0]), P.THANKS, set(P.THANKED_FORMALLY)) is None:
        return False
    rest = normalize(" ".join(said[1:]))
    return len(rest.split()) <= SETTLED_WORDS and _has(rest, P.SETTLED) is not None and _problem(rest) is None


def _only(words, phrase_list, also=frozenset()):
    """The first phrase found, when `words` holds only phrases of the list and filler words (or `also`)."""
    hit = _has(words, phrase_list)
    if hit is None:
        return None
    return None if _besides(words, phrase_list, also) else hit


def _besides(words, phrase_list, also=frozenset()):
    """The words of `words` outside the phrases of the list, the filler words and `also`."""
    rest = f" {words} "
    for phrase in sorted(phrase_list, key=len, reverse=True):
        rest = rest.replace(f" {phrase} ", " ").replace(f" {phrase} ", " ")
    return [w for w in rest.split() if w not in P.FILLER and w not in also]


def _cancel_with_reason(words):
    """Cancel said with a reason in words of its own ("hủy giùm cái, không làm nữa, mất thời gian quá",
    "thôi để sau đi chị, bây giờ em bận quá"): a strong cancel phrase in a short message with no number
    (a phone, an address), and besides the cancel's own words a few that tell no problem."""
    if len(words.split()) <= LONG_CANCEL_WORDS and _CANCEL_THIS.search(words):  # "xin phép hủy yêu cầu này"
        return "huy"
    if (hit := _only(words, P.CANCEL_STRONG, also=P.CANCEL_TAIL)) is not None:
        return hit
    if len(words.split()) > CANCEL_WORDS or any(c.isdigit() for c in words):
        return None
    reason = _besides(words, P.CANCEL_STRONG, P.CANCEL_TAIL)
    if len(reason) > CANCEL_REASON_WORDS or _problem(" ".join(reason)) is not None:
        return None
    said = [p for p in P.CANCEL_STRONG if p not in P.CANCEL_WITHOUT_REASON and contains(words, p)]
    return next((p for p in said if _asked_to_cancel(words, p)), None)


def _cancel_beside_reason(text, words):
    """Words that only cancel, opening or closing the message, and beside them why, in a message that
    tells no problem ("thôi khỏi cháu ạ, để bà nhờ thằng con nó làm cho, không gửi nữa", "thôi để sau đi
    em hủy giùm chị cái này chị đang nấu dở nồi canh"), with or without its commas."""
    split = words.split()
    problem = _problem(words) is not None and _has(words, P.SOLVED) is None  # "… bật lại là chạy dc r"
    if len(split) > LONG_CANCEL_WORDS or problem or any(c.isdigit() for c in words):
        return None
    strong = [p for p in P.CANCEL_STRONG if p not in P.CANCEL_WITHOUT_REASON]  # "thôi để sau": "để sau"
    for size in range(len(split) - 1, 1, -1):
        for part in (" ".join(split[:size]), " ".join(split[-size:])):
            hit = _only(part, strong, also=P.CANCEL_TAIL)
            if hit is not None and _asked_to_cancel(part, hit):
                return hit
    return None


def _asked_to_cancel(words, phrase):
    """Whether `phrase` asks: not told ("phường đã hủy hồ sơ này"), and a one-word "hủy" goes with a
    cancel's word ("hủy giùm", "cancel please") or follows a request ("em muốn hủy"), not "đường nước
    hủy", "hủy lịch tiêm của con tôi rồi"."""
    before, _, after = f" {words} ".partition(f" {phrase} ")
    if set(before.split()[-1:]) & CANCEL_TOLD or before.split()[-2:] == ["de", "nghi"]:
        return False  # told ("đã hủy"), or a complaint's request ("đề nghị hủy bỏ quyết định")
    if " " in phrase:
        return True
    following, preceding = after.split()[:1], before.split()[-1:]
    if preceding and preceding[0] in CANCEL_ASKED:  # "em muốn hủy", "thôi hủy", "xin phép hủy"
        return True
    return bool(following and (following[0] in P.CANCEL_TAIL or following[0] in P.FILLER))
