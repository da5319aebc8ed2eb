-- A second library for the verifier: the same table, other books. 16,000 of them, by other
-- authors, from 1900 on, with ids that skip numbers (7, 10, 13, …), so a server that remembers
-- the first catalogue instead of reading the database gives itself away.
CREATE TABLE books (
  id     INTEGER PRIMARY KEY,
  isbn   TEXT NOT NULL UNIQUE,
  title  TEXT NOT NULL,
  author TEXT NOT NULL,
  year   INTEGER NOT NULL,
  genre  TEXT NOT NULL
);

INSERT INTO books (id, isbn, title, author, year, genre)
WITH RECURSIVE
  counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 16000),
  words(authors, first, second, genres) AS (SELECT
    json('["Abebe Tesfaye","Birgit Holm","Carmen Ibarra","Dmitri Volkov","Esther Mbeki","Felix Grunewald","Giulia Conti","Hiroshi Mori","Isabel Quiroga","Jakob Weiss","Keiko Ando","Lars Nygaard","Maeve O''Connor","Nikhil Bose","Orla Fitzgerald","Pieter Jansen","Rafael Ibanez","Saoirse Ni Bhriain","Teodor Popescu","Uma Krishnan","Valentina Russo","William D''Souza","Xu Lin","Yasmin Aziz","Zainab Bello","Agnes Varga","Bastien Leclerc","Chiara Bellini","Desmond O''Hara","Eva Novotna","Filipa Reis","Goran Petrovic","Hanne Vik","Ismail Tahir","Johanna Koch","Kaito Fujii","Liesel Baum","Mirela Stan","Nils Ekman","Ottilie Grey","Pilar Navarro","Ronan McBride","Sunita Gill","Tomas Ruiz","Ursula Frei","Vikram Menon","Wilhelmina Rourke","Yannick Mbaye","Zara Whitlock","Anselm Kiefer-Roth"]'),
    json('["Dancing","Sleeping","Painted","Drowned","Borrowed","Forgotten","Singing","Frozen","Scattered","Wandering","Sunken","Restless","Patient","Velvet","Amber"]'),
    json('["Cartographer","Orchestra","Lighthouse","Gardener","Apothecary","Caravan","Observatory","Ferryman","Tapestry","Almanac","Beekeeper","Citadel","Weaver","Menagerie","Telegraph","Carousel"]'),
    json('["fantasy","mystery","science fiction","romance","history","poetry","biography","thriller","travel"]')),
  generated(n, author, first, second, genre, year) AS (
    SELECT n,
      json_extract(authors, '$[' || ((n * 11 + n / 61) % 50) || ']'),
      json_extract(first, '$[' || ((n / 3 * 7 + n / 17) % 15) || ']'),
      json_extract(second, '$[' || ((n / 3 * 5 + n / 43) % 16) || ']'),
      json_extract(genres, '$[' || ((n * 4 + n / 11) % 9) || ']'),
      1900 + (n * 53 + n / 29) % 125
    FROM counter, words)
SELECT 4 + n * 3,
  '979' || printf('%010d', 5000017 + n * 41),
  CASE n % 3
    WHEN 0 THEN 'The ' || second
    WHEN 1 THEN 'The ' || first || ' ' || second
    ELSE second || ', ' || first
  END,
  author, year, genre
FROM generated;
