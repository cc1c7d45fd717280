-- Version 1 of the case store with a little data: the schema as migration
-- 0001 created it (a frozen copy), then rows every later migration must keep.
-- Version 1 of the Jiuzhu case store. Each migration file runs in one
-- transaction together with the PRAGMA user_version that records it.
-- Dates are ISO 8601 text (YYYY-MM-DD), months YYYY-MM, times UTC ISO 8601,
-- money integer fen.

CREATE TABLE office (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    profile         TEXT NOT NULL CHECK (profile IN ('township', 'district')),
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    district_code   TEXT NOT NULL,
    district_name   TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at      TEXT NOT NULL
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL DEFAULT '',
    roles           TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE communities (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL DEFAULT '',
    name    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('village', 'community')),
    area    TEXT NOT NULL CHECK (area IN ('urban', 'rural'))
);

CREATE TABLE households (
    id              INTEGER PRIMARY KEY,
    household_no    TEXT NOT NULL UNIQUE,
    community_id    INTEGER NOT NULL REFERENCES communities(id),
    address         TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    bank_account    TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX households_community ON households(community_id);

CREATE TABLE members (
    id                  INTEGER PRIMARY KEY,
    household_id        INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    id_number           TEXT NOT NULL UNIQUE,
    sex                 TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date          TEXT NOT NULL,
    relation            TEXT NOT NULL,
    is_head             INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    disability_grade    INTEGER NOT NULL DEFAULT 0 CHECK (disability_grade BETWEEN 0 AND 4),
    disability_kind     TEXT NOT NULL DEFAULT '',
    illness             TEXT NOT NULL DEFAULT '',
    employment          TEXT NOT NULL DEFAULT '',
    monthly_income_fen  INTEGER NOT NULL DEFAULT 0 CHECK (monthly_income_fen >= 0),
    co_resident         INTEGER NOT NULL DEFAULT 1 CHECK (co_resident IN (0, 1))
);
CREATE INDEX members_household ON members(household_id);
CREATE UNIQUE INDEX members_one_head ON members(household_id) WHERE is_head = 1;

-- Search tokens of a household (names and their suffixes, pinyin, initials,
-- ID numbers forwards and reversed, community): FTS5 prefix queries keep a
-- keystroke search instant on a district-sized store.
CREATE VIRTUAL TABLE household_search USING fts5(
    tokens,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3',
    -- Only prefix matches are asked for: no positions, no sizes to keep.
    detail = none,
    columnsize = 0
);

CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    case_no             TEXT NOT NULL UNIQUE,
    household_id        INTEGER NOT NULL REFERENCES households(id),
    assistance_type     TEXT NOT NULL,
    state               TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('household-head', 'agent', 'active-discovery')),
    applied_on          TEXT NOT NULL,
    accepted_on         TEXT,
    decided_on          TEXT,
    monthly_amount_fen  INTEGER NOT NULL DEFAULT 0 CHECK (monthly_amount_fen >= 0),
    one_off_amount_fen  INTEGER NOT NULL DEFAULT 0 CHECK (one_off_amount_fen >= 0),
    start_month         TEXT,
    end_month           TEXT,
    close_relative      INTEGER NOT NULL DEFAULT 0 CHECK (close_relative IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX cases_household ON cases(household_id);
CREATE INDEX cases_state ON cases(state, assistance_type);

CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    at          TEXT NOT NULL,
    actor_id    INTEGER REFERENCES users(id),
    action      TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    data        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events(case_id, id);

-- Evidence files live in the content folder beside the database, named by
-- their SHA-256; this table records what is there.
CREATE TABLE attachments (
    sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    media_type  TEXT NOT NULL,
    stored_at   TEXT NOT NULL
);

CREATE TABLE materials (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL REFERENCES cases(id),
    kind                TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('missing', 'provided', 'waived')),
    attachment_sha256   TEXT REFERENCES attachments(sha256),
    original_name       TEXT NOT NULL DEFAULT '',
    added_at            TEXT NOT NULL,
    added_by            INTEGER REFERENCES users(id)
);
CREATE INDEX materials_case ON materials(case_id);

CREATE TABLE notices (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER REFERENCES cases(id),
    kind            TEXT NOT NULL,
    number_year     INTEGER NOT NULL,
    number_seq      INTEGER NOT NULL,
    number_text     TEXT NOT NULL,
    issued_on       TEXT NOT NULL,
    issued_by       INTEGER REFERENCES users(id),
    pdf_sha256      TEXT REFERENCES attachments(sha256),
    UNIQUE (kind, number_year, number_seq)
);
CREATE INDEX notices_case ON notices(case_id);

CREATE TABLE payment_rosters (
    id          INTEGER PRIMARY KEY,
    month       TEXT NOT NULL UNIQUE,
    state       TEXT NOT NULL CHECK (state IN ('draft', 'final')),
    created_at  TEXT NOT NULL
);

CREATE TABLE payments (
    id              INTEGER PRIMARY KEY,
    roster_id       INTEGER NOT NULL REFERENCES payment_rosters(id),
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    household_id    INTEGER NOT NULL REFERENCES households(id),
    assistance_type TEXT NOT NULL,
    persons         INTEGER NOT NULL CHECK (persons >= 0),
    amount_fen      INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('monthly', 'one-off', 'recovery')),
    UNIQUE (roster_id, case_id, kind)
);

-- Every policy number is dated data: the value in force on a day is the row
-- with the latest effective_from on or before it.
CREATE TABLE policy_parameters (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL,
    area            TEXT NOT NULL DEFAULT '' CHECK (area IN ('', 'urban', 'rural')),
    effective_from  TEXT NOT NULL,
    value_int       INTEGER,
    value_text      TEXT,
    source          TEXT NOT NULL DEFAULT '',
    UNIQUE (key, area, effective_from)
);

-- Working-day calendar: only the exceptions are stored (public holidays on
-- weekdays, and weekend days that are make-up working days, 调休).
CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name    TEXT NOT NULL DEFAULT ''
);

-- Append-only; each row's hash covers its fields and the previous hash, so
-- an edit, deletion or reordering breaks the chain at that row.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

INSERT INTO office (id, profile, code, name, district_code, district_name, created_at)
    VALUES (1, 'township', '130123101', '城关镇人民政府', '130123', '正定县民政局', '2026-01-05T08:00:00Z');
INSERT INTO communities (id, code, name, kind, area) VALUES (1, '130123101201', '西王庄村', 'village', 'rural');
INSERT INTO households (id, household_no, community_id, address, created_at, updated_at)
    VALUES (1, 'H0000001', 1, '西王庄村3组1号', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z'),
           (2, 'H0000002', 1, '西王庄村3组2号', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z');
INSERT INTO members (household_id, name, id_number, sex, birth_date, relation, is_head)
    VALUES (1, '张三', '130123196001010013', 'male', '1960-01-01', 'head', 1),
           (2, '𠮷祥', '130123195502280025', 'female', '1955-02-28', 'head', 1);
INSERT INTO household_search (rowid, tokens) VALUES (1, 'h1 张三 三 zhangsan san zs s'), (2, 'h2 𠮷祥 祥 jixiang xiang jx x');
INSERT INTO cases (id, case_no, household_id, assistance_type, state, channel, applied_on, monthly_amount_fen,
                   start_month, created_at, updated_at)
    VALUES (1, '2026-000001', 1, 'dibao', 'approved', 'household-head', '2026-01-06', 63000, '2026-02',
            '2026-01-06T08:00:00Z', '2026-01-28T08:00:00Z');
INSERT INTO case_events (case_id, at, action, from_state, to_state)
    VALUES (1, '2026-01-06T08:00:00Z', 'apply', NULL, 'applied'),
           (1, '2026-01-28T08:00:00Z', 'approve', 'applied', 'approved');
PRAGMA application_id = 1247430741;
PRAGMA user_version = 1;
