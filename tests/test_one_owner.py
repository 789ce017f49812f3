"""One owner per rule: the categories, fields and statuses, and who is protected, live in
core/case_rules.py, and no other module of the tree holds a literal copy of them.

A copy is a tuple, list or set holding two or more of the statuses (or categories, or fields), an
SQL string or a template line naming two or more of them as values, or protection decided by
comparing a category with the protected one instead of asking `core.case_rules.is_protected`.
A word list of what citizens write (understanding/phrases.py: "khieu nai", "complaint",
"petition") is not a copy even where its English words are the names: a list holding a phrase of
two or more words is what people say, not a list of rule names.
Each is reported with its file and line. The checks run over every module and template but
tests/ and the owner itself.
"""

import ast
import pathlib
import re

import pytest

from core import case_rules

ROOT = pathlib.Path(__file__).resolve().parent.parent
OWNER = pathlib.Path("core/case_rules.py")
KINDS = {
    "statuses": set(case_rules.STATUSES),
    "categories": set(case_rules.CATEGORIES),
    "fields": set(case_rules.FIELDS),
}
PROTECTED = "denunciation"
# Comparisons with the protected category that decide something other than protection, by function.
NOT_PROTECTION = {"is_denunciation": "bot/flow.py: the form asks who is denounced"}
_SQL_VALUE = re.compile(r"'([a-z_]+)'")
_TEMPLATE_VALUE = re.compile(r"""['"]([a-z_]+)['"]""")


def source_files(root=ROOT, pattern="*.py"):
    """The tree's files matching `pattern`, relative to `root`, but tests/, the owner and what is not ours."""
    tops = [
        p for p in sorted(root.iterdir()) if p.name not in ("tests", "build", "data") and not p.name.startswith(".")
    ]
    for top in tops:
        for path in [top] if top.is_file() else sorted(top.rglob(pattern)):
            rel = path.relative_to(root)
            if path.match(pattern) and rel != OWNER:
                yield rel


def _strings(node):
    return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _is_word_list(values):
    """What citizens write: phrases of several words beside the single ones, never rule names."""
    return any(" " in value.strip() for value in values)


def _many(values):
    """The kinds of which `values` holds two or more names."""
    return [kind for kind, names in KINDS.items() if len(names & set(values)) >= 2]


def _sql_copies(node):
    """Copies in one string: each reported at the line (of a long SQL script) where it is written."""
    found = []
    for number, line in enumerate(node.value.splitlines(), node.lineno):
        values = _SQL_VALUE.findall(line)
        found += [(number, f"SQL naming {kind}") for kind in _many(values)]
        if PROTECTED in values:
            found.append((number, "SQL deciding who is protected (use protected_sql)"))
    return found


def _compares_outside_allowed(tree):
    allowed = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name in NOT_PROTECTION
        for inner in ast.walk(node)
    }
    return [node for node in ast.walk(tree) if isinstance(node, ast.Compare) and id(node) not in allowed]


def copies_in(text):
    """(line, what) for each stray copy in one module's source."""
    tree = ast.parse(text)
    found = []
    for node in _compares_outside_allowed(tree):
        operands = [node.left, *node.comparators]
        if any(isinstance(o, ast.Constant) and o.value == PROTECTED for o in operands):
            found.append((node.lineno, "a comparison deciding who is protected (use is_protected)"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            strings = _strings(node)
            if not _is_word_list(strings):
                found += [(node.lineno, f"a literal list of {kind}") for kind in _many(strings)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += _sql_copies(node)
    return sorted(found)


def template_copies_in(text):
    """(line, what) for each template line naming two or more statuses (categories, fields)."""
    return [
        (number, f"a template naming {kind}")
        for number, line in enumerate(text.splitlines(), 1)
        for kind in _many(_TEMPLATE_VALUE.findall(line))
    ]


def stray_copies(root=ROOT):
    found = [(rel, copies_in) for rel in source_files(root)]
    found += [(rel, template_copies_in) for rel in source_files(root, "*.html")]
    return [
        f"{rel}:{line}: {what}"
        for rel, check in found
        for line, what in check((root / rel).read_text(encoding="utf-8"))
    ]


def test_no_module_but_the_owner_holds_a_copy_of_the_rules():
    assert stray_copies() == []


@pytest.mark.parametrize(
    "planted, what",
    [
        ("OPEN = ('new', 'accepted', 'in_progress')\n", "a literal list of statuses"),
        ("FORMAL = ['complaint', 'denunciation']\n", "a literal list of categories"),
        ("KINDS = {'science', 'technology'}\n", "a literal list of fields"),
        ("SQL = \"SELECT * FROM reports WHERE status IN ('new', 'accepted')\"\n", "SQL naming statuses"),
        ("SQL = \"SELECT 1 WHERE category = 'denunciation'\"\n", "SQL deciding who is protected"),
        ('hidden = lambda r: r["category"] == "denunciation"\n', "a comparison deciding who is protected"),
    ],
)
def test_the_check_names_file_and_line_of_a_planted_copy(tmp_path, planted, what):
    (tmp_path / "casework").mkdir()
    (tmp_path / "casework" / "ok.py").write_text("from core.case_rules import OPEN_STATUSES\n", encoding="utf-8")
    (tmp_path / "casework" / "planted.py").write_text('"""A module."""\n\n' + planted, encoding="utf-8")
    (found,) = stray_copies(tmp_path)
    assert found.startswith("casework/planted.py:3: " + what)


def test_the_check_reads_templates_too(tmp_path):
    (tmp_path / "console").mkdir()
    (tmp_path / "console" / "case.html").write_text(
        "<p>Khiếu nại, tố cáo</p>\n{% if case.category in ('complaint', 'denunciation') %}x{% endif %}\n",
        encoding="utf-8",
    )
    assert stray_copies(tmp_path) == ["console/case.html:2: a template naming categories"]


def test_prose_and_single_names_are_not_copies():
    text = (
        '"""Complaint and denunciation files are official records; new, accepted and resolved."""\n'
        'STATUS = "resolved"\n'
        "NAMES = {'complaint': 'Khiếu nại', 'denunciation': 'Tố cáo'}\n"
        "SQL = \"UPDATE reports SET status = 'new'\"\n"
        "REPORT_WORDS = ('khieu nai', 'phan anh', 'complaint', 'petition')\n"
    )
    assert copies_in(text) == []


def test_sql_from_the_owner_matches_the_list():
    assert case_rules.sql_list(case_rules.OPEN_STATUSES) == "('new', 'accepted', 'in_progress')"
    assert case_rules.protected_sql("r") == "(r.protected = 1 OR r.category = 'denunciation')"
    assert case_rules.protecting_category_sql("new.category") == "new.category = 'denunciation'"
    with pytest.raises(ValueError):
        case_rules.sql_list(["new'); DROP TABLE reports; --"])
