import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src-main/lessons/front-matter.js';
import { LessonError } from '../../../src-main/lessons/lesson-error.js';

describe('splitFrontMatter', () => {
  it('parses the YAML and trims the markdown body', () => {
    const { data, body } = splitFrontMatter('---\ntitle: Hello\nhints: [a, b]\n---\n\n# Body\n', 'step.md');
    expect(data).toEqual({ title: 'Hello', hints: ['a', 'b'] });
    expect(body).toBe('# Body');
  });

  it('accepts Windows line endings, a byte order mark and empty front matter', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: Hi\r\n---\r\nBody', 'x.md')).toEqual({ data: { title: 'Hi' }, body: 'Body' });
    expect(splitFrontMatter('---\n---\nBody', 'x.md')).toEqual({ data: {}, body: 'Body' });
  });

  it('reports a file without front matter', () => {
    expect(() => splitFrontMatter('# Just markdown', '/l/lesson.md')).toThrow(
      new LessonError('/l/lesson.md', 'has no front matter: start the file with YAML between two "---" lines'),
    );
  });

  it('reports invalid YAML with the parser message', () => {
    const error = captureError(() => splitFrontMatter('---\ntitle: [unclosed\n---\n', '/l/lesson.md'));
    expect(error).toBeInstanceOf(LessonError);
    expect(error.file).toBe('/l/lesson.md');
    expect(error.reason).toMatch(/^its front matter is not valid YAML: /);
  });
});

function captureError(fn: () => unknown): LessonError {
  try {
    fn();
  } catch (error) {
    return error as LessonError;
  }
  throw new Error('expected an error');
}
