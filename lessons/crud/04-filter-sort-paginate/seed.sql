-- The catalogue of a large lending library: 20,000 books, enough that reading all of them at
-- once is slow and a page at a time is not. The rows are generated, not typed: a recursive CTE
-- counts n from 1 to 20,000 and picks each book's author, title, year and genre from the word
-- lists below with a little arithmetic on n, so every run of this file makes the same books.
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
  counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 20000),
  words(authors, adjectives, nouns, places, genres) AS (SELECT
    json('["Amara Okafor","Bruno Lindqvist","Chen Wei","Dolores Abrantes","Emeka Nwosu","Freya Halvorsen","Gabriel Moreau","Hana Takeda","Ines Carvalho","Jonas Becker","Kofi Mensah","Leila Haddad","Mateo Rossi","Nadia Petrova","Oskar Nyberg","Priya Raman","Quentin Blake-Ward","Rosa Delgado","Samir Khoury","Tove Ahlgren","Umar Siddiqui","Vera Lindholm","Wendell Hayes","Ximena Fuentes","Yusuf Demir","Zofia Kowalska","Aoife O''Sullivan","Marcel D''Amico","Siobhan O''Neill","Tariq Al-Amin","Beatriz Soares","Callum Fraser","Dagny Solberg","Elif Aydin","Farah Nasser","Gideon Marsh","Helga Brandt","Ivo Novak","Jun Park","Kirsten Dahl","Lucia Ferreira","Magnus Eriksen","Noor Hassan","Olga Ivanova","Pablo Ortega","Rania Saleh","Stellan Berg","Talia Cohen","Ulla Virtanen","Viktor Horvat","Wanjiru Kamau","Yara Mansour","Zeno Castellano","Anneke de Vries","Bilal Chaudhry","Cosima Albrecht","Darius Farahani","Eero Laine","Fumiko Sato","Greta Lund"]'),
    json('["Silent","Hidden","Northern","Burning","Glass","Winter","Golden","Broken","Lost","Midnight","Crimson","Quiet","Salt","Iron","Wild","Paper","Hollow","Distant","Bright","Secret"]'),
    json('["Garden","River","Lantern","Kingdom","Harbour","Orchard","Mirror","Station","Letter","Forest","Tower","Island","Compass","Archive","Meadow","Bridge","Clock","Voyage","Library","Shore"]'),
    json('["Ash","Tides","Stone","Smoke","Summer","Bones","Rain","Embers","Hours","Echoes"]'),
    json('["fantasy","mystery","science fiction","romance","history","poetry","biography","thriller"]')),
  generated(n, author, adjective, noun, place, genre, year) AS (
    SELECT n,
      json_extract(authors, '$[' || ((n * 7 + n / 97) % 60) || ']'),
      json_extract(adjectives, '$[' || ((n * 3 + n / 11) % 20) || ']'),
      json_extract(nouns, '$[' || ((n * 13 + n / 5) % 20) || ']'),
      json_extract(places, '$[' || ((n / 3) % 10) || ']'),
      json_extract(genres, '$[' || ((n * 5 + n / 7) % 8) || ']'),
      1950 + (n * 37 + n / 13) % 75
    FROM counter, words)
SELECT n,
  '978' || printf('%010d', 1000003 + n * 37),
  CASE n % 4
    WHEN 0 THEN 'The ' || adjective || ' ' || noun
    WHEN 1 THEN noun || ' of ' || place
    WHEN 2 THEN adjective || ' ' || noun
    ELSE 'Beyond the ' || adjective || ' ' || noun
  END,
  author, year, genre
FROM generated;
