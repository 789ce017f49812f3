"""The docs keep up with the code: every command in the README, every setting in config.example.env."""

import os
import re

import click

from cli import cli
from core.config import Config

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return f.read()


def command_paths(group, prefix=()):
    for name, command in group.commands.items():
        path = prefix + (name,)
        if isinstance(command, click.Group):
            yield from command_paths(command, path)
        else:
            yield " ".join(path)


def test_every_command_is_listed_in_the_readme():
    readme = read("README.md")
    missing = [p for p in command_paths(cli) if f"python -m bot {p}" not in readme]
    assert missing == []


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
