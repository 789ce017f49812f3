"""The schema, as an ordered list of migrations applied at start-up.

Never change a migration that has shipped: add a new one. Start-up applies
what is pending before any request is served, so no request ever creates a
table lazily. The lists of statuses and categories a migration writes into the
schema come from core/case_rules.py: changing one there needs a new migration
that rebuilds what was made from it (an index, a CHECK, the search triggers).
"""

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from core.case_rules import (
    OPEN_STATUSES,
    PUBLISHABLE_CATEGORIES,
    person_protected_sql,
    protected_sql,
    protecting_category_sql,
    sql_list,
)

migrations = Migrations("pakn")


class SchemaTooNew(Exception):
    """The database was written by a newer PAKN Bot than this one."""


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: `executescript` would commit the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


@migrations()
def m001_intake(db: Database) -> None:
    _run_script(
        db,
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
        """,
    )


@migrations()
def m002_officers(db: Database) -> None:
    _run_script(
        db,
        """
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
        """,
    )


@migrations()
def m005_duty_officer(db: Database) -> None:
    """The duty officer: the ward's calendar, each case's deadline and its moves, the duty roster,
    officers' Messenger links, the e-mail queue and the daily digests."""
    _run_script(
        db,
        """
        -- summary: built at submission, never with the denouncer's identity
        ALTER TABLE reports ADD COLUMN summary TEXT;
        ALTER TABLE reports ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;

        CREATE TABLE calendar_days (
            day TEXT PRIMARY KEY,             -- ISO date
            kind TEXT NOT NULL CHECK (kind IN ('off', 'workday')),
            note TEXT,
            created_by TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE case_deadlines (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id),
            stage TEXT NOT NULL,              -- answer | accept | resolve
            received_on TEXT NOT NULL,
            accepted_on TEXT,
            complex INTEGER NOT NULL DEFAULT 0,
            extensions INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE deadline_changes (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            event TEXT NOT NULL,              -- received | accepted | extended | complex | reclassified
            old_deadline TEXT,
            new_deadline TEXT NOT NULL,
            reason TEXT,
            by TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX deadline_changes_report ON deadline_changes(report_id, id);

        CREATE TABLE duty_roster (
            day TEXT NOT NULL,                -- ISO date, or 'default' for days nobody was set
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            PRIMARY KEY (day, officer_id)
        );

        CREATE TABLE officer_messenger (
            officer_id INTEGER PRIMARY KEY REFERENCES officers(id),
            psid TEXT NOT NULL UNIQUE,
            linked_at TEXT NOT NULL,
            checked_in_ms INTEGER            -- Meta's timestamp of the last "trực": opens 24 h
        );

        CREATE TABLE officer_link_codes (
            code TEXT PRIMARY KEY,
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            expires_at REAL NOT NULL,
            used_at TEXT
        );

        CREATE TABLE email_outbox (
            id INTEGER PRIMARY KEY,
            to_addr TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            kind TEXT NOT NULL,               -- new_report | digest
            report_id INTEGER REFERENCES reports(id),
            status TEXT NOT NULL DEFAULT 'pending',  -- pending | sending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            claimed_at REAL,
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX email_outbox_due ON email_outbox(status, next_attempt_at);

        CREATE TABLE duty_notices (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            channel TEXT NOT NULL,            -- email | messenger | held (waits for the digest)
            officer_id INTEGER REFERENCES officers(id),
            email_id INTEGER REFERENCES email_outbox(id),
            outbox_id INTEGER REFERENCES outbox(id),
            at TEXT NOT NULL
        );
        CREATE INDEX duty_notices_report ON duty_notices(report_id);

        CREATE TABLE digests (
            day TEXT PRIMARY KEY,             -- one per working day, whoever runs it
            since TEXT NOT NULL,
            built_at TEXT NOT NULL,
            body TEXT NOT NULL,               -- the digest's JSON
            recipients INTEGER NOT NULL DEFAULT 0
        );
        """,
    )


@migrations()
def m003_outbox_claimed_at(db: Database) -> None:
    """`sending` rows with their claim time: after a crash they are in doubt until an echo settles them."""
    db.execute("ALTER TABLE outbox ADD COLUMN claimed_at REAL")


@migrations()
def m004_console(db: Database) -> None:
    """The officer's console: assignment and closing dates on cases, the audit log,
    console sessions, login attempts, answer templates, and the search index."""
    _run_script(
        db,
        f"""
        ALTER TABLE reports ADD COLUMN assigned_to INTEGER REFERENCES officers(id);
        ALTER TABLE reports ADD COLUMN forwarded_to TEXT;     -- the competent body it went to
        ALTER TABLE reports ADD COLUMN answered_at TEXT;      -- the officer's last answer
        ALTER TABLE reports ADD COLUMN closed_at TEXT;        -- resolved, forwarded or rejected
        -- Keyset pagination of the inbox (newest first) under each filter: every index
        -- ends with the rowid, so `WHERE x = ? AND id < ? ORDER BY id DESC` walks one.
        CREATE INDEX reports_status_id ON reports(status);
        CREATE INDEX reports_category_id ON reports(category);
        CREATE INDEX reports_field_id ON reports(field);
        CREATE INDEX reports_assigned_id ON reports(assigned_to);
        -- The overdue filter walks the open cases newest first (storage/search.py names it).
        CREATE INDEX reports_open_id ON reports(id) WHERE status IN {sql_list(OPEN_STATUSES)};
        CREATE INDEX outbox_report ON outbox(report_id);
        -- Statistics by year read this covering index, never the (large) rows.
        CREATE INDEX reports_stats ON reports(created_at, category, field, status, deadline, closed_at);

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            officer_id INTEGER REFERENCES officers(id),
            actor TEXT NOT NULL,             -- username, or `cli` / `system`
            action TEXT NOT NULL,            -- login, status, answer, note, assign, export, view_identity…
            report_id INTEGER REFERENCES reports(id),
            note TEXT,                       -- the officer's words (a status reason, an internal note)
            detail TEXT,                     -- JSON: what changed
            ip TEXT
        );
        CREATE INDEX audit_log_report ON audit_log(report_id, id);
        CREATE INDEX audit_log_action ON audit_log(action, id);

        CREATE TABLE console_sessions (
            token_hash TEXT PRIMARY KEY,     -- sha256 of the cookie's token: a stolen database opens nothing
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            ip TEXT
        );
        CREATE INDEX console_sessions_officer ON console_sessions(officer_id);

        CREATE TABLE login_attempts (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL COLLATE NOCASE,
            ip TEXT,
            at TEXT NOT NULL,
            ok INTEGER NOT NULL
        );
        CREATE INDEX login_attempts_username ON login_attempts(username, at);
        CREATE INDEX login_attempts_ip ON login_attempts(ip, at);

        CREATE TABLE answer_templates (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            created_by TEXT,
            created_at TEXT NOT NULL
        );
        """,
    )
    _create_report_search(db)
    for title, body in _FIRST_ANSWER_TEMPLATES:
        db.execute(
            "INSERT INTO answer_templates (title, body, created_by, created_at)"
            " VALUES (?, ?, 'system', strftime('%Y-%m-%dT%H:%M:%f+00:00'))",
            [title, body],
        )


_FIRST_ANSWER_TEMPLATES = [
    (
        "Đã nhận, đang xem xét",
        "Phường đã nhận được thông tin anh/chị gửi và đang xem xét. Cán bộ sẽ trả lời anh/chị trong thời hạn "
        "quy định. Anh/chị gửi mã hồ sơ vào đây để tra cứu bất cứ lúc nào.",
    ),
    (
        "Mời đến ký đơn",
        "Để giải quyết theo quy định, anh/chị vui lòng đến Bộ phận tiếp công dân của phường trong giờ hành "
        "chính để ký đơn. Anh/chị mang theo căn cước và giấy tờ liên quan.",
    ),
]


# Search text, folded in SQL so that any connection's writes keep the index in step:
# the tokenizer lowercases and strips marks (NFC or NFD alike), but no tokenizer maps
# đ to d, so the triggers do. Queries are folded with core.folding.fold (storage/search.py).
# A protected author's name, phone and address go in their own column, searched only by roles
# that may see them: otherwise a search by name would tell who denounced. Which cases those are
# was the category's alone until m020 (which rebuilds the index on the stored flag).
_FIRST_PROTECTED = protecting_category_sql("{r}.category")
_FIRST_WATCHED = (
    "code, content, place_time, complaint_act, complaint_by, complaint_request, accused, "
    "violation, forwarded_to, name, address, phone, category"
)
_BODY_COLUMNS = (
    "content",
    "place_time",
    "complaint_act",
    "complaint_by",
    "complaint_request",
    "accused",
    "violation",
    "forwarded_to",
)
_WHO = (
    "coalesce({r}.name, '') || ' ' || coalesce({r}.address, '') || ' ' || coalesce({r}.phone, '')"
    " || ' ' || CASE WHEN {r}.phone LIKE '+84%' THEN '0' || substr({r}.phone, 4) ELSE '' END"
)


def _search_columns(protected: str) -> dict[str, str]:
    """The index's columns as SQL on the row `{r}`; `protected`: the condition that hides the author."""
    return {  # nosec B105 # SQL, not passwords
        "code": "{r}.code || ' ' || ltrim(substr({r}.code, -5), '0')",
        "body": " || ' ' || ".join(f"coalesce({{r}}.{c}, '')" for c in _BODY_COLUMNS),
        "identity": f"CASE WHEN {protected} THEN '' ELSE {{who}} END",
        "secret_identity": f"CASE WHEN {protected} THEN {{who}} ELSE '' END",
    }


def _search_values(r: str, protected: str) -> str:
    return ", ".join(
        f"replace(replace({expr.format(r=r, who=_WHO.format(r=r))}, 'đ', 'd'), 'Đ', 'D')"
        for expr in _search_columns(protected).values()
    )


def _create_report_search(db: Database) -> None:
    columns = ", ".join(_search_columns(_FIRST_PROTECTED))
    db.execute(
        f"CREATE VIRTUAL TABLE report_search USING fts5({columns}, content='',"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    _fill_report_search(db, _FIRST_PROTECTED, _FIRST_WATCHED)


def _fill_report_search(db: Database, protected: str, watched: str) -> None:
    """The triggers that keep the index in step with `reports`, and the index of the rows there now."""
    columns = ", ".join(_search_columns(protected))
    insert = f"INSERT INTO report_search (rowid, {columns}) VALUES (new.id, {_search_values('new', protected)})"  # nosec B608 # constant fragments, values bound
    delete = (
        f"INSERT INTO report_search (report_search, rowid, {columns})"  # nosec B608 # constant fragments, values bound
        f" VALUES ('delete', old.id, {_search_values('old', protected)})"
    )
    db.execute(f"CREATE TRIGGER reports_search_insert AFTER INSERT ON reports BEGIN {insert}; END")
    db.execute(f"CREATE TRIGGER reports_search_delete AFTER DELETE ON reports BEGIN {delete}; END")
    db.execute(
        f"CREATE TRIGGER reports_search_update AFTER UPDATE OF {watched} ON reports BEGIN {delete}; {insert}; END"
    )
    db.execute(
        f"INSERT INTO report_search (rowid, {columns}) SELECT r.id, {_search_values('r', protected)} FROM reports r"  # nosec B608 # constant fragments, values bound
    )


@migrations()
def m008_channels_satisfaction_publication(db: Database) -> None:
    """Hotline calls as cases (reports.channel already exists), the citizen's rating of
    each answer, the agreement to publish, and the public page's own redacted copy of each case."""
    _run_script(
        db,
        f"""
        -- A consent given for a filed case (publication), or heard on the phone by an officer.
        ALTER TABLE consents ADD COLUMN report_id INTEGER REFERENCES reports(id);
        ALTER TABLE consents ADD COLUMN recorded_by TEXT;
        ALTER TABLE reports ADD COLUMN publish_consent_id INTEGER REFERENCES consents(id);
        ALTER TABLE reports ADD COLUMN publication_withheld INTEGER NOT NULL DEFAULT 0;  -- an officer unpublished
        ALTER TABLE reports ADD COLUMN review TEXT;   -- why a leader must look again, e.g. 'unsatisfied'
        CREATE INDEX reports_phone ON reports(phone) WHERE phone IS NOT NULL;  -- a caller's Messenger cases
        CREATE INDEX reports_channel_id ON reports(channel);

        CREATE TABLE ratings (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            source TEXT NOT NULL CHECK (source IN ('messenger', 'call')),
            status TEXT NOT NULL DEFAULT 'asked',   -- asked | answered | skipped
            rating TEXT CHECK (rating IN ('very_satisfied', 'satisfied', 'unsatisfied')),
            comment TEXT,
            asked_at TEXT NOT NULL,
            answered_at TEXT,
            recorded_by TEXT,                       -- the officer who heard it on the phone
            event_key TEXT
        );
        CREATE INDEX ratings_report ON ratings(report_id, id);
        CREATE INDEX ratings_answered ON ratings(answered_at) WHERE status = 'answered';

        -- What /cong-khai shows, and all it can read: the redacted question and answer. The
        -- CHECK keeps a denunciation (or a complaint) out whatever the code above it does.
        CREATE TABLE publications (
            id INTEGER PRIMARY KEY,                 -- newest first
            report_id INTEGER NOT NULL UNIQUE REFERENCES reports(id),
            code TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN {sql_list(PUBLISHABLE_CATEGORIES)}),
            field TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            search_text TEXT NOT NULL,              -- question and answer folded (core.folding.fold)
            received_on TEXT NOT NULL,              -- ISO dates, the ward's
            answered_on TEXT NOT NULL,
            published_at TEXT NOT NULL
        );
        """,
    )


@migrations()
def m009_pages(db: Database) -> None:
    """Several Facebook pages (wards) on one server. A case, a queued reply and an
    officer belong to a page; NULL is the single-ward setup (and, for an officer, every page).
    A reply's page is its case's, else the page its citizen last wrote to (PSIDs are page-scoped)."""
    _run_script(
        db,
        """
        ALTER TABLE reports ADD COLUMN page_id TEXT;
        ALTER TABLE outbox ADD COLUMN page_id TEXT;
        ALTER TABLE officers ADD COLUMN page_id TEXT;
        CREATE INDEX reports_page_id ON reports(page_id);
        CREATE INDEX inbound_events_psid ON inbound_events(psid);
        CREATE TRIGGER outbox_page AFTER INSERT ON outbox WHEN NEW.page_id IS NULL BEGIN
            UPDATE outbox SET page_id = coalesce(
                (SELECT page_id FROM reports WHERE id = NEW.report_id),
                (SELECT page_id FROM inbound_events WHERE psid = NEW.psid ORDER BY id DESC LIMIT 1))
            WHERE id = NEW.id;
        END;
        """,
    )


@migrations()
def m010_withdrawal(db: Database) -> None:
    """A citizen may withdraw a filed case from Messenger; the officer sees when."""
    _run_script(
        db,
        """
        ALTER TABLE reports ADD COLUMN withdrawn_at TEXT;
        """,
    )


@migrations()
def m011_conversation_language(db: Database) -> None:
    """A citizen who writes in English is answered in English from then on."""
    _run_script(
        db,
        """
        ALTER TABLE conversations ADD COLUMN language TEXT NOT NULL DEFAULT 'vi';
        """,
    )


@migrations()
def m012_understanding(db: Database) -> None:
    """What the bot understands, in tables the ward edits (console, `python -m bot knowledge`).
    A row's page_id NULL serves every ward; a ward's own row with the same key or keyword wins. The
    question-and-answer base is searched through an FTS5 index of text folded by the code (core.folding:
    no marks, đ→d), so `gio lam viec` finds `giờ làm việc`; only approved entries are ever answered."""
    _run_script(
        db,
        """
        CREATE TABLE knowledge_entries (
            id INTEGER PRIMARY KEY,
            page_id TEXT,                          -- NULL: every ward
            key TEXT NOT NULL,                     -- stable name, e.g. 'office_hours'
            question TEXT NOT NULL,
            keywords TEXT NOT NULL DEFAULT '',     -- words citizens use, searched with the question
            answer TEXT NOT NULL,                  -- may hold {HOTLINE}, {WARD_NAME}...: the ward's settings
            approved INTEGER NOT NULL DEFAULT 1,   -- the bot answers only approved entries
            updated_by TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX knowledge_entries_key ON knowledge_entries(coalesce(page_id, ''), key);
        CREATE VIRTUAL TABLE knowledge_search USING fts5(question, keywords, answer,
            tokenize = 'unicode61 remove_diacritics 2');  -- rowid = knowledge_entries.id; folded text
        CREATE TABLE knowledge_synonyms (
            id INTEGER PRIMARY KEY, page_id TEXT, term TEXT NOT NULL, expansion TEXT NOT NULL);
        CREATE TABLE field_keywords (
            id INTEGER PRIMARY KEY, page_id TEXT, keyword TEXT NOT NULL, field TEXT NOT NULL);
        CREATE UNIQUE INDEX field_keywords_keyword ON field_keywords(coalesce(page_id, ''), keyword);
        CREATE TABLE out_of_scope (
            id INTEGER PRIMARY KEY, page_id TEXT,
            topic TEXT NOT NULL,                   -- noise, land, waste...
            keywords TEXT NOT NULL,                -- comma-separated, folded
            handler_name TEXT NOT NULL,            -- who handles it
            handler_phone TEXT);
        """,
    )
    from storage.knowledge import save_entry
    from storage.understanding_seed import FIELD_KEYWORDS, KNOWLEDGE, OUT_OF_SCOPE, SYNONYMS

    for key, question, keywords, answer in KNOWLEDGE:
        save_entry(db, {"key": key, "question": question, "keywords": keywords, "answer": answer}, "seed")
    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS)
    db.conn.executemany("INSERT INTO field_keywords (keyword, field) VALUES (?, ?)", FIELD_KEYWORDS)
    db.conn.executemany(
        "INSERT INTO out_of_scope (topic, keywords, handler_name, handler_phone) VALUES (?, ?, ?, ?)", OUT_OF_SCOPE
    )


@migrations()
def m013_conversations_by_page(db: Database) -> None:
    """A conversation is keyed by (page, PSID), so an event signed by ward A's app
    never moves ward B's citizen's draft. '' is the single-ward setup (no PAGES_FILE); an existing
    conversation takes the page of its citizen's latest case (a draft without one: '')."""
    _run_script(
        db,
        """
        CREATE TABLE conversations_by_page (
            page_id TEXT NOT NULL DEFAULT '',
            psid TEXT NOT NULL,
            step TEXT NOT NULL,
            draft TEXT NOT NULL DEFAULT '{}',
            history TEXT NOT NULL DEFAULT '[]',
            last_inbound_ms INTEGER,
            thread_ack_ms INTEGER,
            updated_at TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'vi',
            PRIMARY KEY (page_id, psid)
        );
        INSERT INTO conversations_by_page
            SELECT coalesce((SELECT page_id FROM reports r WHERE r.psid = c.psid ORDER BY r.id DESC LIMIT 1), ''),
                   psid, step, draft, history, last_inbound_ms, thread_ack_ms, updated_at, language
            FROM conversations c;
        DROP TABLE conversations;
        ALTER TABLE conversations_by_page RENAME TO conversations;
        CREATE INDEX conversations_psid ON conversations(psid);
        """,
    )


@migrations()
def m014_ward_duty_tables(db: Database) -> None:
    """The duty roster, the calendar table and answer templates belong to a ward.
    NULL is the single-ward setup, and with several wards what applies to every ward (set by a
    province admin or the command line); a ward's own rows come first for that ward."""
    _run_script(
        db,
        """
        ALTER TABLE duty_roster ADD COLUMN page_id TEXT;
        ALTER TABLE answer_templates ADD COLUMN page_id TEXT;
        CREATE TABLE calendar_days_by_page (
            page_id TEXT,
            day TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('off', 'workday')),
            note TEXT,
            created_by TEXT,
            created_at TEXT NOT NULL
        );
        INSERT INTO calendar_days_by_page SELECT NULL, day, kind, note, created_by, created_at FROM calendar_days;
        DROP TABLE calendar_days;
        ALTER TABLE calendar_days_by_page RENAME TO calendar_days;
        CREATE UNIQUE INDEX calendar_days_page_day ON calendar_days(coalesce(page_id, ''), day);
        """,
    )


@migrations()
def m015_handoffs(db: Database) -> None:
    """A citizen handed to a person (asked for an officer, or the Page inbox took the
    thread). One open handoff per (page, PSID): PSIDs are page-scoped, and conversation state is
    moving to that key too. The thread is the messages tagged with the handoff's id."""
    _run_script(
        db,
        """
        CREATE TABLE handoffs (
            id INTEGER PRIMARY KEY,
            page_id TEXT,                     -- NULL in a single-ward setup, as reports.page_id
            psid TEXT NOT NULL,
            reason TEXT NOT NULL,             -- asked | page_inbox | answered | unmatched (listed only:
                                              -- messages that fit no case; the bot keeps answering)
            status TEXT NOT NULL DEFAULT 'open',  -- open | closed
            opened_at TEXT NOT NULL,
            last_activity_at TEXT NOT NULL,   -- the quiet time counts from here
            first_answer_at TEXT,             -- the first human answer (console, CLI or Page inbox)
            first_answer_by TEXT,
            inbox_control INTEGER NOT NULL DEFAULT 0,  -- 1 while Meta's Page inbox holds the thread
            notices TEXT NOT NULL DEFAULT '[]',        -- the duty notices sent, JSON
            closed_at TEXT,
            closed_by TEXT,
            close_reason TEXT,                -- officer | citizen | page_inbox | quiet | case
            report_id INTEGER REFERENCES reports(id)   -- the case it was turned into
        );
        CREATE UNIQUE INDEX handoffs_one_open ON handoffs(coalesce(page_id, ''), psid) WHERE status = 'open';
        CREATE INDEX handoffs_opened ON handoffs(opened_at);
        ALTER TABLE messages ADD COLUMN handoff_id INTEGER REFERENCES handoffs(id);
        CREATE INDEX messages_handoff ON messages(handoff_id, id);
        CREATE TABLE page_app_roles (
            page_id TEXT NOT NULL,            -- '' in a single-ward setup
            app_id TEXT NOT NULL,
            roles TEXT NOT NULL,              -- JSON list, from Meta's app_roles event
            updated_at TEXT NOT NULL,
            PRIMARY KEY (page_id, app_id)
        );
        """,
    )


@migrations()
def m016_data_rights(db: Database) -> None:
    """The citizen's data rights. A consent can be withdrawn (kept, dated, never deleted: it
    shows what was agreed and until when); a case's personal data can be anonymised; each request
    (in the chat, or Meta's deletion callback) is kept with what was done, under an unguessable code."""
    _run_script(
        db,
        """
        ALTER TABLE consents ADD COLUMN withdrawn_at TEXT;
        ALTER TABLE reports ADD COLUMN anonymised_at TEXT;
        CREATE TABLE data_requests (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,       -- Meta's confirmation_code, and the status page's address
            source TEXT NOT NULL,            -- chat | meta | retention
            kind TEXT NOT NULL,              -- access | withdraw | delete
            psid TEXT,                       -- NULL once the request is done and the citizen erased
            page_id TEXT,
            outcome TEXT NOT NULL DEFAULT '{}',  -- JSON: counts of what was deleted, anonymised, kept
            created_at TEXT NOT NULL
        );
        """,
    )


@migrations()
def m017_english_answers(db: Database) -> None:
    """The knowledge base's answers in English too, for foreign residents; the ward edits them
    beside the Vietnamese ones (console "Hỏi đáp"). Only the seeded entries get one here."""
    _run_script(
        db,
        """
        ALTER TABLE knowledge_entries ADD COLUMN answer_en TEXT;
        """,
    )
    from storage.understanding_seed import ENGLISH_ANSWERS

    db.conn.executemany(
        "UPDATE knowledge_entries SET answer_en = ? WHERE key = ? AND page_id IS NULL",
        [(answer, key) for key, answer in ENGLISH_ANSWERS.items()],
    )


@migrations()
def m018_data_request_answers(db: Database) -> None:
    """A data subject's request is answered within 2 working days (Decree 356/2025/NĐ-CP): each request
    says when it was answered (NULL: it waits for an officer, its due date counted from created_at on
    the ward's calendar); a Meta request that waits keeps the app-scoped id it names, to finish it, and
    until then only. `request_key` is the hash of Meta's signed_request: a replay is the same request,
    answered with the first one's confirmation code."""
    _run_script(
        db,
        """
        ALTER TABLE data_requests ADD COLUMN answered_at TEXT;
        ALTER TABLE data_requests ADD COLUMN request_key TEXT;
        ALTER TABLE data_requests ADD COLUMN app_user_id TEXT;
        CREATE UNIQUE INDEX data_requests_key ON data_requests(request_key) WHERE request_key IS NOT NULL;
        CREATE INDEX data_requests_waiting ON data_requests(answered_at, created_at);
        UPDATE data_requests SET answered_at = created_at
            WHERE coalesce(json_extract(outcome, '$.unmatched_reason'), '') != 'graph';
        """,
    )


@migrations()
def m019_chain_of_handling(db: Database) -> None:
    """The chain the ward's notice sets (§3.1-3.2). The ward's departments (phòng, ban, đơn vị):
    NULL page is every ward's, seeded with the notice's names; a ward's own row of the same name
    comes first for that ward. A consultation asks one of them, by an unguessable link of which
    only the hash is kept (the nonce, with SECRET_KEY, remakes the link for the officers' list;
    alone it opens nothing). An answer in a formal category waits as a draft for a leader.
    Proposals and directions are audit-log entries, as internal notes are."""
    _run_script(
        db,
        """
        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            page_id TEXT,                    -- NULL: every ward's
            name TEXT NOT NULL,
            email TEXT,                      -- where its requests go (through the e-mail outbox)
            disabled INTEGER NOT NULL DEFAULT 0,
            created_by TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX departments_page_name ON departments(coalesce(page_id, ''), name COLLATE NOCASE);

        CREATE TABLE consultations (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            department_id INTEGER NOT NULL REFERENCES departments(id),
            department TEXT NOT NULL,        -- its name when asked
            question TEXT NOT NULL,
            due TEXT NOT NULL,               -- ISO date
            asked_by TEXT NOT NULL,
            asked_by_id INTEGER REFERENCES officers(id),
            asked_at TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE, -- sha256 of the link's token
            token_nonce TEXT NOT NULL,
            email_id INTEGER REFERENCES email_outbox(id),
            answered_at TEXT,
            answer TEXT,
            answered_by TEXT                 -- the name the department's clerk gave
        );
        CREATE INDEX consultations_report ON consultations(report_id, id);
        CREATE INDEX consultations_waiting ON consultations(due) WHERE answered_at IS NULL;

        CREATE TABLE consultation_files (
            id INTEGER PRIMARY KEY,
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            original_name TEXT,              -- shown to officers only; the download is named by the code
            content_type TEXT NOT NULL,      -- sniffed from the bytes
            size INTEGER NOT NULL,
            path TEXT NOT NULL,              -- ATTACHMENTS_DIR/consultations/<id>/<random>: no citizen in it
            created_at TEXT NOT NULL
        );
        CREATE INDEX consultation_files_of ON consultation_files(consultation_id);

        CREATE TABLE answer_drafts (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            text TEXT NOT NULL,
            drafted_by TEXT NOT NULL,
            drafted_by_id INTEGER REFERENCES officers(id),
            drafted_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'waiting',  -- waiting | approved | returned | replaced
            decided_by TEXT,
            decided_at TEXT,
            decision_note TEXT
        );
        CREATE UNIQUE INDEX answer_drafts_one_waiting ON answer_drafts(report_id) WHERE status = 'waiting';
        CREATE INDEX answer_drafts_report ON answer_drafts(report_id, id);
        """,
    )
    from core.clock import now_iso
    from storage.departments import NOTICE_DEPARTMENTS

    at = now_iso()
    db.conn.executemany(
        "INSERT INTO departments (page_id, name, created_by, created_at, updated_at) VALUES (NULL, ?, 'notice', ?, ?)",
        [(name, at, at) for name in NOTICE_DEPARTMENTS],
    )


@migrations()
def m020_zalo_tokens(db: Database) -> None:
    """The Zalo Official Account's token pair, kept here and nowhere else: Zalo's refresh token is
    single-use and each refresh returns a new pair, so a pair held only in memory or in .env is
    lost at the first restart. One row per OA. `generation` counts the pairs; `lease_*` is the one
    process refreshing it now (zalo/tokens.py: taken with BEGIN IMMEDIATE, expiring on its own if
    that process dies); `settings_fingerprint` is the hash of the refresh token .env seeded it
    with, so a new pair the admin puts in .env is noticed, and an old one never brought back."""
    _run_script(
        db,
        """
        CREATE TABLE zalo_tokens (
            oa_id TEXT PRIMARY KEY,
            access_token TEXT NOT NULL,
            refresh_token TEXT NOT NULL,
            access_expires_at REAL NOT NULL,   -- unix seconds; 0: unknown, refresh before use
            generation INTEGER NOT NULL DEFAULT 1,
            source TEXT NOT NULL,              -- settings | refresh | admin
            updated_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_until REAL,
            settings_fingerprint TEXT,
            last_error TEXT                    -- the last failed refresh, for the admin (never a token)
        );
        """,
    )


@migrations()
def m021_notices(db: Database) -> None:
    """Every notice owed an officer is a row (casework/notices.py): one per officer it is for (none yet
    while nobody is on duty), with its status (queued, sent, held and why until when, failed and why,
    cancelled) and the e-mail and Messenger rows that carry it. It replaces duty_notices: what those
    rows sent is kept as sent notices; one held for a case still untouched is held again, so that it
    goes out when an officer comes on duty. Cases and handoffs record when an officer last opened
    them, citizens' messages nobody has read yet ("tin mới"), since when a case is urgent, and
    when it was escalated because nobody acted."""
    _run_script(
        db,
        f"""
        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            group_id INTEGER,                 -- the first row of the same notice (its copies to other officers)
            kind TEXT NOT NULL,               -- storage/notices.py: KINDS
            page_id TEXT,                     -- the ward; NULL in a single-ward setup
            report_id INTEGER REFERENCES reports(id),
            handoff_id INTEGER REFERENCES handoffs(id),
            officer_id INTEGER REFERENCES officers(id),  -- NULL: owed to whoever comes on duty
            audience TEXT NOT NULL DEFAULT 'duty',       -- duty | officers
            urgent INTEGER NOT NULL DEFAULT 0,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL,             -- queued | sent | held | failed | cancelled
            reason TEXT,                      -- why held, failed or cancelled (storage/notices.py: REASONS)
            detail TEXT,                      -- the e-mail server's or Meta's words for a failure
            held_until TEXT,                  -- when a held notice is expected to go (NULL: when an officer checks in)
            next_attempt_at TEXT,             -- when a held or failed notice is looked at again
            attempts INTEGER NOT NULL DEFAULT 0,
            email_id INTEGER REFERENCES email_outbox(id),
            outbox_id INTEGER REFERENCES outbox(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX notices_waiting ON notices(status, next_attempt_at);
        CREATE INDEX notices_report ON notices(report_id);
        CREATE INDEX notices_handoff ON notices(handoff_id);
        CREATE INDEX notices_group ON notices(group_id);

        INSERT INTO notices (group_id, kind, page_id, report_id, officer_id, subject, body, status,
                             email_id, outbox_id, created_at, updated_at, sent_at)
            SELECT NULL, 'new_report', r.page_id, d.report_id, d.officer_id,
                   coalesce((SELECT subject FROM email_outbox WHERE id = d.email_id), '[PAKN] Hồ sơ mới ' || r.code),
                   coalesce(r.summary, r.code), 'sent', d.email_id, d.outbox_id, d.at, d.at, d.at
            FROM duty_notices d JOIN reports r ON r.id = d.report_id WHERE d.channel != 'held';
        -- A held one: carried by a digest built since (sent), moot once the case moved (cancelled),
        -- else held for whoever comes on duty.
        INSERT INTO notices (kind, page_id, report_id, subject, body, status, reason, next_attempt_at,
                             created_at, updated_at)
            SELECT 'new_report', r.page_id, d.report_id, '[PAKN] Hồ sơ mới ' || r.code,
                   'Hồ sơ mới:' || char(10) || coalesce(r.summary, r.code) || char(10) || 'Xem và xử lý trong console.',
                   CASE WHEN EXISTS (SELECT 1 FROM digests WHERE built_at > d.at) THEN 'sent'
                        WHEN r.status = 'new' THEN 'held' ELSE 'cancelled' END,
                   CASE WHEN EXISTS (SELECT 1 FROM digests WHERE built_at > d.at) THEN 'in_digest'
                        WHEN r.status = 'new' THEN 'nobody_on_duty' ELSE 'seen' END,
                   d.at, d.at, d.at
            FROM duty_notices d JOIN reports r ON r.id = d.report_id
            WHERE d.channel = 'held' AND NOT EXISTS (
                SELECT 1 FROM duty_notices o WHERE o.report_id = d.report_id AND o.channel != 'held');
        UPDATE notices SET group_id = id WHERE group_id IS NULL;
        DROP TABLE duty_notices;

        ALTER TABLE reports ADD COLUMN urgent_at TEXT;      -- since when it is urgent (the ack time counts from here)
        ALTER TABLE reports ADD COLUMN seen_at TEXT;        -- an officer last opened or acted on it
        ALTER TABLE reports ADD COLUMN seen_by TEXT;
        ALTER TABLE reports ADD COLUMN unseen_since TEXT;   -- "tin mới": the citizen wrote, no officer opened it since
        ALTER TABLE reports ADD COLUMN escalated_at TEXT;
        UPDATE reports SET urgent_at = created_at WHERE urgent = 1;
        -- A case an officer already moved was seen; an urgent one still new is escalated if nobody opens it.
        UPDATE reports SET seen_at = updated_at WHERE status != 'new';
        CREATE INDEX reports_open_urgent ON reports(id) WHERE urgent = 1 AND status IN {sql_list(OPEN_STATUSES)};
        ALTER TABLE handoffs ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE handoffs ADD COLUMN seen_at TEXT;
        ALTER TABLE handoffs ADD COLUMN seen_by TEXT;
        ALTER TABLE handoffs ADD COLUMN escalated_at TEXT;
        """,  # nosec B608 # constant fragments (sql_list of fixed statuses), no values
    )


@migrations()
def m022_safety_advice(db: Database) -> None:
    """The ward's safety advice for danger now (a fraud in progress, people at risk), said before any
    question: two entries of the question-and-answer base, edited or unapproved like every other."""
    from storage.knowledge import save_entry
    from storage.understanding_seed import SAFETY_ENGLISH, SAFETY_KNOWLEDGE

    for key, question, keywords, answer in SAFETY_KNOWLEDGE:
        entry = {"key": key, "question": question, "keywords": keywords, "answer": answer}
        save_entry(db, dict(entry, answer_en=SAFETY_ENGLISH[key]), "seed")


@migrations()
def m023_related_case(db: Database) -> None:
    """A report about an earlier case ("mã AQ-2026-00113 ... đề nghị mở lại") names it: the officer
    reads the two together."""
    _run_script(
        db,
        """
        ALTER TABLE reports ADD COLUMN about_report_id INTEGER REFERENCES reports(id);
        """,
    )


@migrations()
def m024_conversation_voice(db: Database) -> None:
    """How the bot speaks to each citizen, kept across messages (core/voice.py): the word they use
    for themselves and for the bot ("bà", "cháu"), and when the categories were explained and a
    sorry said (each once per conversation). JSON, like the draft."""
    _run_script(
        db,
        """
        ALTER TABLE conversations ADD COLUMN voice TEXT NOT NULL DEFAULT '{}';
        """,
    )


@migrations()
def m025_protected_people(db: Database) -> None:
    """Protection belongs to the person (Law on Denunciations 2018, Art. 47): whoever started or filed
    a denunciation on a page is protected there, in every case and conversation of theirs, whatever
    its category. `protected_people` keeps who, since when and why; `reports.protected` marks each of
    their cases (and a hotline denunciation, which has no PSID), so that SQL can filter on it and the
    search index hides them. Triggers keep both whatever writes: a draft reaching the category, a case
    filed or reclassified as one, a case made later for the same (page, PSID) by the bot, an officer
    or a hotline link. The flag is never cleared: a reclassification away from denunciation keeps it."""
    denunciation = protecting_category_sql
    now = "strftime('%Y-%m-%dT%H:%M:%f+00:00')"
    draft_category = "json_extract(new.draft, '$.category')"
    # Not `INSERT OR IGNORE`: an outer statement's conflict policy (the conversations' upsert) would
    # override it inside a trigger. A person already protected stays as first recorded.
    new_person = f"NOT {person_protected_sql('new.page_id', 'new.psid')}"
    protect_draft = (
        "INSERT INTO protected_people (page_id, psid, since, reason)"
        f" SELECT new.page_id, new.psid, {now}, 'started' WHERE {new_person}"
    )
    flag_new_row = (
        "UPDATE reports SET protected = 1 WHERE id = new.id AND protected = 0"  # nosec B608 # constant fragments, no values
        f" AND ({denunciation('new.category')} OR {person_protected_sql('new.page_id', 'new.psid')})"
    )
    _run_script(
        db,
        f"""
        CREATE TABLE protected_people (
            page_id TEXT NOT NULL,            -- '' in a single-ward setup, as conversations.page_id
            psid TEXT NOT NULL,
            since TEXT NOT NULL,
            reason TEXT NOT NULL,             -- started | filed | reclassified | linked
            report_id INTEGER REFERENCES reports(id),  -- the case that made them protected (NULL: a draft)
            PRIMARY KEY (page_id, psid)
        );
        ALTER TABLE reports ADD COLUMN protected INTEGER NOT NULL DEFAULT 0;
        INSERT OR IGNORE INTO protected_people (page_id, psid, since, reason, report_id)
            SELECT coalesce(page_id, ''), psid, created_at, 'filed', id FROM reports
            WHERE psid IS NOT NULL AND {denunciation("category")} ORDER BY id;
        INSERT OR IGNORE INTO protected_people (page_id, psid, since, reason)
            SELECT page_id, psid, updated_at, 'started' FROM conversations
            WHERE {denunciation("json_extract(draft, '$.category')")};
        UPDATE reports SET protected = 1
            WHERE {denunciation("category")} OR {person_protected_sql("reports.page_id", "reports.psid")};
        CREATE TRIGGER protected_people_cases AFTER INSERT ON protected_people BEGIN
            UPDATE reports SET protected = 1
                WHERE psid = new.psid AND coalesce(page_id, '') = new.page_id AND protected = 0;
        END;
        CREATE TRIGGER reports_protect_insert AFTER INSERT ON reports BEGIN
            INSERT INTO protected_people (page_id, psid, since, reason, report_id)
                SELECT coalesce(new.page_id, ''), new.psid, new.created_at, 'filed', new.id
                WHERE new.psid IS NOT NULL AND {denunciation("new.category")} AND {new_person};
            {flag_new_row};
        END;
        CREATE TRIGGER reports_protect_update AFTER UPDATE OF category, psid, page_id ON reports BEGIN
            INSERT INTO protected_people (page_id, psid, since, reason, report_id)
                SELECT coalesce(new.page_id, ''), new.psid, {now},
                    CASE WHEN new.psid IS old.psid THEN 'reclassified' ELSE 'linked' END, new.id
                WHERE new.psid IS NOT NULL AND ({denunciation("new.category")} OR new.protected = 1)
                AND {new_person};
            {flag_new_row};
        END;
        CREATE TRIGGER conversations_protect_insert AFTER INSERT ON conversations
            WHEN {denunciation(draft_category)} BEGIN {protect_draft}; END;
        CREATE TRIGGER conversations_protect_update AFTER UPDATE OF draft ON conversations
            WHEN {denunciation(draft_category)} BEGIN {protect_draft}; END;
        DROP TRIGGER reports_search_insert;
        DROP TRIGGER reports_search_delete;
        DROP TRIGGER reports_search_update;
        INSERT INTO report_search (report_search) VALUES ('delete-all');
        """,  # nosec B608 # constant fragments, no values
    )
    _fill_report_search(db, protected_sql("{r}"), _FIRST_WATCHED + ", protected")


@migrations()
def m026_conversation_only_messages(db: Database) -> None:
    """A message handled as a look-up, a data-rights request or other chat that belongs to no case is
    marked when it is handled, with the replies to it: it stays in the conversation and never joins
    a case's thread (storage/threads.py)."""
    _run_script(
        db,
        """
        ALTER TABLE messages ADD COLUMN conversation_only INTEGER NOT NULL DEFAULT 0;
        """,
    )


@migrations()
def m027_more_ways_to_ask(db: Database) -> None:
    """A question that is only "ở đâu" ("phường ở đâu vậy"), and the hours and the place asked in English,
    find the ward's entries: synonyms added to every ward's shared base (a ward's own rows are its own)."""
    from storage.understanding_seed import SYNONYMS_ADDED

    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS_ADDED)


@migrations()
def m028_weekend_holidays_and_more(db: Database) -> None:
    """The weekend, the holidays and the closing hour, the ward's place, the real page, someone sent in
    one's place, filing online, and English words for an answer, a name kept secret and who reads find
    the ward's entries; the page's officer is found by "số điện thoại" too (every ward's shared base)."""
    from storage.knowledge import entry_by_key, save_entry
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_3, SYNONYMS_ADDED_DEC_3

    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS_ADDED_DEC_3)
    for key, words in KEYWORDS_ADDED_DEC_3.items():  # appended to the shared entry, its index row with it
        entry = entry_by_key(db, key)
        if entry is not None and words not in entry["keywords"]:
            save_entry(db, dict(entry, keywords=f"{entry['keywords']} {words}"), entry["updated_by"], entry["id"])


@migrations()
def m029_hotline_days_and_duty(db: Database) -> None:
    """The days the hotline takes calls find its entry, and "có ai trực" of a day or a time the hours
    (every ward's shared base)."""
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_3_HOTLINE, SYNONYMS_ADDED_DEC_3_DUTY

    _append_keywords(db, KEYWORDS_ADDED_DEC_3_HOTLINE)
    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS_ADDED_DEC_3_DUTY)


@migrations()
def m030_hours_in_simple_english(db: Database) -> None:
    """The hours and days asked in simple English find the ward's hours, and so does the hotline asked
    of a holiday (every ward's shared base)."""
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_3_HOURS, SYNONYMS_ADDED_DEC_3_ENGLISH

    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS_ADDED_DEC_3_ENGLISH)
    _append_keywords(db, KEYWORDS_ADDED_DEC_3_HOURS)


@migrations()
def m031_hours_asked_and_personal_data(db: Database) -> None:
    """ "What hours" finds the ward's hours, land or noise asked of this page its scope, and what the
    consent is about, asked before agreeing, has an entry of its own: where the data is kept, for what,
    who sees it, how to see or delete it (every ward's shared base; the ward edits or unapproves it)."""
    from storage.knowledge import entry_by_key, save_entry
    from storage.understanding_seed import (
        KEYWORDS_ADDED_DEC_3_EVENING,
        PERSONAL_DATA_ENTRY,
        SYNONYMS_ADDED_DEC_3_EVENING,
    )

    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS_ADDED_DEC_3_EVENING)
    _append_keywords(db, KEYWORDS_ADDED_DEC_3_EVENING)  # the matters the scope's answer says go elsewhere
    if entry_by_key(db, PERSONAL_DATA_ENTRY["key"]) is None:
        save_entry(db, dict(PERSONAL_DATA_ENTRY), "seed")


@migrations()
def m032_one_stop_hours_and_no_fees(db: Database) -> None:
    """The one-stop section's hours asked find the ward's hours, and whether sending costs anything has an
    entry of its own: nothing, and money asked for a case is a fraud (every ward's shared base; the ward
    edits or unapproves it)."""
    from storage.knowledge import entry_by_key, save_entry
    from storage.understanding_seed import FEES_ENTRY, KEYWORDS_ADDED_DEC_3_NIGHT

    _append_keywords(db, KEYWORDS_ADDED_DEC_3_NIGHT)
    if entry_by_key(db, FEES_ENTRY["key"]) is None:
        save_entry(db, dict(FEES_ENTRY), "seed")


@migrations()
def m033_sent_by_facebook_counts(db: Database) -> None:
    """Whether a complaint or a denunciation sent by Facebook counts finds their how-to entries, which say
    what the law asks (every ward's shared base)."""
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_4

    _append_keywords(db, KEYWORDS_ADDED_DEC_4)


@migrations()
def m034_batch_40_wordings(db: Database) -> None:
    """The words of questions batch 40 asked that their entries did not hold (every ward's shared base)."""
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_7

    _append_keywords(db, KEYWORDS_ADDED_DEC_7)


@migrations()
def m035_batch_41_wordings(db: Database) -> None:
    """The words batch 41 used that the shared keyword tables did not hold: a field's ("startup"), and the
    entries' (whether the one denounced is told the name, asked in English)."""
    from storage.understanding_seed import FIELD_KEYWORDS_ADDED_DEC_7, KEYWORDS_ADDED_DEC_7_BATCH_41

    db.conn.executemany(
        "INSERT OR IGNORE INTO field_keywords (keyword, field) VALUES (?, ?)", FIELD_KEYWORDS_ADDED_DEC_7
    )
    _append_keywords(db, KEYWORDS_ADDED_DEC_7_BATCH_41)


@migrations()
def m036_batch_43_wordings(db: Database) -> None:
    """The words batch 43's formal letter used of filing a complaint here or on paper, and batch 44's of
    where personal data is kept (shared base)."""
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_7_BATCH_43

    _append_keywords(db, KEYWORDS_ADDED_DEC_7_BATCH_43)


def _add_synonyms(db: Database, pairs: list[tuple[str, str]]) -> None:
    """Shared synonyms (term, expansion), as the ward adds its own in the console."""
    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", pairs)


def _append_keywords(db: Database, added: dict[str, str]) -> None:
    """Words appended to shared entries' keywords, each entry's index row with it."""
    from storage.knowledge import entry_by_key, save_entry

    for key, words in added.items():
        entry = entry_by_key(db, key)
        if entry is not None and words not in entry["keywords"]:
            save_entry(db, dict(entry, keywords=f"{entry['keywords']} {words}"), entry["updated_by"], entry["id"])


@migrations()
def m037_batch_48_wordings(db: Database) -> None:
    """The words batch 48 used of personal data leaking out (shared base)."""
    from storage.understanding_seed import KEYWORDS_ADDED_DEC_7_BATCH_48

    _append_keywords(db, KEYWORDS_ADDED_DEC_7_BATCH_48)


@migrations()
def m038_batch_50_wordings(db: Database) -> None:
    """The words batch 50 used of the ward's days and of how long until someone handles a case, and how
    the four categories differ, an entry of its own (shared base; the ward edits or unapproves it)."""
    from storage.knowledge import entry_by_key, save_entry
    from storage.understanding_seed import CATEGORIES_ENTRY, KEYWORDS_ADDED_DEC_7_BATCH_50

    _append_keywords(db, KEYWORDS_ADDED_DEC_7_BATCH_50)
    if entry_by_key(db, CATEGORIES_ENTRY["key"]) is None:
        save_entry(db, dict(CATEGORIES_ENTRY), "seed")


@migrations()
def m039_batch_53_wordings(db: Database) -> None:
    """Whether the ward answers on a day off, in batch 53's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_7_BATCH_53

    db.conn.executemany("INSERT INTO knowledge_synonyms (term, expansion) VALUES (?, ?)", SYNONYMS_ADDED_DEC_7_BATCH_53)


@migrations()
def m040_batch_58_wordings(db: Database) -> None:
    """What the page takes, asked in English in batch 58's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_7_BATCH_58

    _add_synonyms(db, SYNONYMS_ADDED_DEC_7_BATCH_58)


@migrations()
def m041_batch_59_wordings(db: Database) -> None:
    """Who reads the page's messages, in batch 59's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_7_BATCH_59

    _add_synonyms(db, SYNONYMS_ADDED_DEC_7_BATCH_59)


@migrations()
def m042_batch_60_wordings(db: Database) -> None:
    """A phone sold on, in batch 60's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_7_BATCH_60

    _add_synonyms(db, SYNONYMS_ADDED_DEC_7_BATCH_60)


@migrations()
def m043_batch_61_wordings(db: Database) -> None:
    """Whether someone at the ward reads the messages, in batch 61's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_7_BATCH_61

    _add_synonyms(db, SYNONYMS_ADDED_DEC_7_BATCH_61)


@migrations()
def m044_batch_62_wordings(db: Database) -> None:
    """Whether an officer reads the messages, in batch 62's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_8_BATCH_62

    _add_synonyms(db, SYNONYMS_ADDED_DEC_8_BATCH_62)


@migrations()
def m045_batch_63_wordings(db: Database) -> None:
    """Who reads what is sent here, and the office's opening times, in batch 63's words (shared synonyms)."""
    from storage.understanding_seed import SYNONYMS_ADDED_DEC_8_BATCH_63

    _add_synonyms(db, SYNONYMS_ADDED_DEC_8_BATCH_63)


# New migrations go above this line, each a new function; never edit a shipped one.


def apply_migrations(db: Database) -> None:
    """Bring the schema up to date; refuse a database from a newer release."""
    check_not_newer(db)
    migrations.apply(db)


def check_not_newer(db: Database) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise SchemaTooNew(
            f"the database has migrations this version does not know ({', '.join(unknown)}): "
            "run a newer PAKN Bot or restore a backup made by this one"
        )
