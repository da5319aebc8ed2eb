-- The verifier's second database: the same tables, other applications, ids with gaps and another
-- history, so a server that answers from memory instead of the database fails here.
CREATE TABLE applications (
  id          INTEGER PRIMARY KEY,
  applicant   TEXT    NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),         -- in whole euros
  term_months INTEGER NOT NULL,
  status      TEXT    NOT NULL DEFAULT 'draft'
              CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'closed')),
  created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
  updated_at  TEXT    NOT NULL DEFAULT (datetime('now'))
);

-- One row per move: which action, from which status to which, and when. Rows are only ever added.
CREATE TABLE application_events (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  action         TEXT    NOT NULL,
  from_status    TEXT,
  to_status      TEXT    NOT NULL,
  actor          TEXT,                                      -- who did it: the next lesson fills it in
  at             TEXT    NOT NULL DEFAULT (datetime('now'))
);

-- UNIQUE: one application can become at most one loan, whatever the code above it does.
CREATE TABLE loans (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),
  amount         INTEGER NOT NULL,
  term_months    INTEGER NOT NULL,
  created_at     TEXT    NOT NULL DEFAULT (datetime('now'))
);

-- The credit bureau's stand-in (credit-bureau.ts) notes every question it is asked, and fills in
-- its answer when it gives it: answered_at stays NULL while a question waits (step 6).
CREATE TABLE credit_checks (
  id          INTEGER PRIMARY KEY,
  applicant   TEXT    NOT NULL,
  asked_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
  answered_at TEXT,                                         -- NULL: the bureau is still thinking
  approved    INTEGER                                       -- its answer: 1 yes, 0 no
);

INSERT INTO applications (id, applicant, amount, term_months, status, created_at, updated_at) VALUES
  (10, 'Priya Raman',     6500, 18, 'draft',     '2026-05-11 08:00:00', '2026-05-11 08:00:00'),
  (11, 'Oskar Lind',     42000, 84, 'submitted', '2026-05-11 09:30:00', '2026-05-12 10:00:00'),
  (14, 'Amara Diallo',   11000, 36, 'approved',  '2026-05-12 13:45:00', '2026-05-14 15:20:00'),
  -- Imported as "submitted" with a loan the old system already paid out (loan 40): step 5.
  (15, 'Felix Braun',     2500,  6, 'submitted', '2026-05-13 07:50:00', '2026-05-13 07:50:00'),
  (21, 'Noor Haddad',    18000, 48, 'closed',    '2026-05-14 11:10:00', '2026-05-18 09:40:00'),
  (22, 'Mateo Silva',     7300, 24, 'withdrawn', '2026-05-15 16:25:00', '2026-05-16 12:00:00');

INSERT INTO application_events (application_id, action, from_status, to_status, at) VALUES
  (11, 'submit',   'draft',     'submitted', '2026-05-12 10:00:00'),
  (14, 'submit',   'draft',     'submitted', '2026-05-13 09:00:00'),
  (14, 'approve',  'submitted', 'approved',  '2026-05-14 15:20:00'),
  (15, 'submit',   'draft',     'submitted', '2026-05-13 07:50:00'),
  (21, 'submit',   'draft',     'submitted', '2026-05-15 08:30:00'),
  (21, 'reject',   'submitted', 'rejected',  '2026-05-16 14:00:00'),
  (21, 'close',    'rejected',  'closed',    '2026-05-18 09:40:00'),
  (22, 'submit',   'draft',     'submitted', '2026-05-15 17:00:00'),
  (22, 'withdraw', 'submitted', 'withdrawn', '2026-05-16 12:00:00');

INSERT INTO loans (id, application_id, amount, term_months, created_at) VALUES
  (31, 14, 11000, 36, '2026-05-14 15:20:00'),
  (40, 15,  2500,  6, '2026-01-09 12:00:00');

INSERT INTO credit_checks (applicant, asked_at, answered_at, approved) VALUES
  ('Amara Diallo', '2026-05-14 15:19:59.800', '2026-05-14 15:20:00.000', 1);
