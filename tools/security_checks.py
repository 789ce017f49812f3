"""`make test`'s last step: bandit over our code, pip-audit over the installed environment.

Both must be clean. bandit reads every package pyproject.toml installs (so a new
package is checked without anyone remembering to add it); a finding accepted
after review carries `# nosec BXXX # why` on its line. pip-audit asks PyPI's
vulnerability API about every installed distribution. When PyPI does not answer
(no network, or a mirror without that API), nothing was checked: this says so in
capitals, and fails when AUDIT_REQUIRED=1 (set it where PyPI must be reachable).
"""

import json
import os
import re
import subprocess  # nosec B404 # runs bandit and pip-audit, fixed commands
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUR_PACKAGE = "pakn-bot"
JUSTIFIED_NOSEC = re.compile(r"# nosec B\d{3}(?:, ?B\d{3})* # \S")


def our_code():
    """The packages and modules pyproject.toml installs, as paths to scan."""
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as file:
        setuptools = tomllib.load(file)["tool"]["setuptools"]
    patterns = setuptools["packages"]["find"]["include"]
    folders = sorted(
        name
        for name in os.listdir(ROOT)
        if os.path.isfile(os.path.join(ROOT, name, "__init__.py")) and any(name == p.rstrip("*") for p in patterns)
    )
    return folders + [f"{module}.py" for module in setuptools.get("py-modules", [])]


def run(*args):
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)  # nosec B603


def bandit():
    paths = our_code()
    result = run("bandit", "-r", "-q", "-f", "json", *paths)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        return fail(f"bandit did not run:\n{result.stderr}")
    for issue in report["results"]:
        print(
            f"  {issue['filename']}:{issue['line_number']} {issue['test_id']} "
            f"({issue['issue_severity']}): {issue['issue_text']}"
        )
    if report["results"] or report["errors"]:
        return fail(
            f"bandit: {len(report['results'])} finding(s), {len(report['errors'])} error(s) in "
            f"{', '.join(paths)}. Fix them, or justify each with `# nosec BXXX # why` on its line."
        )
    unjustified = [f"{path}:{n}" for path, n, line in nosec_lines(paths) if not JUSTIFIED_NOSEC.search(line)]
    if unjustified:
        return fail(
            "bandit: a `# nosec` must name the test and say why (`# nosec B608 # why`): " + ", ".join(unjustified)
        )
    totals = report["metrics"]["_totals"]
    print(
        f"bandit: clean ({', '.join(paths)}; {totals['nosec'] + totals['skipped_tests']} finding(s) "
        "accepted, each with its reason on its line)"
    )
    return True


def nosec_lines(paths):
    for top in paths:
        files = (
            [top]
            if top.endswith(".py")
            else [
                os.path.join(folder, name)
                for folder, _, names in os.walk(os.path.join(ROOT, top))
                for name in names
                if name.endswith(".py")
            ]
        )
        for path in files:
            with open(os.path.join(ROOT, path), encoding="utf-8") as file:
                yield from (
                    (os.path.relpath(path, ROOT), n, line) for n, line in enumerate(file, 1) if "# nosec" in line
                )


def pip_audit():
    result = run("pip_audit", "-f", "json", "--progress-spinner", "off", "--skip-editable")
    try:
        dependencies = json.loads(result.stdout)["dependencies"]
    except (ValueError, KeyError):
        return fail(f"pip-audit did not run:\n{result.stderr}")
    vulnerable = [d for d in dependencies if d.get("vulns")]
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            print(
                f"  {dep['name']} {dep['version']}: {vuln['id']} (fixed in "
                f"{', '.join(vuln['fix_versions']) or 'no release yet'})"
            )
    if vulnerable:
        return fail(
            f"pip-audit: {len(vulnerable)} installed package(s) with known vulnerabilities: "
            "raise their pins in pyproject.toml."
        )
    unchecked = [d["name"] for d in dependencies if d.get("skip_reason") and d["name"] != OUR_PACKAGE]
    checked = len(dependencies) - len(unchecked) - sum(d["name"] == OUR_PACKAGE for d in dependencies)
    if unchecked:
        message = (
            f"pip-audit: NOT CHECKED: PyPI's vulnerability API gave no answer for {len(unchecked)} of "
            f"{len(unchecked) + checked} installed packages ({', '.join(unchecked[:8])}"
            f"{', …' if len(unchecked) > 8 else ''}). No network, or a mirror without PyPI's JSON API: "
            "those packages have NOT been audited."
        )
        if os.environ.get("AUDIT_REQUIRED") == "1":
            return fail(message + " AUDIT_REQUIRED=1, so this is an error.")
        print("WARNING " + message + " Set AUDIT_REQUIRED=1 to make this an error.")
        return True
    print(f"pip-audit: clean ({checked} installed packages, no known vulnerabilities)")
    return True


def fail(message):
    print("FAILED " + message)
    return False


if __name__ == "__main__":
    results = [bandit(), pip_audit()]
    sys.exit(0 if all(results) else 1)
