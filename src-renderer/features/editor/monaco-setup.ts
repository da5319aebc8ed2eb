/**
 * Monaco, bundled locally (no CDN): workers from Vite `?worker` imports, TypeScript set up like a
 * Node project, and the learner libraries' type definitions added once the editor is on screen.
 */
// Only what the lessons need: the editor with all its features, and the languages learners edit.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/sql/register';
import 'monaco-editor/languages/definitions/markdown/register';
import 'monaco-editor/languages/features/json/register';
import * as typescript from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import type { ApiClient } from '../../api/client.js';
import { typeLibraryUri } from '../../api/paths.js';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};

/** `ts.ScriptTarget.ES2022`: Monaco's enum stops at ES2020 but its TypeScript knows ES2022. */
const ES2022 = 9 as typescript.ScriptTarget;

const compilerOptions: typescript.CompilerOptions = {
  target: ES2022,
  lib: ['es2022'],
  module: typescript.ModuleKind.ESNext,
  // node10-style resolution: finds `node_modules/@types/<name>` from the workspace files.
  moduleResolution: typescript.ModuleResolutionKind.NodeJs,
  esModuleInterop: true,
  allowSyntheticDefaultImports: true,
  allowNonTsExtensions: true,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

typescript.typescriptDefaults.setCompilerOptions(compilerOptions);
typescript.javascriptDefaults.setCompilerOptions({ ...compilerOptions, allowJs: true, checkJs: false });
// Every workspace model is part of the program, so imports between the lesson's files resolve.
typescript.typescriptDefaults.setEagerModelSync(true);
typescript.javascriptDefaults.setEagerModelSync(true);

// vs / vs-dark with the editor's background matched to the panels around it.
monaco.editor.defineTheme('sandbox-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff' },
});
monaco.editor.defineTheme('sandbox-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#161a21',
    'editorGutter.background': '#161a21',
    'editor.lineHighlightBorder': '#252b36',
    'editorWidget.background': '#1c212a',
  },
});

let librariesLoading: Promise<void> | undefined;

/** Adds `types/learner-libs.json` as extra libraries, once; a failure is retried on the next call. */
export function loadLearnerLibraries(client: ApiClient): Promise<void> {
  librariesLoading ??= client.getLearnerLibraries().then(
    ({ files }) => {
      const libs = files.map((file) => ({ filePath: typeLibraryUri(file.path), content: file.content }));
      typescript.typescriptDefaults.setExtraLibs(libs);
      typescript.javascriptDefaults.setExtraLibs(libs);
    },
    (error: unknown) => {
      librariesLoading = undefined;
      throw error;
    },
  );
  return librariesLoading;
}

export { monaco };
