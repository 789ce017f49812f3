"""`python -m bot department add|list|disable`: the ward's departments (phòng, ban, đơn vị) that
officers ask for information or advice (`console consult`). The same operations as the console's
page for admins (casework/departments.py), as `cli` or the admin named with `--as`."""

import click

from casework.departments import save_department, set_department_in_use
from cli.acting import acting_officer, as_option, attempt, json_option
from cli.support import open_db, settings, show_json, ward_option
from storage.departments import departments_of_ward


@click.group("department", help="The ward's departments, asked for information or advice on a case.")
def department():
    pass


@department.command("add", help="Add a department, or set the e-mail of one already there (and use it again).")
@click.argument("name")
@click.option("--email", help="Where its requests are e-mailed (through the ward's SMTP server).")
@ward_option
@as_option
def add(name, email, page_id, acting_as):
    db = open_db()
    _, created = attempt(save_department, db, settings(), name, email, acting_officer(db, acting_as), page_id)
    where = f" (trang {page_id})" if page_id else ""
    click.echo(f"{'Đã thêm' if created else 'Đã cập nhật'} {name}{where}" + (f", e-mail {email}." if email else "."))


@department.command("list", help="The departments a ward works with (its own first, then every ward's).")
@ward_option
@json_option
def list_command(page_id, as_json):
    rows = departments_of_ward(open_db(), page_id, include_disabled=True)
    if as_json:
        return show_json(
            [
                {"name": r["name"], "email": r["email"], "page_id": r["page_id"], "in_use": not r["disabled"]}
                for r in rows
            ]
        )
    for r in rows:
        state = " (ngừng nhận yêu cầu)" if r["disabled"] else ""
        click.echo(f"{r['name']}  {r['email'] or '(chưa có e-mail)'}{state}")


@department.command("disable", help="Stop asking a department (its past requests and answers stay).")
@click.argument("name")
@ward_option
@as_option
def disable(name, page_id, acting_as):
    db = open_db()
    row = attempt(set_department_in_use, db, settings(), name, False, acting_officer(db, acting_as), page_id)
    click.echo(f"{row['name']}: ngừng nhận yêu cầu.")
