/**
 * The Monaco editor (loaded lazily). One model per workspace file at `file:///workspace/<path>`;
 * switching tabs switches models and keeps each file's cursor and scroll position.
 */
import { useEffect, useRef } from 'react';
import type { WorkspaceFile } from '../../../src-main/contract/api.js';
import { languageForPath, workspaceModelUri } from '../../api/paths.js';
import { editorAriaLabel } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { monacoThemeFor, type Theme } from '../theme/theme.js';
import { loadLearnerLibraries, monaco } from './monaco-setup.js';
import { insertBulkTextVerbatim } from './verbatim-insert.js';

export interface CodeEditorProps {
  files: WorkspaceFile[];
  activePath: string;
  theme: Theme;
  onChange: (path: string, content: string) => void;
  onBlur: () => void;
  onRun: () => void;
}

type Callbacks = Pick<CodeEditorProps, 'onChange' | 'onBlur' | 'onRun'>;

export default function CodeEditor({ files, activePath, theme, onChange, onBlur, onRun }: CodeEditorProps) {
  const { client } = useServices();
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const shownPath = useRef<string | null>(null);
  const callbacks = useRef<Callbacks>({ onChange, onBlur, onRun });

  useEffect(() => {
    callbacks.current = { onChange, onBlur, onRun };
  });

  // The editor itself: created once.
  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const editor = monaco.editor.create(host, {
      model: null,
      automaticLayout: true,
      fontSize: 14,
      lineHeight: 21,
      tabSize: 2,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      renderLineHighlight: 'line',
      padding: { top: 12, bottom: 12 },
      theme: monacoThemeFor(theme),
      // The classic textarea input fires `beforeinput` for inserted text, which verbatim-insert relies on.
      editContext: false,
    });
    editor.addAction({
      id: 'backend-sandbox.run-checks',
      label: 'Run checks',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => callbacks.current.onRun(),
    });
    const blur = editor.onDidBlurEditorText(() => callbacks.current.onBlur());
    const verbatim = insertBulkTextVerbatim(editor, host);
    editorRef.current = editor;
    // Type definitions are big: fetch them after the editor is on screen.
    const idle = window.setTimeout(() => void loadLearnerLibraries(client).catch(() => undefined), 50);
    return () => {
      window.clearTimeout(idle);
      blur.dispose();
      verbatim.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // The theme is applied by its own effect; the editor must not be recreated for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  // One model per file, for as long as these files are shown.
  useEffect(() => {
    const created = models.current;
    const states = viewStates.current;
    const listeners: monaco.IDisposable[] = [];
    for (const file of files) {
      const uri = monaco.Uri.parse(workspaceModelUri(file.path));
      monaco.editor.getModel(uri)?.dispose();
      const model = monaco.editor.createModel(file.content, languageForPath(file.path), uri);
      created.set(file.path, model);
      listeners.push(model.onDidChangeContent(() => callbacks.current.onChange(file.path, model.getValue())));
    }
    return () => {
      editorRef.current?.setModel(null);
      shownPath.current = null;
      for (const listener of listeners) listener.dispose();
      for (const model of created.values()) model.dispose();
      created.clear();
      states.clear();
    };
  }, [files]);

  // The active tab's model.
  useEffect(() => {
    const editor = editorRef.current;
    const model = models.current.get(activePath);
    if (!editor || !model || shownPath.current === activePath) return;
    if (shownPath.current) viewStates.current.set(shownPath.current, editor.saveViewState());
    editor.setModel(model);
    const saved = viewStates.current.get(activePath);
    if (saved) editor.restoreViewState(saved);
    shownPath.current = activePath;
    editor.updateOptions({ ariaLabel: editorAriaLabel(activePath) });
  }, [activePath, files]);

  useEffect(() => {
    monaco.editor.setTheme(monacoThemeFor(theme));
  }, [theme]);

  return <div className="code-editor" ref={container} data-testid="code-editor" />;
}
