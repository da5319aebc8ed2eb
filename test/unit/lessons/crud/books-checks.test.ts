/**
 * The book lessons' checks make new books on every run, and the table keeps them between runs:
 * a new book's ISBN must not repeat one made in an earlier run, or the check that made it meets
 * a 409 it did not cause.
 */
import { afterEach, expect, it, vi } from 'vitest';

/** A fresh copy of the module, as each run of the checks loads one. */
async function loadNewBook() {
  vi.resetModules();
  return (await import('../../../../lessons/crud/books-checks.js')).newBook;
}

afterEach(() => {
  vi.useRealTimers();
});

it('new books of two runs 1000 s apart do not share an ISBN', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const isbns = new Set<string>();
  for (const startsAt of [Date.UTC(2026, 0, 1, 10), Date.UTC(2026, 0, 1, 10) + 1_000_000]) {
    vi.setSystemTime(startsAt);
    const newBook = await loadNewBook();
    for (let made = 0; made < 40; made++) isbns.add(newBook().isbn);
  }
  expect(isbns.size).toBe(80);
});

it('a new book is valid for every book lesson: an ISBN of 13 digits, a title of its own', async () => {
  const newBook = await loadNewBook();
  const book = newBook({ year: 1999 });
  expect(book.isbn).toMatch(/^\d{13}$/);
  expect(book.title).toContain(book.isbn.slice(3, 12));
  expect(book.year).toBe(1999);
});
