-- Version 3: what each decided case is entitled to, month by month, and
-- what dynamic management does to it. The rosters of paid months stay in
-- payment_rosters/payments (version 1) and are never rewritten; corrections
-- go into the entitlement, and the difference to what was paid becomes an
-- overpayment to recover.

-- A stretch of months paid the same monthly amount for the same persons.
CREATE TABLE benefit_periods (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    from_month  TEXT NOT NULL,
    until_month TEXT CHECK (until_month IS NULL OR until_month >= from_month),
    monthly_fen INTEGER NOT NULL CHECK (monthly_fen >= 0),
    persons     INTEGER NOT NULL CHECK (persons >= 1),
    UNIQUE (case_id, from_month)
);
CREATE INDEX benefit_periods_case ON benefit_periods(case_id);

-- Money granted once (临时救助, 急难型 aid first), paid in its month's roster.
CREATE TABLE one_off_payments (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    month       TEXT NOT NULL,
    fen         INTEGER NOT NULL CHECK (fen >= 0),
    persons     INTEGER NOT NULL CHECK (persons >= 1),
    UNIQUE (case_id, month)
);

-- A change reported in a beneficiary household and what was done about it.
CREATE TABLE change_events (
    id                      INTEGER PRIMARY KEY,
    case_id                 INTEGER NOT NULL REFERENCES cases(id),
    kind                    TEXT NOT NULL CHECK (kind IN ('death', 'birth', 'marriage', 'move-out', 'income-change')),
    happened_on             TEXT NOT NULL,
    reported_on             TEXT NOT NULL,
    new_monthly_income_fen  INTEGER NOT NULL DEFAULT 0 CHECK (new_monthly_income_fen >= 0),
    direction               TEXT NOT NULL CHECK (direction IN ('raise', 'lower', 'stop', 'unchanged', 'awaiting-review')),
    effective_month         TEXT,
    reason                  TEXT NOT NULL DEFAULT '',
    recorded_by             INTEGER REFERENCES users(id)
);
CREATE INDEX change_events_case ON change_events(case_id);

-- Yearly (or half-yearly) reviews and reviews after a change.
CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    reviewed_on     TEXT NOT NULL,
    review_month    TEXT NOT NULL,
    outcome         TEXT NOT NULL CHECK (outcome IN ('raise', 'lower', 'stop', 'unchanged')),
    effective_month TEXT,
    reviewer_id     INTEGER REFERENCES users(id),
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_case ON reviews(case_id, review_month);

-- Money paid that was not due (or not paid that was), found when a case is
-- corrected after its months were paid.
CREATE TABLE overpayments (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    month           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('monthly', 'one-off')),
    paid_fen        INTEGER NOT NULL,
    entitled_fen    INTEGER NOT NULL,
    difference_fen  INTEGER NOT NULL CHECK (difference_fen <> 0),
    found_on        TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'recovered', 'paid', 'waived')),
    UNIQUE (case_id, month, kind)
);

-- Cases decided before version 3 get the entitlement their decision gives:
-- the monthly amount from the start month for the household's co-resident
-- members (one person for 特困, which supports the individual), until the
-- end month of a case that has ended; one-offs in the month of decision.
INSERT INTO benefit_periods (case_id, from_month, until_month, monthly_fen, persons)
SELECT c.id, c.start_month,
       CASE WHEN c.end_month IS NOT NULL AND c.end_month >= c.start_month THEN c.end_month
            WHEN c.state IN ('terminated', 'suspended') THEN max(c.start_month, substr(c.updated_at, 1, 7))
            ELSE NULL END,
       c.monthly_amount_fen,
       CASE WHEN c.assistance_type = 'tekun' THEN 1
            ELSE max(1, (SELECT count(*) FROM members m WHERE m.household_id = c.household_id AND m.co_resident = 1)) END
FROM cases c
WHERE c.state IN ('approved', 'suspended', 'terminated')
  AND c.start_month IS NOT NULL
  AND c.assistance_type NOT IN ('temporary-emergency', 'temporary-expenditure');

INSERT INTO one_off_payments (case_id, month, fen, persons)
SELECT c.id, substr(COALESCE(c.decided_on, c.accepted_on, c.applied_on), 1, 7), c.one_off_amount_fen,
       max(1, (SELECT count(*) FROM members m WHERE m.household_id = c.household_id AND m.co_resident = 1))
FROM cases c
WHERE c.state IN ('approved', 'suspended', 'terminated', 'emergency-aid-granted')
  AND c.one_off_amount_fen > 0;
