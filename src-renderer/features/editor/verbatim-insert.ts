/**
 * Text that arrives in one piece (dictation, an on-screen keyboard's suggestions, automation such as
 * a test's `insertText`) is inserted exactly as given, like a paste. Monaco would otherwise treat it
 * as if each character were typed, auto-closing brackets and re-indenting every line. Single
 * keystrokes are untouched, so the learner keeps auto-closing and auto-indent while typing.
 */
import type { monaco } from './monaco-setup.js';

/** True for an insertion of more than one character (a surrogate pair counts as one). */
export function isBulkInsertion(inputType: string, data: string | null): data is string {
  return inputType === 'insertText' && data !== null && [...data].length > 1;
}

/** `host` is the element the editor was created in (the editor's own node exists only while it has a model). */
export function insertBulkTextVerbatim(editor: monaco.editor.IStandaloneCodeEditor, host: HTMLElement): { dispose: () => void } {
  const onBeforeInput = (event: InputEvent) => {
    if (!isBulkInsertion(event.inputType, event.data)) return;
    event.preventDefault();
    event.stopPropagation();
    editor.trigger('keyboard', 'paste', { text: event.data, pasteOnNewLine: false });
  };
  host.addEventListener('beforeinput', onBeforeInput, true);
  return { dispose: () => host.removeEventListener('beforeinput', onBeforeInput, true) };
}
