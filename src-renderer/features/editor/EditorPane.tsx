/**
 * The open file's name, the save state, the file tree (when the lesson has more than one file),
 * and the editor itself (loaded on demand so the rest of the page appears first).
 */
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { WorkspaceFile } from '../../../src-main/contract/api.js';
import type { Theme } from '../theme/theme.js';
import { FileTree } from './FileTree.js';
import { SaveIndicator } from './SaveIndicator.js';
import './editor.css';

export const loadCodeEditor = () => import('./CodeEditor.js');
const CodeEditor = lazy(loadCodeEditor);

interface Props {
  lessonId: string;
  files: WorkspaceFile[];
  entry: string;
  activePath: string;
  theme: Theme;
  onSelectFile: (path: string) => void;
  onChange: (path: string, content: string) => void;
  onBlur: () => void;
  onRun: () => void;
  /** Buttons at the right of the toolbar (run, stop). */
  actions: ReactNode;
}

export function EditorPane({ lessonId, files, entry, activePath, theme, onSelectFile, onChange, onBlur, onRun, actions }: Props) {
  const paths = useMemo(() => files.map((f) => f.path), [files]);
  return (
    <section className="editor-pane" aria-label="Code">
      <div className="editor-toolbar">
        <p className="active-file" data-testid="active-file">
          <span className="visually-hidden">Open file: </span>
          {activePath}
          {activePath === entry && <span className="active-file-entry"> · entry</span>}
        </p>
        <div className="editor-actions">
          <SaveIndicator lessonId={lessonId} />
          {actions}
        </div>
      </div>
      <div className={`editor-body${paths.length > 1 ? ' has-tree' : ''}`}>
        {paths.length > 1 && <FileTree lessonId={lessonId} paths={paths} entry={entry} active={activePath} onOpen={onSelectFile} />}
        <div className="editor-host">
          <Suspense fallback={<div className="editor-loading" role="status">Loading the editor…</div>}>
            <CodeEditor files={files} activePath={activePath} theme={theme} onChange={onChange} onBlur={onBlur} onRun={onRun} />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
