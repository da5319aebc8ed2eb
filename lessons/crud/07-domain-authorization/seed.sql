-- The lending desk: people who borrow, people who decide, and the applications between them.
CREATE TABLE users (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,                                   -- what the X-User header carries
  role TEXT NOT NULL CHECK (role IN ('borrower', 'officer'))
);

CREATE TABLE applications (
  id          INTEGER PRIMARY KEY,
  borrower_id INTEGER NOT NULL REFERENCES users(id),           -- who applied: the owner
  amount      INTEGER NOT NULL CHECK (amount > 0),
  term_months INTEGER NOT NULL CHECK (term_months > 0),
  status      TEXT NOT NULL DEFAULT 'draft'
              CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'closed')),
  created_at  TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at  TEXT NOT NULL DEFAULT (datetime('now'))
);

-- One row per thing that happened to an application; actor is the name of the user who did it.
CREATE TABLE application_events (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  action         TEXT NOT NULL,
  from_status    TEXT,
  to_status      TEXT NOT NULL,
  actor          TEXT,
  at             TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE loans (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),
  amount         INTEGER NOT NULL,
  term_months    INTEGER NOT NULL,
  created_at     TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE credit_checks (
  id          INTEGER PRIMARY KEY,
  borrower_id INTEGER NOT NULL REFERENCES users(id),
  asked_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
  answered_at TEXT,                                         -- NULL: the bureau is still thinking
  approved    INTEGER                                       -- its answer: 1 yes, 0 no
);

INSERT INTO users (id, name, role) VALUES
  (1, 'ada',   'borrower'),
  (2, 'ben',   'borrower'),
  (3, 'chloe', 'borrower'),
  (4, 'olga',  'officer'),
  (5, 'omar',  'officer');

INSERT INTO applications (id, borrower_id, amount, term_months, status, created_at, updated_at) VALUES
  (1, 1, 12000, 24, 'draft',     '2026-03-02 09:10:00', '2026-03-02 09:10:00'),
  (2, 1, 30000, 60, 'submitted', '2026-03-03 10:00:00', '2026-03-04 08:30:00'),
  (3, 2,  8000, 12, 'approved',  '2026-03-01 14:20:00', '2026-03-05 11:00:00'),
  (4, 2, 50000, 84, 'rejected',  '2026-03-02 16:45:00', '2026-03-06 15:10:00'),
  (5, 3,  4500,  6, 'submitted', '2026-03-07 08:05:00', '2026-03-07 08:40:00');

INSERT INTO application_events (application_id, action, from_status, to_status, actor, at) VALUES
  (2, 'submit',  'draft',     'submitted', 'ada',   '2026-03-04 08:30:00'),
  (3, 'submit',  'draft',     'submitted', 'ben',   '2026-03-02 09:00:00'),
  (3, 'approve', 'submitted', 'approved',  'olga',  '2026-03-05 11:00:00'),
  (4, 'submit',  'draft',     'submitted', 'ben',   '2026-03-03 09:30:00'),
  (4, 'reject',  'submitted', 'rejected',  'omar',  '2026-03-06 15:10:00'),
  (5, 'submit',  'draft',     'submitted', 'chloe', '2026-03-07 08:40:00');

INSERT INTO loans (application_id, amount, term_months, created_at) VALUES
  (3, 8000, 12, '2026-03-05 11:00:00');
