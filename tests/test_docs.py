"""The docs keep up with the code: every command and option in docs/command-line.md, every setting in
config.example.env, the layers as tools/layers.py has them; and README stays a short entry to docs/."""

import ast
import importlib.util
import os
import pathlib
import re

import click

from cli import cli
from core.config import Config

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMAND_LINE = "docs/command-line.md"


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return f.read()


def commands(group, prefix=()):
    """(path, command) of every command of the group, "console list" for `python -m bot console list`."""
    for name, command in group.commands.items():
        path = prefix + (name,)
        if isinstance(command, click.Group):
            yield from commands(command, path)
        else:
            yield " ".join(path), command


def command_paths(group, prefix=()):
    return [path for path, _ in commands(group, prefix)]


def documented_lines(text, path):
    """The lines that show `python -m bot PATH`, PATH whole (not `console list` for `console`)."""
    return [line for line in text.splitlines() if re.search(rf"python -m bot {re.escape(path)}(\s|$)", line)]


def options_of(command):
    return {opt for param in command.params for opt in param.opts + param.secondary_opts if opt.startswith("--")}


def missing_commands(doc):
    return [path for path in command_paths(cli) if not documented_lines(doc, path)]


def option_mismatches(doc):
    """(command, options it has that the doc does not show, options the doc shows that it lacks)."""
    found = []
    for path, command in commands(cli):
        lines = [line.split("#")[0] for line in documented_lines(doc, path)]
        shown = set(re.findall(r"--[a-z][a-z-]*", " ".join(lines)))
        real = options_of(command) - {"--help"}
        if real != shown:
            found.append((path, sorted(real - shown), sorted(shown - real)))
    return found


def test_every_command_is_listed_in_the_command_line_doc():
    assert missing_commands(read(COMMAND_LINE)) == []


def test_every_option_is_shown_and_every_option_shown_exists():
    assert option_mismatches(read(COMMAND_LINE)) == []


def test_the_command_checks_can_fail():
    doc = read(COMMAND_LINE)
    assert missing_commands(doc.replace("python -m bot console close-handoff", "python -m bot console close-it")) == [
        "console close-handoff"
    ]
    wrong = doc.replace("bot restore PATH [--yes]", "bot restore PATH [--force]")
    assert option_mismatches(wrong) == [("restore", ["--yes"], ["--force"])]


def test_the_docs_name_every_command_only_as_it_exists():
    """Elsewhere in the docs a command may be shown in passing; it must still be a real one."""
    real = set(command_paths(cli)) | {p.split()[0] for p in command_paths(cli)}
    for path in sorted(pathlib.Path(ROOT, "docs").glob("*.md")) + [pathlib.Path(ROOT, "README.md")]:
        for named in re.findall(r"python -m bot ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)", path.read_text("utf-8")):
            assert named in real or named.split()[0] in real, (path.name, named)


def test_every_command_has_help_text():
    def walk(group):
        for command in group.commands.values():
            yield command
            if isinstance(command, click.Group):
                yield from walk(command)

    assert [c.name for c in walk(cli) if not c.help] == []


def test_every_setting_is_documented_in_config_example():
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", read("config.example.env"), re.M))
    derived = {
        "SANDBOX",
        "MAX_CONTENT_LENGTH",
        "PAGES",
    }  # computed, or named MAX_BODY_BYTES in the file, or read from PAGES_FILE
    settings = set(Config().as_dict()) - derived
    assert settings - documented == set()
    assert "MAX_BODY_BYTES" in documented


def test_the_readme_is_a_short_entry_that_leads_to_every_doc():
    readme = read("README.md")
    assert len(readme.splitlines()) < 200
    assert "make run" in readme and "make test" in readme
    assert "docs/simulator.png" in readme
    for doc in sorted(pathlib.Path(ROOT, "docs").glob("*.md")):
        assert f"(docs/{doc.name})" in readme, doc.name


def test_the_architecture_lists_the_layers_as_tools_layers_has_them():
    spec = importlib.util.spec_from_file_location("layers", os.path.join(ROOT, "tools", "layers.py"))
    layers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(layers)
    table = re.findall(r"^\| `([a-z_]+)(?:/|\.py)` \|", read("docs/architecture.md"), re.M)
    assert table == [package for layer in layers.LAYERS for package in layer]


GUIDE = "docs/huong-dan-can-bo.md"


def guide_images():
    return re.findall(r"!\[[^\]]*\]\((img/[^)]+)\)", read(GUIDE))


def png_size(path):
    data = pathlib.Path(ROOT, "docs", path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_every_image_the_guide_shows_exists_and_is_a_small_png():
    images = guide_images()
    assert len(images) >= 20
    missing = [path for path in images if not pathlib.Path(ROOT, "docs", path).is_file()]
    assert missing == []
    for path in images:
        width, _ = png_size(path)
        assert width <= 1000, path
        assert pathlib.Path(ROOT, "docs", path).stat().st_size < 200_000, path


def test_every_picture_of_the_guide_is_taken_by_the_browser_test_and_shown():
    """No picture drawn by hand that would go stale: the guide shows exactly what the test takes."""
    calls = ast.walk(ast.parse(read("tests/test_guide_screenshots.py")))
    taken = {
        arg.value
        for call in calls
        if isinstance(call, ast.Call) and getattr(call.func, "id", "").startswith("picture")
        for arg in call.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    shown = {path.removeprefix("img/").removesuffix(".png") for path in guide_images()}
    assert shown == taken
    on_disk = {path.stem for path in pathlib.Path(ROOT, "docs", "img").glob("*.png")}
    assert on_disk == taken
