/** Small hooks over the shared services. */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ServerEvent } from '../../src-main/contract/events.js';
import type { ConnectionState } from '../api/events.js';
import type { SaveStatus } from '../features/editor/autosave-queue.js';
import type { Preferences } from './preferences.js';
import { useServices } from './services.js';

/** Calls `listener` for every server event while mounted; the latest listener is always used. */
export function useServerEvents(listener: (event: ServerEvent) => void): void {
  const { events } = useServices();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => events.subscribe((event) => latest.current(event)), [events]);
}

export function useConnectionState(): ConnectionState {
  const { events } = useServices();
  return useSyncExternalStore(
    (notify) => events.onStateChange(notify),
    () => events.connectionState,
  );
}

export function usePassedSteps(): ReadonlySet<string> {
  const { progress } = useServices();
  return useSyncExternalStore(progress.subscribe, progress.snapshot);
}

export function usePreferences(): Preferences {
  const { preferences } = useServices();
  return useSyncExternalStore(preferences.subscribe, () => preferences.current);
}

export function useSaveStatus(lessonId: string): { status: SaveStatus; error: unknown } {
  const { autosave } = useServices();
  const status = useSyncExternalStore(autosave.subscribe, () => autosave.status(lessonId));
  const error = useSyncExternalStore(autosave.subscribe, () => autosave.lastError(lessonId));
  return { status, error };
}

export function useFileSaveStatus(lessonId: string, path: string): SaveStatus {
  const { autosave } = useServices();
  return useSyncExternalStore(autosave.subscribe, () => autosave.fileStatus(lessonId, path));
}

export function isMacPlatform(): boolean {
  return /darwin|mac/i.test(window.backendSandbox?.platform ?? navigator.platform);
}

/** `⌘↵` on a Mac, `Ctrl+Enter` elsewhere. */
export function runShortcutLabel(): string {
  return isMacPlatform() ? '⌘↵' : 'Ctrl+Enter';
}

/** What a screen reader hears for the editor: which file, how to run, and how to Tab out of it. */
export function editorAriaLabel(path: string): string {
  const mac = isMacPlatform();
  const run = mac ? 'Command+Enter' : 'Control+Enter';
  const tabMode = mac ? 'Control+Shift+M' : 'Control+M';
  return `Code editor: ${path}. ${run} runs the checks. Tab indents; press ${tabMode} to make Tab move focus instead.`;
}
