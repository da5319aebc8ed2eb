-- The verifier's second database: the same table, different todos, and ids with gaps,
-- so a server that hard-codes the first seed's answers fails here.
CREATE TABLE todos (
  id    INTEGER PRIMARY KEY,
  title TEXT    NOT NULL,
  done  INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);

INSERT INTO todos (id, title, done) VALUES
  (3,  'Water the basil', 0),
  (4,  'Renew the library card', 1),
  (9,  'Call the plumber about the boiler', 0),
  (12, 'Return the drill to Priya', 1);
