"""The docs name only what exists: every path, module and name they cite is in the tree.

    python tools/doc_references.py    # prints each reference to something missing; exit 1 if any

Read are the comments and docstrings of every .py file (tests included), the comments of the
Makefile and config.example.env, README.md and docs/*.md. A reference is:

- a path: `bot/flow.py`, `docs/`, `deploy/Caddyfile`, `console/satisfaction_stats.html` (a template
  name counts if a templates folder holds it), up to its first placeholder (`<psid>`, `*`, `…`).
  Anything under a folder the running bot makes (`data/`, `.venv/`) is not in the tree by design;
- a file's name alone, `flow.py`: some file of that name must exist;
- a name in a file, `bot/flow.py: STEPS` (a name in capitals, with an underscore, in backticks or
  called), and a dotted name that starts with one of the project's packages, `core.folding.fold` or
  `casework.digest`: the module must exist and define the name (read with ast, nothing is imported);
- in Markdown, a link or an image, `[the layers](docs/architecture.md#the-layers)`: the file must exist, and the
  anchor must be one of its headings.

tests/test_doc_references.py runs it, and shows on planted wrong references that it can fail.
"""

import ast
import io
import pathlib
import re
import sys
import tokenize

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIPPED = {".venv", ".git", "__pycache__", ".pytest_cache", ".hypothesis"}  # anywhere
SKIPPED_AT_ROOT = {"build", "data"}  # made by the build and by the running bot
MADE_AT_RUN_TIME = ("data/", ".venv/", "build/")
EXTENSIONS = {
    *("py", "md", "html", "css", "js", "json", "jsonl", "env", "yml", "yaml", "toml", "png", "txt", "csv", "xlsx"),
    *("service", "timer", "conf", "sh", "db", "lock"),
}
# A token with a slash, and the character before it must not make it part of a URL or an absolute path.
PATH = re.compile(r"[\w.…<>*@+-]+(?:/[\w.…<>*@+-]*)+")
BEFORE_NOT_A_PATH = set(":/~$.{}\\=") | {"…"}
FILE_NAME = re.compile(r"(?<![\w/.…-])([a-z_][\w-]*\.(?:py|html|css|js|md))(?![\w/-])")
NAME_IN_FILE = re.compile(r"((?:[\w-]+/)+[\w-]+\.py):\s*(`?)([A-Za-z_]\w*)(\(?)")
DOTTED = re.compile(r"(?<![\w./`-])`?([a-z_]\w*(?:\.[A-Za-z_]\w*)+)(?:\(\))?`?(?![\w/-])")
PROSE_FILES = ("README.md", "Makefile", "config.example.env")


def tree_paths(root=ROOT):
    """Every file and folder of the project, in order."""
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if parts[0] in SKIPPED_AT_ROOT or any(part in SKIPPED or part.endswith(".egg-info") for part in parts):
            continue
        yield path


def source_files(root=ROOT):
    """The files whose prose is read."""
    for path in tree_paths(root):
        rel = path.relative_to(root)
        if not path.is_file():
            continue
        in_docs = rel.parts[0] == "docs" and path.suffix == ".md"
        if path.suffix == ".py" or rel.as_posix() in PROSE_FILES or in_docs:
            yield path


def python_prose(text):
    """(line, text) of each comment and docstring of a Python source."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.COMMENT:
            found.append((token.start[0], token.string))
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.append((first.lineno, first.value.value))
    return found


def prose_of(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        return python_prose(text)
    if path.suffix == ".md":
        return [(1, text)]
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("#")]


class Tree:
    """What exists: the files and folders of the project, and the names each module defines."""

    def __init__(self, root=ROOT):
        self.root = root
        self.paths = set()
        for path in tree_paths(root):
            rel = path.relative_to(root).as_posix()
            self.paths.add(rel + ("/" if path.is_dir() else ""))
        self.names = {p.rsplit("/", 1)[-1] for p in self.paths}
        self.template_dirs = sorted(p for p in self.paths if p.endswith(("templates/", "static/")))
        self.top_dirs = {p.split("/")[0] for p in self.paths if "/" in p.rstrip("/")}
        self._defined = {}

    def exists(self, path, near=""):
        path = path.removeprefix("./")
        if path.endswith(".*"):  # `deploy/pakn-bot-backup.*`: some file of that name
            return any(p.startswith(path[:-1]) for p in self.paths)
        candidates = [path, near + path] + [d + path for d in self.template_dirs]
        return any(c in self.paths or c.rstrip("/") + "/" in self.paths for c in candidates)

    def module_file(self, dotted):
        for candidate in (dotted.replace(".", "/") + ".py", dotted.replace(".", "/") + "/__init__.py"):
            if candidate in self.paths:
                return candidate
        return None

    def defined(self, rel):
        """Every name a module binds: functions, classes, assignments and imports, at any depth."""
        if rel not in self._defined:
            names = set()
            for node in ast.walk(ast.parse((self.root / rel).read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    names.add(node.name)
                elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                    names.add(node.id)
                elif isinstance(node, ast.alias):
                    names.add((node.asname or node.name).split(".")[0])
            self._defined[rel] = names
        return self._defined[rel]


def _clean(token):
    """A token without the punctuation and markup after it; a glob's `.*` stays."""
    while token and token[-1] in ".,;:)]'\"`*" and not token.endswith(".*"):
        token = token[:-1]
    return token


def slug(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(text):
    return {slug(m.group(1)) for m in re.finditer(r"^#+\s+(.+?)\s*#*$", text, re.M)}


def path_references(text):
    """Path-like tokens of a text: a file with an extension, a folder (a trailing slash or …), or
    anything under one of the project's own top folders."""
    for match in PATH.finditer(text):
        start = match.start()
        if start and (text[start - 1] in BEFORE_NOT_A_PATH or text[start - 1].isalnum()):
            continue
        token = _clean(match.group())
        first = token.split("/")[0]
        if not re.fullmatch(r"[a-z_][a-z0-9_-]*", first) or "//" in token:
            continue
        yield start, token


def _is_path_like(token, tree):
    last = token.rsplit("/", 1)[-1]
    has_extension = "." in last and last.rsplit(".", 1)[-1] in EXTENSIONS
    return has_extension or token.endswith(("/", "…")) or token.split("/")[0] in tree.top_dirs


def _known_prefix(token):
    """A path up to its first placeholder: a segment with `<…>`, `*` or `…` in it."""
    parts = token.split("/")
    for i, part in enumerate(parts):
        if any(c in part for c in "<>*…"):
            return "/".join(parts[:i]) + "/"
    return token


def wrong_references(root=ROOT):
    """[(file, line, reference)] for every reference to something that is not in the tree."""
    tree = Tree(root)
    found = []
    for path in source_files(root):
        rel = path.relative_to(root).as_posix()
        near = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
        for line, text in prose_of(path):
            wrong = list(_wrong_in(text, tree, near))
            if path.suffix == ".md":
                wrong += _wrong_links(text, rel, tree, near)
            for offset, reference in wrong:
                found.append((rel, line + text.count("\n", 0, offset), reference))
    return sorted(set(found))


LINK = re.compile(r"\]\(([^)\s]+)\)|\bsrc=\"([^\"]+)\"")


def _wrong_links(text, rel, tree, near):
    """Markdown links and images: the file must exist, and an anchor must be one of its headings."""
    for match in LINK.finditer(text):
        target = match.group(1) or match.group(2)
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        file, _, anchor = target.partition("#")
        linked = near + file if file else rel
        missing = linked not in tree.paths
        if not missing and anchor and linked.endswith(".md"):
            missing = anchor not in anchors((tree.root / linked).read_text("utf-8"))
        if missing:
            yield match.start(), target


def _wrong_in(text, tree, near):
    """(offset, reference) of each reference in `text` to what the tree lacks."""
    for offset, token in path_references(text):
        if token.startswith(MADE_AT_RUN_TIME) or not _is_path_like(token, tree):
            continue
        prefix = _known_prefix(token)
        if not tree.exists(prefix, near) and not tree.exists(prefix + ".py", near):
            yield offset, token
    for match in FILE_NAME.finditer(text):
        if match.group(1) not in tree.names:
            yield match.start(), match.group(1)
    for match in NAME_IN_FILE.finditer(text):
        file, quoted, name, called = match.groups()
        a_name = quoted or called or "_" in name or name.isupper()
        if a_name and file in tree.paths and name not in tree.defined(file):
            yield match.start(), f"{file}: {name}"
    for match in DOTTED.finditer(text):
        if _wrong_dotted(match.group(1), tree):
            yield match.start(), match.group(1)


def _wrong_dotted(dotted, tree):
    parts = dotted.split(".")
    if parts[0] not in tree.top_dirs and parts[0] + ".py" not in tree.paths:
        return False  # not one of ours (`os.environ`, `flask.current_app`)
    if parts[-1] in EXTENSIONS:
        return False  # a file's name (`bot.db`), checked as a path if it has a folder
    for cut in range(len(parts), 0, -1):
        module = tree.module_file(".".join(parts[:cut]))
        if module:
            rest = parts[cut:]
            return bool(rest) and rest[0] not in tree.defined(module)
    return True


def main():
    found = wrong_references()
    for rel, line, reference in found:
        print(f"{rel}:{line}: {reference}")
    print(f"{len(found)} references to what is not in the tree")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
