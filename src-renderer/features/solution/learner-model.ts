/** The editor's model of a learner's file, found by its URI, and kept current as the editor replaces its models. */
import { useEffect, useState } from 'react';
import { workspaceModelUri } from '../../api/paths.js';
import { monaco } from '../editor/monaco-setup.js';

export function learnerModel(path: string): monaco.editor.ITextModel | null {
  return monaco.editor.getModel(monaco.Uri.parse(workspaceModelUri(path)));
}

/** The model, or null while the editor has none for this path (a file only the solution has, not yet applied). */
export function useLearnerModel(path: string): monaco.editor.ITextModel | null {
  const [model, setModel] = useState(() => learnerModel(path));
  useEffect(() => {
    const uri = monaco.Uri.parse(workspaceModelUri(path)).toString();
    const find = () => setModel(learnerModel(path));
    find();
    const created = monaco.editor.onDidCreateModel((m) => {
      if (m.uri.toString() === uri) find();
    });
    const disposed = monaco.editor.onWillDisposeModel((m) => {
      if (m.uri.toString() === uri) setModel(null);
    });
    return () => {
      created.dispose();
      disposed.dispose();
    };
  }, [path]);
  return model;
}
