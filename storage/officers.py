"""Officer accounts: officer, leader, admin. Passwords are only ever stored hashed (scrypt)."""

import functools
import secrets

from sqlite_utils import Database
from werkzeug.security import check_password_hash, generate_password_hash

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id

ROLES = ("officer", "leader", "admin")


class AccountError(ValueError):
    """A clear, user-facing reason an account change was refused (Vietnamese, for the admin)."""


def create_officer(
    db: Database,
    username: str,
    password: str,
    role: str = "officer",
    full_name: str | None = None,
    email: str | None = None,
    page_id: str | None = None,
) -> int:
    """`page_id`: the ward (Facebook page) whose cases the officer handles; None: every page."""
    if role not in ROLES:
        raise AccountError(f"vai trò phải là một trong {', '.join(ROLES)}")
    if len(password) < 10:
        raise AccountError("mật khẩu phải có ít nhất 10 ký tự")
    if db.execute("SELECT 1 FROM officers WHERE username = ?", [username]).fetchone():
        raise AccountError(f'đã có tài khoản tên "{username}"')
    now = now_iso()
    return inserted_id(
        db.table("officers")
        .insert(
            {
                "username": username,
                "password_hash": generate_password_hash(password, method="scrypt"),
                "role": role,
                "full_name": full_name,
                "email": email,
                "created_at": now,
                "password_changed_at": now,
                "page_id": page_id,
            }
        )
        .last_pk
    )


def authenticate(db: Database, username: str, password: str) -> Row | None:
    """The officer row if the password matches an enabled account, else None."""
    row = next(db.query("SELECT * FROM officers WHERE username = ?", [username]), None)
    if row is None or row["disabled"]:
        check_password_hash(_dummy_hash(), password)  # same cost either way: no user enumeration by timing
        return None
    return row if check_password_hash(row["password_hash"], password) else None


def set_password(db: Database, username: str, password: str) -> None:
    if len(password) < 10:
        raise AccountError("mật khẩu phải có ít nhất 10 ký tự")
    changed = db.execute(
        "UPDATE officers SET password_hash = ?, password_changed_at = ? WHERE username = ?",
        [generate_password_hash(password, method="scrypt"), now_iso(), username],
    ).rowcount
    if not changed:
        raise AccountError(f'không có tài khoản tên "{username}"')


def count_officers(db: Database) -> int:
    return db.execute("SELECT count(*) FROM officers").fetchone()[0]


def generate_password() -> str:
    return secrets.token_urlsafe(12)


@functools.cache
def _dummy_hash() -> str:
    """Made at the first failed login, not at import: scrypt takes 32 MB for a moment, and every
    process that imports this module (the worker process too) kept that peak (measured by bench/)."""
    return generate_password_hash("not-a-real-password", method="scrypt")


def officer_by_username(db: Database, username: str) -> Row | None:
    return next(db.query("SELECT * FROM officers WHERE username = ?", [username]), None)


def list_officers(db: Database, include_disabled: bool = True) -> list[Row]:
    where = "" if include_disabled else "WHERE disabled = 0"
    return list(
        db.query(
            f"SELECT id, username, role, full_name, email, disabled, created_at,"  # nosec B608 # constant fragments, values bound
            f" password_changed_at, page_id FROM officers {where} ORDER BY username COLLATE NOCASE"
        )
    )


def set_disabled(db: Database, username: str, disabled: bool) -> Row:
    """Disable (or enable again) an account; its open console sessions end at once."""
    officer = officer_by_username(db, username)
    if officer is None:
        raise AccountError(f'không có tài khoản tên "{username}"')
    db.execute("UPDATE officers SET disabled = ? WHERE id = ?", [int(disabled), officer["id"]])
    if disabled:
        db.execute("DELETE FROM console_sessions WHERE officer_id = ?", [officer["id"]])
    return officer
