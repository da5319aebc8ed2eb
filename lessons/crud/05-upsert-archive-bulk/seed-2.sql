-- The verifier's second database: the same table, other books, ids with gaps and another
-- archived book, so a server that answers from memory instead of the database fails here.
CREATE TABLE books (
  id          INTEGER PRIMARY KEY,
  isbn        TEXT    NOT NULL UNIQUE,
  title       TEXT    NOT NULL,
  author      TEXT    NOT NULL,
  year        INTEGER NOT NULL,
  archived_at TEXT
);

INSERT INTO books (id, isbn, title, author, year, archived_at) VALUES
  (3,  '9780307387899', 'The Road', 'Cormac McCarthy', 2006, NULL),
  (7,  '9780679783268', 'Invisible Man', 'Ralph Ellison', 1952, '2024-11-30 12:00:00'),
  (8,  '9780525559474', 'The Overstory', 'Richard Powers', 2018, NULL),
  (15, '9780374533557', 'Thinking, Fast and Slow', 'Daniel Kahneman', 2011, NULL),
  (21, '9780316769488', 'The Catcher in the Rye', 'J. D. Salinger', 1951, NULL),
  (26, '0156012197', 'The Little Prince', 'Antoine de Saint-Exupéry', 1943, NULL);  -- an ISBN-10
