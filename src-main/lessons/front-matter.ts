/** Splits a markdown file into its YAML front matter (between two `---` lines at the top) and its body. */
import { parse } from 'yaml';
import { LessonError } from './lesson-error.js';

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  data: unknown;
  /** The markdown after the front matter, trimmed. */
  body: string;
}

export function splitFrontMatter(text: string, file: string): FrontMatter {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new LessonError(file, 'has no front matter: start the file with YAML between two "---" lines');
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    throw new LessonError(file, `its front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { data: data ?? {}, body: text.replace(/^\uFEFF/, '').slice(match[0].length).trim() };
}
