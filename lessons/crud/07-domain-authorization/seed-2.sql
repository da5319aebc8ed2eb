-- The verifier's second lending desk: the same tables, other people (other names, other roles,
-- ids with gaps) and other applications, so a server that remembers seed.sql fails here.
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
  (3,  'dmitri',  'borrower'),
  (7,  'erin',    'borrower'),
  (8,  'farah',   'borrower'),
  (12, 'gus',     'borrower'),
  (10, 'priya',   'officer'),
  (15, 'quentin', 'officer');

INSERT INTO applications (id, borrower_id, amount, term_months, status, created_at, updated_at) VALUES
  (11, 7,  22000, 36, 'submitted', '2026-05-11 09:00:00', '2026-05-11 09:30:00'),
  (14, 3,   1500,  3, 'draft',     '2026-05-12 13:15:00', '2026-05-12 13:15:00'),
  (20, 12, 64000, 96, 'approved',  '2026-05-02 10:00:00', '2026-05-09 16:00:00'),
  (21, 8,   9900, 18, 'withdrawn', '2026-05-04 11:11:00', '2026-05-06 12:00:00');

INSERT INTO application_events (application_id, action, from_status, to_status, actor, at) VALUES
  (11, 'submit',   'draft',     'submitted', 'erin',    '2026-05-11 09:30:00'),
  (20, 'submit',   'draft',     'submitted', 'gus',     '2026-05-03 08:00:00'),
  (20, 'approve',  'submitted', 'approved',  'quentin', '2026-05-09 16:00:00'),
  (21, 'withdraw', 'draft',     'withdrawn', 'farah',   '2026-05-06 12:00:00');

INSERT INTO loans (application_id, amount, term_months, created_at) VALUES
  (20, 64000, 96, '2026-05-09 16:00:00');
