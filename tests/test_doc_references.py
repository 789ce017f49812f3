"""What the code's prose points at is something a reader has: no tracker numbers in any .py file."""

import pathlib
import re

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
