/** Instructions, editor + the workbench panels (console, database, HTTP, WebSocket, timeline), and check results, wired to autosave, runs and live events. */
import { useCallback, useEffect, useState } from 'react';
import type { LessonCatalog, LessonDetail, WorkspaceFile } from '../../../src-main/contract/api.js';
import { usePassedSteps } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { ConsolePanel } from '../console/ConsolePanel.js';
import { isServerActive } from '../console/server-status.js';
import { useConsole } from '../console/use-console.js';
import { ResetDatabaseButton } from '../database/ResetDatabaseButton.js';
import { EditorPane } from '../editor/EditorPane.js';
import { initialStepId, suggestNext, type NextSuggestion } from '../progress/progress.js';
import { ResetWorkButtons } from '../reset/ResetWorkButtons.js';
import { ResultsPanel } from '../results/ResultsPanel.js';
import { RunButton } from '../runner/RunButton.js';
import { StopServerButton } from '../runner/StopServerButton.js';
import { useCheckRuns } from '../runner/use-check-runs.js';
import { useRunShortcut } from '../runner/use-run-shortcut.js';
import { ShowSolutionButton } from '../solution/ShowSolutionButton.js';
import type { Theme } from '../theme/theme.js';
import { WorkbenchPanels } from '../workbench/WorkbenchPanels.js';
import { LessonGuide } from './LessonGuide.js';

interface Props {
  lesson: LessonDetail;
  initialStepId: string | undefined;
  catalog: LessonCatalog;
  theme: Theme;
  onOpenLesson: (lessonId: string, stepId?: string) => void;
  onStepShown: (lessonId: string, stepId: string) => void;
}

export function LessonWorkspace({ lesson, initialStepId: requestedStep, catalog, theme, onOpenLesson, onStepShown }: Props) {
  const { autosave, client } = useServices();
  const passed = usePassedSteps();
  const [stepId, setStepId] = useState(() => initialStepId(lesson, requestedStep, passed));
  const { runs, run, clear: clearRuns } = useCheckRuns(lesson.id);
  // Replaced after a reset, or when a file from the solution is added.
  const [files, setLessonFiles] = useState(lesson.files);
  const [chosenPath, setActivePath] = useState(lesson.entry);
  const activePath = files.some((f) => f.path === chosenPath) ? chosenPath : lesson.entry;
  const reloadFiles = useCallback(async () => setLessonFiles((await client.getLesson(lesson.id)).files), [client, lesson.id]);
  const showResetFiles = useCallback(
    (reset: WorkspaceFile[]) => {
      setLessonFiles(reset);
      clearRuns();
    },
    [clearRuns],
  );
  const serverConsole = useConsole(lesson.id, lesson.server);

  const step = lesson.steps.find((s) => s.id === stepId) ?? lesson.steps[0];

  // Every step shown is remembered, the one picked on opening too, so the next start comes back to it.
  useEffect(() => {
    if (step) onStepShown(lesson.id, step.id);
  }, [lesson.id, step, onStepShown]);

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
    if (next.kind === 'step') setStepId(next.stepId);
    else if (next.kind === 'lesson') onOpenLesson(next.lessonId);
  }

  return (
    <div className="lesson-layout">
      <LessonGuide lesson={lesson} step={step} passed={passed} onSelectStep={setStepId} />
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
          actions={
            <>
              <ShowSolutionButton lessonId={lesson.id} workspacePaths={files.map((f) => f.path)} theme={theme} onFileAdded={reloadFiles} />
              <RunButton running={runs.active !== undefined} onRun={runChecks} />
            </>
          }
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
                  <ResetWorkButtons
                    lessonId={lesson.id}
                    step={{ id: step.id, number: lesson.steps.indexOf(step) + 1 }}
                    onFilesReset={showResetFiles}
                    onReport={serverConsole.note}
                  />
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
