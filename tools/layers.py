"""The project's layers, checked: each package imports only from the layers below it, no
module imports back into a circle, and no layer below web/ finds its settings by itself.

    python tools/layers.py            # prints what it found, each with its file; exit 1 if any

`tests/test_layers.py` runs the same check in `make test`. Every import counts, also one written
inside a function: a lazy import is still a dependency, and hiding a circle that way is how the
old tree grew 47 modules into one. Below web/ every function is handed the settings it needs
(`cfg`, the ward's): Flask's `current_app` there would read whichever app is at hand, and
`Config()` the environment, so only the entry points above build settings.
"""

import ast
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Top to bottom. Packages on one line are one layer: they may not import each other either.
LAYERS = [
    ("bench",),  # the benchmark drives everything from outside
    ("cli",),  # `python -m bot …`: one click group, commands registered explicitly
    ("webhook",),  # the app factory: wires the layers below into one Flask app
    ("sandbox",),  # simulator, Graph stand-in, terminal chat: mounted in sandbox mode only
    ("console",),  # the officer's console
    ("web",),  # public pages, health, security headers, the request's connection
    ("runtime",),  # workers and scheduled loops, and the rules they run with
    ("messenger", "zalo"),  # Meta's side and Zalo's: signature, intake, API client, sender; side by side
    ("handlers",),  # one handler per Messenger event kind
    ("bot",),  # the conversation
    ("understanding",),  # what citizens type: intents, the ward's knowledge base, out of scope
    ("casework",),  # workflow, deadlines, summaries, notices, digest, reports
    ("storage",),  # SQLite: connections, migrations, queries
    ("core",),  # pure helpers and settings: folding, validation, redaction, calendar, clock
]
# `python -m bot` must keep working, so bot/__main__.py is only a door to the command line above.
ENTRY_POINTS = {"bot.__main__": "cli"}
# Two faces of the same operations, though one sits above the other: what an officer can do is
# casework/'s, so the command line calls it there and never borrows it from the console.
FACES_APART = {"cli": ("console",)}


# Ways of finding settings instead of being handed them, refused below web/.
FOUND_SETTINGS = {"current_app": "Flask's current_app", "has_app_context": "Flask's has_app_context"}


def layer_of(module):
    top = module.split(".")[0]
    for index, packages in enumerate(LAYERS):
        if top in packages:
            return index
    return None


def project_modules(root=ROOT):
    modules = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in (".venv", "tests", "tools", "build") or layer_of(rel.parts[0].removesuffix(".py")) is None:
            continue
        name = ".".join(rel.with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    return modules


def imports_of(path, modules):
    """The project modules that `path` imports, anywhere in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from console import texts` depends on console.texts, not on console/__init__.py
            names = [
                f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def import_graph(root=ROOT):
    modules = project_modules(root)
    return {name: imports_of(path, modules) - {name} for name, path in modules.items()}


def upward_imports(graph):
    found = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            if ENTRY_POINTS.get(module) == target.split(".")[0]:
                continue
            mine, theirs = layer_of(module), layer_of(target)
            same_layer_other_package = mine == theirs and module.split(".")[0] != target.split(".")[0]
            if theirs < mine or same_layer_other_package:
                found.append((module, target))
    return found


def imports_between_faces(graph):
    """(module, target) where one face of the officer's operations imports another (FACES_APART)."""
    return [
        (module, target)
        for module, targets in sorted(graph.items())
        for target in sorted(targets)
        if target.split(".")[0] in FACES_APART.get(module.split(".")[0], ())
    ]


def import_circles(graph):
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(circles)


def below_web(module):
    return layer_of(module) > layer_of("web")


def settings_found_in(tree):
    """(line, what) for each use of current_app or has_app_context, and each call of Config()."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FOUND_SETTINGS:
            found.append((node.lineno, FOUND_SETTINGS[node.id]))
        elif isinstance(node, ast.Attribute) and node.attr in FOUND_SETTINGS:
            found.append((node.lineno, FOUND_SETTINGS[node.attr]))
        elif isinstance(node, ast.ImportFrom) and any(alias.name in FOUND_SETTINGS for alias in node.names):
            found.append(
                (node.lineno, "an import of " + ", ".join(a.name for a in node.names if a.name in FOUND_SETTINGS))
            )
        elif (
            isinstance(node, ast.Call)
            and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) == "Config"
        ):
            found.append((node.lineno, "Config()"))
    return found


def settings_found_below_web(root=ROOT):
    """`path:line: what` for each place below web/ that finds settings instead of being given them."""
    return [
        f"{path.relative_to(root)}:{line}: {what}"
        for module, path in sorted(project_modules(root).items())
        if below_web(module)
        for line, what in sorted(settings_found_in(ast.parse(path.read_text(encoding="utf-8"))))
    ]


def main():
    graph = import_graph()
    upward, circles, faces = upward_imports(graph), import_circles(graph), imports_between_faces(graph)
    found = settings_found_below_web()
    for module, target in upward:
        print(f"upward import: {module} -> {target}")
    for module, target in faces:
        print(f"import between faces: {module} -> {target} (call casework/ instead)")
    for circle in circles:
        print(f"import circle: {' -> '.join(circle)}")
    for place in found:
        print(f"settings found below web/: {place}")
    print(
        f"{len(graph)} modules, {len(upward)} upward imports, {len(faces)} imports between faces, "
        f"{len(circles)} import circles, {len(found)} places below web/ that find their settings"
    )
    return 1 if upward or circles or faces or found else 0


if __name__ == "__main__":
    sys.exit(main())
