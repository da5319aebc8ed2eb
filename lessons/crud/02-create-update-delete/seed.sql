-- The lesson database: a small book catalogue.
CREATE TABLE books (
  id     INTEGER PRIMARY KEY,       -- SQLite picks the next id for a new row
  isbn   TEXT    NOT NULL UNIQUE,   -- no two books may share an ISBN: SQLite refuses a duplicate
  title  TEXT    NOT NULL,
  author TEXT    NOT NULL,
  year   INTEGER NOT NULL
);

INSERT INTO books (isbn, title, author, year) VALUES
  ('9780141439518', 'Pride and Prejudice', 'Jane Austen', 1813),
  ('9780451524935', 'Nineteen Eighty-Four', 'George Orwell', 1949),
  ('0060935464', 'To Kill a Mockingbird', 'Harper Lee', 1960),
  ('9780441013593', 'Dune', 'Frank Herbert', 1965),
  ('9780547928227', 'The Hobbit', 'J. R. R. Tolkien', 1937),
  ('9780307387899', 'The Road', 'Cormac McCarthy', 2006);
