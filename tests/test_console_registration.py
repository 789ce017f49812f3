"""console/__init__.py registers every page of the console, from one list."""

import ast
import pathlib

CONSOLE = pathlib.Path(__file__).resolve().parent.parent / "console"


def modules_with_a_blueprint():
    found = set()
    for path in CONSOLE.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["bp"]:
                found.add(path.stem)
    return found - {"__init__"}


def test_every_console_module_with_a_blueprint_is_registered(app):
    registered = {name.removeprefix("console.") for name in app.blueprints if name.startswith("console.")}
    assert modules_with_a_blueprint() == registered
    assert len(registered) == 19
