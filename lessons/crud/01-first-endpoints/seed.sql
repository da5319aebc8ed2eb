-- The lesson database: one table of todos and a few to start with.
CREATE TABLE todos (
  id    INTEGER PRIMARY KEY,                               -- SQLite picks the next id for a new row
  title TEXT    NOT NULL,
  done  INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))  -- SQLite has no boolean type: 0 = no, 1 = yes
);

INSERT INTO todos (title, done) VALUES
  ('Buy oat milk', 1),
  ('Book the dentist', 0),
  ('Read the Express guide', 0),
  ('Fix the squeaky door', 0),
  ('Send the parcel to Sam', 1);
