/** One lesson: loads it, then shows the workspace. Default export: loaded on demand. */
import { useEffect, useState } from 'react';
import type { LessonCatalog } from '../../../src-main/contract/api.js';
import { errorMessage } from '../../api/client.js';
import { loadCodeEditor } from '../editor/EditorPane.js';
import type { Theme } from '../theme/theme.js';
import { LessonWorkspace } from './LessonWorkspace.js';
import { useLessonDetail } from './use-lesson-detail.js';
import './lesson.css';

export interface LessonPageProps {
  lessonId: string;
  initialStepId: string | undefined;
  catalog: LessonCatalog;
  theme: Theme;
  onOpenLesson: (lessonId: string, stepId?: string) => void;
  /** The step on screen, whenever it changes (the one picked on opening included). */
  onStepShown: (lessonId: string, stepId: string) => void;
}

export default function LessonPage(props: LessonPageProps) {
  const [attempt, setAttempt] = useState(0);
  const state = useLessonDetail(props.lessonId, attempt);

  // Start fetching the editor while the lesson loads.
  useEffect(() => {
    void loadCodeEditor();
  }, []);

  if (state.kind === 'loading') return <p className="page-status" role="status">Opening lesson…</p>;
  if (state.kind === 'error') {
    return (
      <div className="page-status" role="alert">
        <p>Could not open this lesson: {errorMessage(state.error)}</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }
  return <LessonWorkspace {...props} lesson={state.lesson} />;
}
