/** One file: Monaco's diff editor (the learner's model left, the solution right) and its changes as a list to apply. */
import { useEffect, useRef, useState } from 'react';
import type { WorkspaceFile } from '../../../src-main/contract/api.js';
import { errorMessage } from '../../api/client.js';
import { languageForPath } from '../../api/paths.js';
import { useServices } from '../../app/services.js';
import { monaco } from '../editor/monaco-setup.js';
import { monacoThemeFor, type Theme } from '../theme/theme.js';
import { applyHunks, describeHunk, editBetween, hunkPreview, hunksFrom, type Hunk } from './hunks.js';
import { useLearnerModel } from './learner-model.js';

interface Props {
  lessonId: string;
  /** The solution's version of the file. */
  file: WorkspaceFile;
  label: string;
  theme: Theme;
  onFileAdded: () => Promise<void>;
  onAnnounce: (words: string) => void;
}

/** Outside the workspace folder, so the solution never mixes with the learner's files in the TypeScript program. */
function solutionModelUri(path: string): monaco.Uri {
  return monaco.Uri.parse(`file:///solution/${path}`);
}

interface Shown {
  diff: monaco.editor.IStandaloneDiffEditor;
  original: monaco.editor.ITextModel;
}

export function FileDiff({ lessonId, file, label, theme, onFileAdded, onAnnounce }: Props) {
  const { autosave } = useServices();
  const container = useRef<HTMLDivElement>(null);
  const shown = useRef<Shown | null>(null);
  const live = useLearnerModel(file.path);
  /** Undefined while the diff is being (re)computed: a stale hunk must not be applied. */
  const [hunks, setHunks] = useState<Hunk[] | undefined>();
  const [learnerText, setLearnerText] = useState('');
  const changesRef = useRef<HTMLElement>(null);
  /** Where focus goes once the list is back after an apply: the Apply button that took the applied one's place. */
  const focusAfterApply = useRef<number | undefined>(undefined);

  useEffect(() => {
    const index = focusAfterApply.current;
    if (!hunks || index === undefined) return;
    focusAfterApply.current = undefined;
    const buttons = changesRef.current?.querySelectorAll<HTMLButtonElement>('[data-apply]') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? changesRef.current?.querySelector<HTMLElement>('h3'))?.focus();
  }, [hunks]);

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const diff = monaco.editor.createDiffEditor(host, {
      automaticLayout: true,
      readOnly: true,
      originalEditable: false,
      // Every difference, whitespace too: applying them all must give exactly the solution.
      ignoreTrimWhitespace: false,
      // The advanced algorithm joins changes separated only by blank lines (a lesson's steps often are):
      // the legacy one keeps them apart, so each step's code is a change of its own.
      diffAlgorithm: 'legacy',
      renderMarginRevertIcon: false,
      renderIndicators: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      originalAriaLabel: `Your code: ${file.path}`,
      modifiedAriaLabel: `The solution: ${file.path}`,
      theme: monacoThemeFor(theme),
    });
    const language = languageForPath(file.path);
    const uri = solutionModelUri(file.path);
    monaco.editor.getModel(uri)?.dispose();
    const solution = monaco.editor.createModel(file.content, language, uri);
    // A file only the solution has is compared with an empty one until the learner applies it.
    const original = live ?? monaco.editor.createModel('', language);
    diff.setModel({ original, modified: solution });
    shown.current = { diff, original };
    setHunks(undefined);
    const listeners = [
      diff.onDidUpdateDiff(() => {
        const changes = diff.getLineChanges();
        setHunks(changes ? hunksFrom(changes, solution.getValue()) : undefined);
        setLearnerText(original.getValue());
      }),
      original.onDidChangeContent(() => setHunks(undefined)),
      // The editor replaces its models after a reset: let go of this one first, as Monaco requires.
      original.onWillDispose(() => diff.setModel(null)),
    ];
    return () => {
      for (const listener of listeners) listener.dispose();
      shown.current = null;
      diff.setModel(null);
      diff.dispose();
      solution.dispose();
      if (original !== live) original.dispose();
    };
    // The theme is global in Monaco and follows the editor's; it must not rebuild the diff.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file.path, file.content, live]);

  async function apply(chosen: Hunk[], what: string, index: number) {
    const current = shown.current;
    if (!current || chosen.length === 0) return;
    focusAfterApply.current = index;
    const { original } = current;
    const before = original.getValue();
    const after = applyHunks(before, chosen);
    const edit = editBetween(before, after);
    const range = monaco.Range.fromPositions(original.getPositionAt(edit.start), original.getPositionAt(edit.end));
    // Its own undo step in the editor, and only these characters change.
    original.pushStackElement();
    original.pushEditOperations([], [{ range, text: edit.text }], () => null);
    original.pushStackElement();
    try {
      // The editor's model autosaves itself on change; a file new to the workspace is saved here.
      if (!live) autosave.change(lessonId, file.path, after);
      await autosave.flush(lessonId);
      if (!live) await onFileAdded();
      onAnnounce(`Applied to ${file.path}: ${what}. Saved.`);
    } catch (error) {
      onAnnounce(`Applied to ${file.path}: ${what}, but it could not be saved yet: ${errorMessage(error)}`);
    }
  }

  function reveal(hunk: Hunk) {
    const editor = shown.current?.diff.getOriginalEditor();
    editor?.revealLineInCenter(Math.max(1, hunk.start + (hunk.removed > 0 ? 1 : 0)));
  }

  return (
    <div className="solution-body">
      <section className="solution-changes" aria-label={`Changes to ${label}`} ref={changesRef}>
        <div className="solution-changes-head">
          <h3 tabIndex={-1}>{label}</h3>
          <button
            type="button"
            className="button button-small"
            aria-disabled={!hunks || hunks.length === 0}
            onClick={() => hunks && void apply(hunks, 'all changes', 0)}
          >
            Apply all
          </button>
        </div>
        {!hunks && (
          <p className="solution-status" role="status">
            Comparing…
          </p>
        )}
        {hunks?.length === 0 && <p className="solution-status">This file now matches the solution.</p>}
        {hunks && hunks.length > 0 && (
          <ol className="solution-hunks">
            {hunks.map((hunk, index) => {
              const what = describeHunk(hunk);
              return (
                <li key={`${hunk.start}-${hunk.removed}-${index}`} className="solution-hunk" data-testid="solution-hunk">
                  <button type="button" className="solution-hunk-show" onClick={() => reveal(hunk)} title="Show this change">
                    <span className="solution-hunk-what">{what}</span>
                    <code className="solution-hunk-preview">{hunkPreview(hunk, learnerText)}</code>
                  </button>
                  <button type="button" className="button button-small" aria-label={`Apply: ${what}`} data-apply onClick={() => void apply([hunk], what, index)}>
                    Apply
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <div className="solution-diff" ref={container} data-testid="solution-diff" />
    </div>
  );
}
