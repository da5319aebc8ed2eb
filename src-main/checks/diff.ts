/**
 * Readable differences between what a check expected and what it got, one line each, so a
 * learner reads `[2].title is "milk", expected "Milk"` instead of comparing two walls of JSON.
 */
import { formatPath, formatValue } from './message-format.js';

type Path = readonly PropertyKey[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(path: Path): string {
  return formatPath(path, 'the value');
}

function compareArrays(actual: unknown[], expected: unknown[], path: Path, out: string[]): void {
  if (actual.length !== expected.length) out.push(`${at(path)} has ${actual.length} items, expected ${expected.length}`);
  const shared = Math.min(actual.length, expected.length);
  for (let i = 0; i < shared; i++) collect(actual[i], expected[i], [...path, i], out);
}

function compareObjects(actual: Record<string, unknown>, expected: Record<string, unknown>, path: Path, out: string[]): void {
  for (const [key, value] of Object.entries(expected)) {
    if (key in actual) collect(actual[key], value, [...path, key], out);
    else out.push(`${at([...path, key])} is missing, expected ${formatValue(value)}`);
  }
  for (const key of Object.keys(actual)) {
    if (!(key in expected)) out.push(`${at([...path, key])} is ${formatValue(actual[key])}, expected no such field`);
  }
}

function collect(actual: unknown, expected: unknown, path: Path, out: string[]): void {
  if (Object.is(actual, expected)) return;
  if (Array.isArray(actual) && Array.isArray(expected)) compareArrays(actual, expected, path, out);
  else if (isPlainObject(actual) && isPlainObject(expected)) compareObjects(actual, expected, path, out);
  else out.push(`${at(path)} is ${formatValue(actual)}, expected ${formatValue(expected)}`);
}

/** Every difference, compared deeply by value; an empty list means equal. */
export function describeDifferences(actual: unknown, expected: unknown): string[] {
  const out: string[] = [];
  collect(actual, expected, [], out);
  return out;
}
