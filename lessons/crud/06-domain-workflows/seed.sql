-- The lesson database: loan applications, the audit trail of every move they made, and the
-- loans that approved applications became.
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
  (1, 'Maya Okafor',   12000, 24, 'draft',     '2026-03-02 09:15:00', '2026-03-02 09:15:00'),
  (2, 'Tomás Reyes',   30000, 60, 'submitted', '2026-03-02 10:40:00', '2026-03-03 08:05:00'),
  (3, 'Hannah Berg',    8000, 12, 'approved',  '2026-03-03 14:20:00', '2026-03-05 11:30:00'),
  (4, 'Ravi Pillai',   15000, 36, 'rejected',  '2026-03-04 08:55:00', '2026-03-06 16:10:00'),
  (5, 'Lena Novak',     5000, 12, 'withdrawn', '2026-03-05 17:45:00', '2026-03-06 09:00:00'),
  (6, 'Kwame Mensah',  20000, 48, 'closed',    '2026-03-06 12:00:00', '2026-03-09 10:15:00'),
  -- Came over from the old system as "submitted", though the old system had already paid its
  -- loan out (loan 3 below). Approving it again must fail, and leave no trace: step 5.
  (7, 'Sofia Marin',    9500, 24, 'submitted', '2026-03-07 09:30:00', '2026-03-07 09:30:00'),
  (8, 'Jonas Weber',    4000,  6, 'draft',     '2026-03-08 15:05:00', '2026-03-08 15:05:00');

INSERT INTO application_events (application_id, action, from_status, to_status, at) VALUES
  (2, 'submit',   'draft',     'submitted', '2026-03-03 08:05:00'),
  (3, 'submit',   'draft',     'submitted', '2026-03-04 09:00:00'),
  (3, 'approve',  'submitted', 'approved',  '2026-03-05 11:30:00'),
  (4, 'submit',   'draft',     'submitted', '2026-03-05 10:20:00'),
  (4, 'reject',   'submitted', 'rejected',  '2026-03-06 16:10:00'),
  (5, 'withdraw', 'draft',     'withdrawn', '2026-03-06 09:00:00'),
  (6, 'submit',   'draft',     'submitted', '2026-03-06 13:10:00'),
  (6, 'approve',  'submitted', 'approved',  '2026-03-07 10:00:00'),
  (6, 'close',    'approved',  'closed',    '2026-03-09 10:15:00'),
  (7, 'submit',   'draft',     'submitted', '2026-03-07 09:30:00');

INSERT INTO loans (id, application_id, amount, term_months, created_at) VALUES
  (1, 3,  8000, 12, '2026-03-05 11:30:00'),
  (2, 6, 20000, 48, '2026-03-07 10:00:00'),
  (3, 7,  9500, 24, '2025-11-20 08:00:00');

INSERT INTO credit_checks (applicant, asked_at, answered_at, approved) VALUES
  ('Hannah Berg',  '2026-03-05 11:29:59.800', '2026-03-05 11:30:00.000', 1),
  ('Kwame Mensah', '2026-03-07 09:59:59.800', '2026-03-07 10:00:00.000', 1);
