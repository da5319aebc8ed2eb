/**
 * The learner's files against the solution, one file at a time, with the solution's changes as a
 * list the learner applies one by one (or all at once). Only a click changes the learner's code,
 * and only the lines of the chosen change: the edit goes into the editor's own model, so it is
 * undoable there and autosaved like typing. Default export: loaded on demand with Monaco.
 */
import { useEffect, useState } from 'react';
import type { WorkspaceFile } from '../../../src-main/contract/api.js';
import { errorMessage } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import type { Theme } from '../theme/theme.js';
import { FileDiff } from './FileDiff.js';
import { learnerModel } from './learner-model.js';
import { sameLines } from './hunks.js';

export interface SolutionViewProps {
  lessonId: string;
  workspacePaths: string[];
  theme: Theme;
  onClose: () => void;
  onFileAdded: () => Promise<void>;
}

type SolutionState = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; files: WorkspaceFile[] };

export default function SolutionView({ lessonId, workspacePaths, theme, onClose, onFileAdded }: SolutionViewProps) {
  const { client } = useServices();
  const [state, setState] = useState<SolutionState>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    let cancelled = false;
    client.getSolution(lessonId).then(
      ({ files }) => {
        if (cancelled) return;
        // Which files differ is decided once, on opening: a file the learner finishes stays listed.
        const differing = files.filter((file) => !sameLines(learnerModel(file.path)?.getValue() ?? '', file.content));
        setState({ kind: 'ready', files: differing });
        setSelected(differing[0]?.path);
      },
      (error: unknown) => {
        if (!cancelled) setState({ kind: 'error', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, lessonId]);

  const file = state.kind === 'ready' ? state.files.find((f) => f.path === selected) : undefined;
  return (
    <div className="solution-view">
      <header className="solution-header">
        <h2 id="solution-title" className="solution-title">
          Solution
        </h2>
        {state.kind === 'ready' && state.files.length > 1 && (
          <label className="solution-file-picker">
            File
            <select value={selected} onChange={(event) => setSelected(event.target.value)}>
              {state.files.map((f) => (
                <option key={f.path} value={f.path}>
                  {f.path}
                  {workspacePaths.includes(f.path) ? '' : ' (new file)'}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="solution-legend">
          Left: your code. Right: the solution. Apply a change to copy just those lines into your file.
        </p>
        <button type="button" className="button button-quiet solution-close" onClick={onClose}>
          Close
        </button>
      </header>
      {state.kind === 'loading' && (
        <p className="solution-status" role="status">
          Loading the solution…
        </p>
      )}
      {state.kind === 'error' && (
        <p className="solution-status" role="alert">
          Could not load the solution: {errorMessage(state.error)}
        </p>
      )}
      {state.kind === 'ready' && !file && <p className="solution-status">Your files already match the solution.</p>}
      {file && (
        <FileDiff
          key={file.path}
          lessonId={lessonId}
          file={file}
          label={workspacePaths.includes(file.path) ? file.path : `${file.path} (new file)`}
          theme={theme}
          onFileAdded={onFileAdded}
          onAnnounce={setAnnouncement}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
