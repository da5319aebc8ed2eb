import { describe, expect, it } from 'vitest';
import { LessonQueue } from '../../../src-main/server/lesson-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('LessonQueue', () => {
  it('runs one task at a time per lesson, in order, and lessons side by side', async () => {
    const queue = new LessonQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('a1')), queue.run('a', task('a2')), queue.run('b', task('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('keeps going after a task fails, and the failure reaches only its caller', async () => {
    const queue = new LessonQueue();
    const failing = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'fine');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('fine');
  });

  it('drains: resolves once everything queued, even what was queued meanwhile, has settled', async () => {
    const queue = new LessonQueue();
    let done = 0;
    void queue.run('a', async () => {
      await tick();
      void queue.run('a', async () => {
        await tick();
        done++;
      });
      done++;
    });
    await queue.drain();
    expect(done).toBe(2);
  });
});
