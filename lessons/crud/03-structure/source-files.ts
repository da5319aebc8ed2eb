/**
 * Reading the learner's code for what no request can show: which file does which job. Every test
 * here looks for what the code does (runs SQL, answers a request, creates a Router), never for a
 * file name, so `models/book.ts`, `db/books.ts` or `books.model.ts` all count. Comments are left
 * out first: a comment that mentions SQL is not SQL.
 */
import type { Tester } from 'backend-sandbox/checks';

export const ENTRY = 'server.ts';

export interface SourceFile {
  path: string;
  code: string;
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The learner's TypeScript and JavaScript files, comments removed. */
export function sourceFiles(t: Tester): SourceFile[] {
  return t.files
    .list()
    .filter((path) => /\.(ts|js|mts|mjs|cts|cjs)$/.test(path) && !path.endsWith('.d.ts'))
    .map((path) => ({ path, code: withoutComments(t.files.read(path)) }));
}

export function entryFile(files: SourceFile[]): SourceFile {
  return files.find((file) => file.path === ENTRY) ?? { path: ENTRY, code: '' };
}

/**
 * Prepares SQL (`db.prepare(…)`) or holds an SQL statement. Statements are matched in capitals
 * only, so an English message such as "select a book from the list" is not taken for SQL.
 */
export function runsSql(file: SourceFile): boolean {
  return /\.\s*prepare\s*\(/.test(file.code) || /\b(SELECT\b[\s\S]{1,200}?\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/.test(file.code);
}

/** Writes an HTTP answer: `res.status(…)`, `res.json(…)`, `res.send(…)`, … (also when named `response`). */
export function answersRequests(file: SourceFile): boolean {
  return /\b(res|response)\s*\.\s*(status|json|send|sendStatus|end|location|set)\s*\(/.test(file.code);
}

/** Creates an Express router: `express.Router()` or `Router()`. */
export function createsRouter(file: SourceFile): boolean {
  return /\bRouter\s*\(/.test(file.code);
}

/**
 * Route registrations in the file, as written: `app.get('/books'`, `router.patch('/:id'`, `app.route('/books')`, …
 * A catch-all path with a wildcard (`app.all('/{*path}', notFound)`) is left out: it is a 404
 * handler, which belongs in server.ts after the routes, not a route of the API.
 */
export function routesIn(file: SourceFile): string[] {
  return [...file.code.matchAll(/\b\w+\s*\.\s*(get|post|put|patch|delete|all|route)\s*\(\s*(['"`])(\/[^'"`]*)\2/g)]
    .filter(([, , , path]) => !path!.includes('*'))
    .map(([, method, , path]) => (method === 'route' ? `route('${path}')` : `${method!.toUpperCase()} ${path}`));
}

export function names(files: SourceFile[]): string {
  return files.map((file) => file.path).join(', ');
}
