-- The lesson database: the book catalogue from the earlier lessons, plus one column.
-- archived_at is NULL for a book on the shelf; when a book is archived it holds the moment
-- it happened, and the row stays in the table.
CREATE TABLE books (
  id          INTEGER PRIMARY KEY,            -- the catalogue's own number for a book
  isbn        TEXT    NOT NULL UNIQUE,        -- the book's number in the wider world: one row per ISBN
  title       TEXT    NOT NULL,
  author      TEXT    NOT NULL,
  year        INTEGER NOT NULL,
  archived_at TEXT                            -- NULL: on the shelf; a date and time: archived
);

INSERT INTO books (isbn, title, author, year, archived_at) VALUES
  ('9780141439518', 'Pride and Prejudice', 'Jane Austen', 1813, NULL),
  ('9780451524935', 'Nineteen Eighty-Four', 'George Orwell', 1949, NULL),
  ('9780061120084', 'To Kill a Mockingbird', 'Harper Lee', 1960, NULL),
  ('9780141182803', 'Mrs Dalloway', 'Virginia Woolf', 1925, '2025-03-14 09:30:00'),
  ('9780547928227', 'The Hobbit', 'J. R. R. Tolkien', 1937, NULL),
  ('9780143105954', 'The Age of Innocence', 'Edith Wharton', 1920, NULL),
  ('9780099518471', 'Brave New World', 'Aldous Huxley', 1932, '2025-06-02 16:05:00'),
  ('9780553418026', 'The Martian', 'Andy Weir', 2011, NULL);
