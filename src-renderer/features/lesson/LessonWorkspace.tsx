/** Instructions, editor + the workbench panels (console, database, HTTP, WebSocket, timeline), and check results, wired to autosave, runs and live events. */
import { useCallback, useMemo, useState } from 'react';
import type { LessonCatalog, LessonDetail } from '../../../src-main/contract/api.js';
import { orderFiles } from '../../api/paths.js';
import { usePassedSteps } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { ConsolePanel } from '../console/ConsolePanel.js';
import { isServerActive } from '../console/server-status.js';
import { useConsole } from '../console/use-console.js';
import { ResetDatabaseButton } from '../database/ResetDatabaseButton.js';
import { EditorPane } from '../editor/EditorPane.js';
import { initialStepId, suggestNext, type NextSuggestion } from '../progress/progress.js';
import { ResultsPanel } from '../results/ResultsPanel.js';
import { RunButton } from '../runner/RunButton.js';
import { StopServerButton } from '../runner/StopServerButton.js';
import { useCheckRuns } from '../runner/use-check-runs.js';
import { useRunShortcut } from '../runner/use-run-shortcut.js';
import type { Theme } from '../theme/theme.js';
import { WorkbenchPanels } from '../workbench/WorkbenchPanels.js';
import { LessonGuide } from './LessonGuide.js';

interface Props {
  lesson: LessonDetail;
  initialStepId: string | undefined;
  catalog: LessonCatalog;
  theme: Theme;
  onOpenLesson: (lessonId: string, stepId?: string) => void;
  onStepChange: (stepId: string) => void;
}

export function LessonWorkspace({ lesson, initialStepId: requestedStep, catalog, theme, onOpenLesson, onStepChange }: Props) {
  const { autosave } = useServices();
  const passed = usePassedSteps();
  const [stepId, setStepId] = useState(() => initialStepId(lesson, requestedStep, passed));
  const files = useMemo(() => orderFiles(lesson.files, lesson.entry), [lesson]);
  const [activePath, setActivePath] = useState(() => files[0]?.path ?? lesson.entry);
  const { runs, run } = useCheckRuns(lesson.id);
  const serverConsole = useConsole(lesson.id, lesson.server);

  const step = lesson.steps.find((s) => s.id === stepId) ?? lesson.steps[0];

  const selectStep = useCallback(
    (id: string) => {
      setStepId(id);
      onStepChange(id);
    },
    [onStepChange],
  );

  const runChecks = useCallback(() => {
    if (step) void run(step.id);
  }, [run, step]);
  useRunShortcut(runChecks);

  const onChange = useCallback((path: string, content: string) => autosave.change(lesson.id, path, content), [autosave, lesson.id]);
  const onBlur = useCallback(() => void autosave.flush(lesson.id).catch(() => undefined), [autosave, lesson.id]);

  if (!step) return <p className="page-status">This lesson has no steps.</p>;

  const active = runs.active?.stepId === step.id ? runs.active : undefined;
  const finished = runs.finished[step.id];
  const suggestion = finished?.passed ? suggestNext(lesson, step.id, passed, catalog.lessons) : undefined;

  function follow(next: NextSuggestion) {
    if (next.kind === 'step') selectStep(next.stepId);
    else if (next.kind === 'lesson') onOpenLesson(next.lessonId);
  }

  return (
    <div className="lesson-layout">
      <LessonGuide lesson={lesson} step={step} passed={passed} onSelectStep={selectStep} />
      <div className="workbench">
        <EditorPane
          lessonId={lesson.id}
          files={files}
          entry={lesson.entry}
          activePath={activePath}
          theme={theme}
          onSelectFile={setActivePath}
          onChange={onChange}
          onBlur={onBlur}
          onRun={runChecks}
          actions={<RunButton running={runs.active !== undefined} onRun={runChecks} />}
        />
        <WorkbenchPanels
          lessonId={lesson.id}
          onConsoleNote={serverConsole.note}
          consolePanel={
            <ConsolePanel
              buffer={serverConsole.buffer}
              server={serverConsole.server}
              onClear={serverConsole.clear}
              actions={
                <>
                  <StopServerButton lessonId={lesson.id} disabled={!isServerActive(serverConsole.server)} />
                  <ResetDatabaseButton lessonId={lesson.id} onReport={serverConsole.note} />
                </>
              }
            />
          }
        />
      </div>
      <ResultsPanel
        stepTitle={step.title}
        active={active}
        busyElsewhere={runs.active !== undefined && active === undefined}
        finished={finished}
        error={runs.errors[step.id]}
        suggestion={suggestion}
        onFollowSuggestion={follow}
      />
    </div>
  );
}
