-- The verifier's second database: the same table, other books, and ids with gaps,
-- so a server that hard-codes the first seed's answers fails here.
CREATE TABLE books (
  id     INTEGER PRIMARY KEY,
  isbn   TEXT    NOT NULL UNIQUE,
  title  TEXT    NOT NULL,
  author TEXT    NOT NULL,
  year   INTEGER NOT NULL
);

INSERT INTO books (id, isbn, title, author, year) VALUES
  (3,  '9780143127550', 'Middlemarch', 'George Eliot', 1871),
  (8,  '0679783261', 'Beloved', 'Toni Morrison', 1987),
  (11, '9780156012195', 'The Little Prince', 'Antoine de Saint-Exupéry', 1943),
  (20, '9781400033416', 'Things Fall Apart', 'Chinua Achebe', 1958);
