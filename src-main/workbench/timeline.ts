/**
 * The timeline: each request from the HTTP client and each check, with the server output it
 * produced and the rows it changed, kept in memory per lesson and pushed as it happens.
 */
import type { TimelineEntry, WorkbenchEvent } from '../contract/workbench.js';

export const TIMELINE_CAP = 200;

export class Timeline {
  private readonly entries = new Map<string, TimelineEntry[]>();

  constructor(private readonly publish: (event: WorkbenchEvent) => void) {}

  add(entry: TimelineEntry): void {
    const list = this.entries.get(entry.lessonId) ?? [];
    list.push(entry);
    if (list.length > TIMELINE_CAP) list.splice(0, list.length - TIMELINE_CAP);
    this.entries.set(entry.lessonId, list);
    this.publish({ type: 'timeline.entry', entry });
    if (entry.changes.tables.length > 0) {
      const source = entry.source.kind === 'check' ? 'check' : 'http-client';
      this.publish({ type: 'database.changed', lessonId: entry.lessonId, source, changes: entry.changes });
    }
  }

  forLesson(lessonId: string): TimelineEntry[] {
    return [...(this.entries.get(lessonId) ?? [])];
  }
}
