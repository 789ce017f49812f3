"""docs/conversation.md from the conversation's table (bot/flow.py: STEPS).

    python tools/conversation_table.py          # print the document
    python tools/conversation_table.py --write  # rewrite docs/conversation.md

tests/test_conversation_table.py fails when the file and the table differ, so
the document is always the code's own account of the conversation.
"""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import texts  # noqa: E402 - after the path is set
from bot.anywhere import ASIDES, NOT_HERE  # noqa: E402
from bot.flow import ANYWHERE, COMMANDS, STEPS  # noqa: E402

DOC = ROOT / "docs" / "conversation.md"
HEAD = """# The conversation, state by state

Generated from `bot/flow.py` by `python tools/conversation_table.py --write`; a test keeps the two equal.
Each state asks one question. **Choices** are its quick replies (also typed, with or without diacritics).
**Then** is where an answer leads: the first state whose condition holds. **Jumps** are the other states its
handlers may lead to. Every state also takes the commands ({commands}), which lead only to: {anywhere}.
A state marked *returns* may go back to a remembered state (back, continue, "no, don't cancel").
"""

ASIDES_HEAD = """## Understood at every step

Every typed message (and every photo or file) is understood before the step sees it
(`bot/anywhere.py`, `understanding/asides.py`), after the commands and the step's own choices. Where a
tap is awaited, any typed words are read this way; where typed words are the answer (the story, a name,
an address), only a clear aside is. Each is answered, then the same step is asked again in one short
line, with "Gặp cán bộ" offered; what is not an aside is the step's. {not_here} read every message
themselves (the menu through `bot/free_text.py`, with the same understanding; at `rating`, words that
carry no rating are read as the menu reads them: a code quoted with a disagreement is a report about it)."""


def _way(way):
    if isinstance(way, str):
        return f"`{way}`"
    name, condition = way
    return f"`{name}` if {condition.__name__.replace('_', ' ')}"


def render():
    lines = [
        HEAD.format(commands=", ".join(f"`{c}`" for c in COMMANDS), anywhere=", ".join(f"`{s}`" for s in ANYWHERE)),
        "",
    ]
    lines.append("| state | part | choices | typed input | then | jumps |")
    lines.append("|---|---|---|---|---|---|")
    for name, step in STEPS.items():
        choices = ", ".join(f"{texts.TITLES[c]}" for c in step.choices) or "–"
        typed = step.on_input.__name__ if step.on_input else "–"
        then = "; else ".join(_way(w) for w in step.then) or "–"
        jumps = ", ".join(f"`{j}`" for j in step.jumps) + (" *returns*" if step.returns else "")
        lines.append(f"| `{name}` | {step.part or '–'} | {choices} | {typed} | {then} | {jumps.strip() or '–'} |")
    lines.append("")
    lines.append(ASIDES_HEAD.format(not_here=", ".join(f"`{s}`" for s in NOT_HERE)))
    lines.append("")
    lines.append("| understood anywhere | what happens |")
    lines.append("|---|---|")
    for name, (_handler, what) in ASIDES.items():
        lines.append(f"| {name} | {what} |")
    lines.append("")
    lines.append("```mermaid")
    lines.append("stateDiagram-v2")
    for name, step in STEPS.items():
        for way in step.then:
            target = way if isinstance(way, str) else way[0]
            label = "" if isinstance(way, str) else f": {way[1].__name__}"
            lines.append(f"    {name} --> {target}{label}")
        for target in step.jumps:
            if target != name:
                lines.append(f"    {name} --> {target}")
    lines.append("```")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if "--write" in sys.argv:
        DOC.write_text(render(), encoding="utf-8")
    else:
        sys.stdout.write(render())
