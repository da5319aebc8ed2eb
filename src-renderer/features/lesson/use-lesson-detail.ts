/** Loads one lesson with the learner's saved drafts, after any pending autosave of it has landed. */
import { useEffect, useState } from 'react';
import type { LessonDetail } from '../../../src-main/contract/api.js';
import { isAbort } from '../../api/client.js';
import { useServices } from '../../app/services.js';

export type LessonDetailState = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; lesson: LessonDetail };

export function useLessonDetail(lessonId: string, attempt: number): LessonDetailState {
  const { client, autosave } = useServices();
  const [state, setState] = useState<LessonDetailState>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    autosave
      .flush(lessonId)
      .catch(() => undefined)
      .then(() => client.getLesson(lessonId, { signal: controller.signal }))
      .then(
        (lesson) => setState({ kind: 'ready', lesson }),
        (error: unknown) => {
          if (!isAbort(error)) setState({ kind: 'error', error });
        },
      );
    return () => controller.abort();
  }, [autosave, client, lessonId, attempt]);

  return state;
}
