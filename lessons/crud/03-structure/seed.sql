-- The book catalogue, with the readers' reviews: each review points at the book it is about.
CREATE TABLE books (
  id     INTEGER PRIMARY KEY,
  isbn   TEXT NOT NULL UNIQUE,
  title  TEXT NOT NULL,
  author TEXT NOT NULL,
  year   INTEGER NOT NULL
);

CREATE TABLE reviews (
  id      INTEGER PRIMARY KEY,
  book_id INTEGER NOT NULL REFERENCES books(id),
  stars   INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  text    TEXT NOT NULL
);

INSERT INTO books (isbn, title, author, year) VALUES
  ('9780141439518', 'Pride and Prejudice', 'Jane Austen', 1813),
  ('9780451524935', 'Nineteen Eighty-Four', 'George Orwell', 1949),
  ('9780060935467', 'To Kill a Mockingbird', 'Harper Lee', 1960),
  ('9780547928227', 'The Hobbit', 'J. R. R. Tolkien', 1937),
  ('9780143105954', 'The Count of Monte Cristo', 'Alexandre Dumas', 1844),
  ('9780307474278', 'The Road', 'Cormac McCarthy', 2006);

INSERT INTO reviews (book_id, stars, text) VALUES
  (1, 5, 'Sharp, funny and kind.'),
  (4, 4, 'A cosy adventure with dragons.'),
  (4, 5, 'Read it aloud to my kids.');
