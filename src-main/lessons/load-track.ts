/**
 * A track is a folder of lessons (`lessons/crud`) with an optional `track.md` whose front matter
 * gives its title and summary. Without one, the title comes from the folder name, so a new track
 * shows up before its author has written a word about it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrackSummary } from '../contract/api.js';
import { splitFrontMatter } from './front-matter.js';
import { parseFrontMatter, TrackFrontMatterSchema } from './schema.js';

/** "rate-limiting" → "Rate limiting". */
export function titleFromFolder(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fallbackTrack(id: string): TrackSummary {
  return { id, title: titleFromFolder(id), summary: '' };
}

/** Throws a LessonError naming track.md when it exists but is invalid. */
export async function loadTrack(lessonsDir: string, id: string): Promise<TrackSummary> {
  const file = join(lessonsDir, id, 'track.md');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return fallbackTrack(id);
  const meta = parseFrontMatter(TrackFrontMatterSchema, splitFrontMatter(text, file).data, file);
  return { id, ...meta };
}
