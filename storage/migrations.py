"""The schema, as an ordered list of migrations applied at start-up.

Never change a migration that has shipped: add a new one. Start-up applies
what is pending before any request is served, so no request ever creates a
table lazily.
"""
from sqlite_utils.migrations import Migrations

migrations = Migrations("pakn")


class SchemaTooNew(Exception):
    """The database was written by a newer PAKN Bot than this one."""


def _run_script(db, script):
    """Run statements one by one: `executescript` would commit the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_intake(db):
    _run_script(db, 
        """
        CREATE TABLE inbound_events (
            id INTEGER PRIMARY KEY,
            event_key TEXT NOT NULL UNIQUE,   -- mid, or a stable hash where there is none
            page_id TEXT,
            psid TEXT NOT NULL,
            kind TEXT NOT NULL,
            timestamp INTEGER NOT NULL,       -- Meta's, in ms: orders a citizen's events
            body TEXT NOT NULL,
            received_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',  -- pending | done | failed
            processed_at TEXT,
            error TEXT
        );
        CREATE INDEX inbound_events_pending ON inbound_events(status, timestamp);

        CREATE TABLE conversations (
            psid TEXT PRIMARY KEY,
            step TEXT NOT NULL,
            draft TEXT NOT NULL DEFAULT '{}',
            history TEXT NOT NULL DEFAULT '[]',
            last_inbound_ms INTEGER,
            thread_ack_ms INTEGER,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            psid TEXT NOT NULL,
            purpose TEXT NOT NULL,
            text_shown TEXT NOT NULL,
            answer TEXT NOT NULL,             -- granted | refused
            at TEXT NOT NULL,
            event_key TEXT
        );

        CREATE TABLE ticket_counters (
            prefix TEXT NOT NULL,
            year INTEGER NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (prefix, year)
        );

        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            psid TEXT,
            channel TEXT NOT NULL DEFAULT 'messenger',
            category TEXT NOT NULL,           -- feedback | petition | complaint | denunciation | unsure
            field TEXT NOT NULL,
            content TEXT NOT NULL,
            place_time TEXT,
            complaint_act TEXT,
            complaint_by TEXT,
            complaint_request TEXT,
            accused TEXT,
            violation TEXT,
            name TEXT,
            phone TEXT,                       -- E.164
            address TEXT,
            consent_id INTEGER REFERENCES consents(id),
            flagged TEXT,                     -- why the officer should look twice
            status TEXT NOT NULL DEFAULT 'new',
            created_at TEXT NOT NULL,
            deadline TEXT NOT NULL,           -- ISO date
            updated_at TEXT NOT NULL,
            answer TEXT
        );
        CREATE INDEX reports_psid ON reports(psid);
        CREATE INDEX reports_status_created ON reports(status, created_at);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            psid TEXT NOT NULL,
            report_id INTEGER REFERENCES reports(id),
            message TEXT NOT NULL,            -- the Send API `message` object, JSON
            messaging_type TEXT NOT NULL DEFAULT 'RESPONSE',
            tag TEXT,
            sent_by TEXT NOT NULL DEFAULT 'bot',
            status TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            error_code INTEGER,
            last_error TEXT,
            graph_message_id TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX outbox_pending ON outbox(status, psid, id);

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            psid TEXT NOT NULL,
            report_id INTEGER REFERENCES reports(id),
            direction TEXT NOT NULL,          -- in | out
            text TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'text',
            at TEXT NOT NULL,
            event_key TEXT,
            outbox_id INTEGER REFERENCES outbox(id)
        );
        CREATE INDEX messages_psid ON messages(psid, report_id);
        CREATE INDEX messages_report ON messages(report_id, id);

        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            psid TEXT NOT NULL,
            report_id INTEGER REFERENCES reports(id),
            message_id INTEGER REFERENCES messages(id),
            type TEXT NOT NULL,
            url TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',  -- pending | stored | failed | too_large
            path TEXT,
            size INTEGER,
            content_type TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            error TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX attachments_pending ON attachments(status, next_attempt_at);
        CREATE INDEX attachments_report ON attachments(report_id);

        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL UNIQUE,        -- one open alert per kind, e.g. graph_token_invalid
            message TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_officers(db):
    _run_script(db, """
        CREATE TABLE officers (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('officer', 'leader', 'admin')),
            full_name TEXT,
            email TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            password_changed_at TEXT NOT NULL
        );
        """)


# New migrations go above this line, each a new function; never edit a shipped one.


def apply_migrations(db):
    """Bring the schema up to date; refuse a database from a newer release."""
    check_not_newer(db)
    migrations.apply(db)


def check_not_newer(db):
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise SchemaTooNew(
            f"the database has migrations this version does not know ({', '.join(unknown)}): "
            "run a newer PAKN Bot or restore a backup made by this one"
        )
