/** The file tabs, the save state, and the editor itself (loaded on demand so the rest of the page appears first). */
import { lazy, Suspense, type ReactNode } from 'react';
import type { WorkspaceFile } from '../../../src-main/contract/api.js';
import type { Theme } from '../theme/theme.js';
import { FileTabs, tabId } from './FileTabs.js';
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
  /** Buttons at the right of the tab bar (run, stop). */
  actions: ReactNode;
}

const PANEL_ID = 'editor-panel';

export function EditorPane({ lessonId, files, entry, activePath, theme, onSelectFile, onChange, onBlur, onRun, actions }: Props) {
  return (
    <section className="editor-pane" aria-label="Code">
      <div className="editor-toolbar">
        <FileTabs paths={files.map((f) => f.path)} active={activePath} entry={entry} panelId={PANEL_ID} onSelect={onSelectFile} />
        <div className="editor-actions">
          <SaveIndicator lessonId={lessonId} />
          {actions}
        </div>
      </div>
      <div className="editor-body" id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(activePath)}>
        <Suspense fallback={<div className="editor-loading" role="status">Loading the editor…</div>}>
          <CodeEditor files={files} activePath={activePath} theme={theme} onChange={onChange} onBlur={onBlur} onRun={onRun} />
        </Suspense>
      </div>
    </section>
  );
}
