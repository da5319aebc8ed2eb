-- The same tables as seed.sql with other rows: ids with gaps, another number of books and reviews.
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

INSERT INTO books (id, isbn, title, author, year) VALUES
  (3, '9780262033848', 'Introduction to Algorithms', 'Thomas H. Cormen', 1990),
  (8, '9780201633610', 'Design Patterns', 'Erich Gamma', 1994),
  (21, '9781593279509', 'Eloquent JavaScript', 'Marijn Haverbeke', 2018),
  (40, '9780134757599', 'Refactoring', 'Martin Fowler', 2018);

INSERT INTO reviews (id, book_id, stars, text) VALUES
  (11, 40, 5, 'Small steps, always green.');
