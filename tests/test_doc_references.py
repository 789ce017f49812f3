"""What the prose points at is something a reader has: no tracker numbers in any .py file, and every
path, module and name the comments, docstrings and docs cite exists (tools/doc_references.py)."""

import importlib.util
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIPPED = {".venv", ".git", "build", "data", "__pycache__"}
# "issue" or "issues", then a number (with or without "#", on the next line too): a tracker's number
# says nothing to a reader who does not have that tracker; a comment says why in its own words.
TRACKER_NUMBER = re.compile(r"\bissues?\s*#?\d+", re.IGNORECASE)


def python_files(root=ROOT):
    for path in sorted(root.rglob("*.py")):
        if not SKIPPED & set(path.relative_to(root).parts):
            yield path


def tracker_numbers(root=ROOT):
    found = []
    for path in python_files(root):
        text = path.read_text(encoding="utf-8")
        for match in TRACKER_NUMBER.finditer(text):
            found.append(f"{path.relative_to(root)}:{text.count(chr(10), 0, match.start()) + 1}: {match.group()}")
    return found


def test_no_python_file_names_an_issue_by_its_number():
    assert tracker_numbers() == []


def test_the_check_finds_a_planted_issue_number(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text(
        '"""Fine."""\n\nx = 1  # see ISSUE' + " 15, point 7\n" + '"""issue' + '\n17"""\n', encoding="utf-8"
    )
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "made_at_run_time.py").write_text("# issue" + " 3\n", encoding="utf-8")
    assert tracker_numbers(tmp_path) == ["pkg/mod.py:3: ISSUE" + " 15", "pkg/mod.py:4: issue" + "\n17"]


spec = importlib.util.spec_from_file_location("doc_references", ROOT / "tools" / "doc_references.py")
doc_references = importlib.util.module_from_spec(spec)
spec.loader.exec_module(doc_references)


def test_every_path_module_and_name_the_docs_cite_exists():
    assert doc_references.wrong_references() == []


@pytest.mark.parametrize(
    "moved",
    ["bot/pages.py", "bot/safe_fetch.py", "duty/…", "duty/", "privacy/erasure.py", "console/window.py", "bench/README"],
)
def test_the_check_sees_each_path_that_once_moved(moved):
    tree = doc_references.Tree()
    text = f"Written in bot/flow.py and `core.folding.fold`, see {moved}, then docs/conversation.md."
    assert [ref for _, ref in doc_references._wrong_in(text, tree, "")] == [moved]


def write(root, path, text):
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_the_check_finds_what_was_planted_and_nothing_else(tmp_path):
    write(tmp_path, "pkg/__init__.py", '"""The package: mod.py, and `pkg.mod.real`."""\n')
    write(
        tmp_path,
        "pkg/mod.py",
        'def real():\n    """Calls pkg/gone.py."""\n\n\nx = 1  # `pkg.mod.unreal`, pkg/mod.py: real()\n',
    )
    write(tmp_path, "docs/guide.md", "# Guide\n\n## Đăng nhập\n\n![the inbox](img/inbox.png) [in](#đăng-nhập)\n")
    write(tmp_path, "docs/img/inbox.png", "")
    write(
        tmp_path,
        "README.md",
        "See [the guide](docs/guide.md#đăng-nhập), [a section](docs/guide.md#nowhere), "
        "![gone](docs/img/gone.png), `data/bot.db` (made at run time), pkg/ and pkg/gone/.\n",
    )
    assert doc_references.wrong_references(tmp_path) == [
        ("README.md", 1, "docs/guide.md#nowhere"),
        ("README.md", 1, "docs/img/gone.png"),
        ("README.md", 1, "pkg/gone/"),
        ("pkg/mod.py", 2, "pkg/gone.py"),
        ("pkg/mod.py", 5, "pkg.mod.unreal"),
    ]
