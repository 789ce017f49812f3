"""Status-change rules are registered in one function (runtime/rules.py), never by an import: the
command line alone and the app alone run with the same rules."""

import json
import subprocess
import sys

from runtime.rules import RECLASSIFY_RULES, STATUS_RULES

CLI_ALONE = """
import json
from click.testing import CliRunner
from casework.workflow import registered_rules
before = registered_rules()
from cli import cli
after_import = registered_rules()
result = CliRunner().invoke(cli, ["console", "list", "--json"], catch_exceptions=False)
assert result.exit_code == 0, result.output
print(json.dumps([before, after_import, registered_rules()]))
"""
APP_ALONE = """
import json, sys
from casework.workflow import registered_rules
import webhook
after_import = registered_rules()
webhook.create_app({"DATABASE_PATH": sys.argv[1], "START_WORKERS": False, "TESTING": True})
print(json.dumps([after_import, registered_rules()]))
"""


def run_alone(code, tmp_path, *args):
    env = {"DATABASE_PATH": str(tmp_path / "bot.db"), "PATH": "/usr/bin:/bin", "PAKN_ENV_FILE": "/nonexistent"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def names(rules):
    return [f"{rule.__module__}.{rule.__name__}" for rule in rules]


def test_importing_switches_no_rule_on_and_the_cli_and_the_app_register_the_same(tmp_path):
    import os

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cli_before, cli_after_import, cli_rules = run_alone(
        f"import sys; sys.path.insert(0, {root!r})\n" + CLI_ALONE, tmp_path
    )
    app_after_import, app_rules = run_alone(
        f"import sys; sys.path.insert(0, {root!r})\n" + APP_ALONE, tmp_path, str(tmp_path / "app.db")
    )
    empty = {"status": [], "reclassify": []}
    assert cli_before == cli_after_import == app_after_import == empty
    assert cli_rules == app_rules == {"status": names(STATUS_RULES), "reclassify": names(RECLASSIFY_RULES)}


def test_the_permission_rule_runs_first():
    assert STATUS_RULES[0].__name__ == "only_a_leader_closes_a_reviewed_case"
