-- Version 2: cases run through the procedure engine keep their whole case
-- file (materials, visits, publicity, appraisal, decision) as JSON beside
-- the columns that lists and rosters query; and the township's yearly
-- entrustment letter (委托书) from the district.

ALTER TABLE cases ADD COLUMN workflow TEXT;

CREATE TABLE entrustment (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    types       TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT ''
);
