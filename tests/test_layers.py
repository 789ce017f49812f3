"""The layered house (tools/layers.py): no upward import, no import circle, and the check can fail."""

import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("layers", ROOT / "tools" / "layers.py")
layers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(layers)


def test_no_package_imports_from_a_layer_above_it():
    assert layers.upward_imports(layers.import_graph()) == []


def test_no_import_circle_between_our_modules():
    assert layers.import_circles(layers.import_graph()) == []


def test_the_command_line_imports_nothing_from_the_console():
    assert layers.imports_between_faces(layers.import_graph()) == []


@pytest.mark.parametrize(
    "source, imported, refused",
    [
        ("cli/cases.py", "from console.replies import answer", True),
        ("cli/cases.py", "def later():\n    import console.export", True),
        ("cli/cases.py", "from casework.answers import answer", False),
        ("console/replies.py", "from casework.answers import answer", False),
    ],
)
def test_the_check_sees_the_command_line_borrowing_from_the_console(tmp_path, source, imported, refused):
    for package, name in (("console", "replies"), ("console", "export"), ("casework", "answers")):
        write(tmp_path, f"{package}/__init__.py", "")
        write(tmp_path, f"{package}/{name}.py", "answer = None\n")
    write(tmp_path, "cli/__init__.py", "")
    write(tmp_path, source, imported + "\n")
    assert (layers.imports_between_faces(layers.import_graph(tmp_path)) != []) is refused


def test_every_package_of_the_project_has_a_layer():
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "tools"}
    assert {p for p in packages if layers.layer_of(p) is None} == set()


def write(root, path, text):
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "source, target",
    [
        ("storage/queries.py", "casework.rules"),  # storage reaching up to casework
        ("core/folding.py", "storage.db"),  # a pure helper reaching into storage
        ("console/page.py", "web.nothing"),  # allowed: console sits above web
    ],
)
def test_the_check_sees_an_upward_import_written_inside_a_function(tmp_path, source, target):
    package, name = target.rsplit(".", 1)
    write(tmp_path, f"{package}/__init__.py", "")
    write(tmp_path, f"{package}/{name}.py", "")
    write(tmp_path, f"{source.split('/')[0]}/__init__.py", "")
    write(tmp_path, source, f"def later():\n    from {package} import {name}\n")
    found = layers.upward_imports(layers.import_graph(tmp_path))
    upward = layers.layer_of(target) < layers.layer_of(source.split("/")[0])
    assert (found != []) is upward


def test_the_check_sees_a_circle(tmp_path):
    write(tmp_path, "bot/__init__.py", "")
    write(tmp_path, "bot/a.py", "from bot import b\n")
    write(tmp_path, "bot/b.py", "def f():\n    from bot.a import x\n")
    assert layers.import_circles(layers.import_graph(tmp_path)) == [["bot.a", "bot.b"]]


def test_no_layer_below_web_finds_its_settings_by_itself():
    assert layers.settings_found_below_web() == []


@pytest.mark.parametrize(
    "path, text, found",
    [
        ("casework/rule.py", "from flask import current_app\n\ndef tz():\n    return current_app.config\n", 1),
        ("runtime/entry.py", "def main():\n    from core.config import Config\n\n    return Config().as_dict()\n", 4),
        ("bot/hook.py", "import flask\n\ndef cfg():\n    return flask.current_app.config\n", 4),
        ("console/page.py", "from flask import current_app\n\ndef tz():\n    return current_app.config\n", None),
        ("cli/group.py", "from core.config import Config\n\nCFG = Config()\n", None),
    ],
)
def test_the_check_names_the_file_and_line_that_finds_settings(tmp_path, path, text, found):
    write(tmp_path, f"{path.split('/')[0]}/__init__.py", "")
    write(tmp_path, path, text)
    places = layers.settings_found_below_web(tmp_path)
    assert places[0].startswith(f"{path}:{found}: ") if found else places == [], places
