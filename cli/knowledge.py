"""`python -m bot knowledge …`: the ward's question-and-answer base, synonyms, field keywords and
out-of-scope table from the command line (the console's /console/understanding does the same)."""

import json
import sys

import click

from cli.support import open_db, settings
from core.case_rules import FIELDS
from core.pages import page_config
from core.placeholders import listed, unknown_placeholders
from storage import write_transaction
from storage.audit import record
from storage.knowledge import (
    MAX_ANSWER_CHARS,
    add_synonym,
    all_synonyms,
    delete_entry,
    delete_synonym,
    entry_by_key,
    list_entries,
    save_entry,
)
from storage.understanding_tables import (
    all_field_keywords,
    all_scope_entries,
    delete_field_keyword,
    delete_scope_entry,
    save_field_keyword,
    save_scope_entry,
)
from understanding.intents import understand

PAGE = click.option("--page", "page_id", default=None, help="Only this page (ward); default: every ward.")


_db = open_db


def _fail(message):
    click.echo(message, err=True)
    sys.exit(1)


def _check_answer(answer):
    """An answer the bot can say as typed: within the console's length, with only known placeholders."""
    if answer is None:
        return
    if len(answer) > MAX_ANSWER_CHARS:
        _fail(f"The answer is {len(answer)} characters long; at most {MAX_ANSWER_CHARS}, as in the console.")
    unknown = unknown_placeholders(answer)
    if unknown:
        _fail(
            f"Not saved: {', '.join(unknown)} is not a placeholder the bot fills, so citizens would read it "
            f"as typed. Use only {listed()} (capitals, in braces); for literal braces write parentheses."
        )


@click.group(help="The knowledge base the bot answers questions from, and the tables it understands by.")
def knowledge():
    pass


@knowledge.command("list", help="List the question-and-answer entries.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def knowledge_list(as_json):
    entries = list_entries(_db())
    if as_json:
        return click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
    for e in entries:
        approved = "duyệt" if e["approved"] else "CHƯA duyệt"
        click.echo(f"{e['key']:<18} {approved:<10} {e['page_id'] or 'mọi phường':<12} {e['question']}")


@knowledge.command("add", help="Add an entry: KEY (a short name) with its question and answer.")
@click.argument("key")
@click.option("--question", required=True, help="The question as a citizen would ask it.")
@click.option("--answer", required=True, help="The answer; {HOTLINE}, {WARD_NAME}... are filled in.")
@click.option("--keywords", default="", help="Words citizens use for it, separated by spaces.")
@click.option("--unapproved", is_flag=True, help="Keep it unapproved: the bot does not answer with it.")
@PAGE
def knowledge_add(key, question, answer, keywords, unapproved, page_id):
    _check_answer(answer)
    db = _db()
    if entry_by_key(db, key, page_id):
        _fail(f"{key} already exists: use `knowledge edit`.")
    with write_transaction(db):
        save_entry(
            db,
            {
                "key": key,
                "question": question,
                "answer": answer,
                "keywords": keywords,
                "approved": 0 if unapproved else 1,
                "page_id": page_id,
            },
            "cli",
        )
        record(db, "cli", "knowledge", detail={"added": key})
    click.echo(f"Added {key}.")


@knowledge.command("edit", help="Change an entry's question, answer, keywords or approval.")
@click.argument("key")
@click.option("--question", default=None, help="The new question.")
@click.option("--answer", default=None, help="The new answer.")
@click.option("--keywords", default=None, help="The new keywords.")
@click.option("--approve/--unapprove", default=None, help="Whether the bot may answer with it.")
@PAGE
def knowledge_edit(key, question, answer, keywords, approve, page_id):
    _check_answer(answer)
    db = _db()
    entry = entry_by_key(db, key, page_id) or _fail(f"No entry {key}.")
    changes = {
        name: value
        for name, value in (
            ("question", question),
            ("answer", answer),
            ("keywords", keywords),
            ("approved", None if approve is None else int(approve)),
        )
        if value is not None
    }
    with write_transaction(db):
        save_entry(db, dict(entry, **changes), "cli", entry["id"])
        record(db, "cli", "knowledge", detail={"edited": key, "fields": sorted(changes)})
    click.echo(f"Saved {key}.")


@knowledge.command("remove", help="Remove an entry.")
@click.argument("key")
@PAGE
def knowledge_remove(key, page_id):
    db = _db()
    entry = entry_by_key(db, key, page_id) or _fail(f"No entry {key}.")
    with write_transaction(db):
        delete_entry(db, entry["id"])
        record(db, "cli", "knowledge", detail={"removed": key})
    click.echo(f"Removed {key}.")


@knowledge.command("ask", help="What the bot would answer to TEXT (nothing when no entry fits well).")
@click.argument("text")
@PAGE
def knowledge_ask(text, page_id):
    found = understand(text, kb=_db(), page_id=page_id, settings=page_config(settings(), page_id))
    click.echo(f"intent: {found.intent} ({found.because}); field: {found.field or '-'}")
    click.echo(f"[{found.faq['key']}] {found.faq['answer']}" if found.faq else "No approved answer fits.")


@knowledge.command("synonyms", help="List synonyms; --add TERM EXPANSION or --remove ID changes them.")
@click.option("--add", nargs=2, default=None, help="TERM EXPANSION: questions with TERM also search EXPANSION.")
@click.option("--remove", "remove_id", type=int, default=None, help="Remove the synonym with this id.")
@PAGE
def knowledge_synonyms(add, remove_id, page_id):
    db = _db()
    with write_transaction(db):
        if add:
            add_synonym(db, add[0], add[1], page_id)
        if remove_id is not None and not delete_synonym(db, remove_id):
            _fail(f"No synonym {remove_id}.")
    for s in all_synonyms(db):
        click.echo(f"{s['id']:>4}  {s['term']} → {s['expansion']}  {s['page_id'] or ''}")


@knowledge.command("fields", help="List field keywords; --set KEYWORD FIELD or --remove ID changes them.")
@click.option("--set", "set_pair", nargs=2, default=None, help=f"KEYWORD FIELD, FIELD one of {', '.join(FIELDS)}.")
@click.option("--remove", "remove_id", type=int, default=None, help="Remove the keyword with this id.")
@PAGE
def knowledge_fields(set_pair, remove_id, page_id):
    db = _db()
    if set_pair and set_pair[1] not in FIELDS:
        _fail(f"{set_pair[1]} is not a field: {', '.join(FIELDS)}.")
    with write_transaction(db):
        if set_pair:
            save_field_keyword(db, set_pair[0], set_pair[1], page_id)
        if remove_id is not None and not delete_field_keyword(db, remove_id):
            _fail(f"No keyword {remove_id}.")
    for k in all_field_keywords(db):
        click.echo(f"{k['id']:>4}  {k['keyword']:<28} {k['field']}  {k['page_id'] or ''}")


@knowledge.command("scope", help="List out-of-scope topics; --add or --remove ID changes them.")
@click.option("--add", "topic", default=None, help="A topic to add (with --keywords and --handler).")
@click.option("--keywords", default="", help="Comma-separated words that name the topic.")
@click.option("--handler", default="", help="Who handles it.")
@click.option("--phone", default=None, help="Their phone.")
@click.option("--remove", "remove_id", type=int, default=None, help="Remove the topic with this id.")
@PAGE
def knowledge_scope(topic, keywords, handler, phone, remove_id, page_id):
    db = _db()
    if topic and not (keywords and handler):
        _fail("--add needs --keywords and --handler.")
    with write_transaction(db):
        if topic:
            save_scope_entry(db, topic, keywords, handler, phone, page_id)
        if remove_id is not None and not delete_scope_entry(db, remove_id):
            _fail(f"No topic {remove_id}.")
    for o in all_scope_entries(db):
        click.echo(f"{o['id']:>4}  {o['topic']:<12} {o['handler_name']} {o['handler_phone'] or ''}: {o['keywords']}")
