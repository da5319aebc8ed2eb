/** URL and URI helpers shared by the API client and the editor. Pure: no network, no DOM. */
import { LESSON_ASSETS_PREFIX } from '../../src-main/contract/api.js';

/** `crud/01-first-endpoints` → `/api/lessons/crud/01-first-endpoints` (each segment encoded, the slash kept). */
export function lessonApiPath(lessonId: string): string {
  return `/api/lessons/${encodeSegments(lessonId)}`;
}

/** The autosave URL of one workspace file. */
export function lessonFileApiPath(lessonId: string, path: string): string {
  return `${lessonApiPath(lessonId)}/files/${encodeSegments(path)}`;
}

/** A table of the lesson database; the name is one encoded segment (it may hold a slash or a space). */
export function tableApiPath(lessonId: string, table: string): string {
  return `${lessonApiPath(lessonId)}/database/tables/${encodeURIComponent(table)}`;
}

export function wsClientApiPath(lessonId: string, clientId: string): string {
  return `${lessonApiPath(lessonId)}/ws/${encodeURIComponent(clientId)}`;
}

export function settingApiPath(key: string): string {
  return `/api/settings/${encodeURIComponent(key)}`;
}

/** The WebSocket URL of `/api/events` on the page's own host. */
export function eventsSocketUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api/events`;
}

/**
 * Lesson markdown names its pictures `assets/<file>`; the backend serves them under
 * LESSON_ASSETS_PREFIX. Relative (page-relative) so it works wherever the page is served from.
 * Any other URL is left as it is.
 */
export function lessonAssetUrl(lessonId: string, url: string): string {
  if (!url.startsWith('assets/')) return url;
  return `${LESSON_ASSETS_PREFIX.slice(1)}${encodeSegments(lessonId)}/${encodeSegments(url.slice('assets/'.length))}`;
}

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The Monaco model URI of a workspace file: one shared root so relative imports resolve between files. */
export function workspaceModelUri(path: string): string {
  return `file:///workspace/${path}`;
}

/** The URI a type library file gets in Monaco, e.g. `file:///node_modules/@types/express/index.d.ts`. */
export function typeLibraryUri(path: string): string {
  return `file:///${path.replace(/^\/+/, '')}`;
}

export type EditorLanguage = 'typescript' | 'javascript' | 'json' | 'sql' | 'markdown' | 'plaintext';

export function languageForPath(path: string): EditorLanguage {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  switch (extension) {
    case 'ts':
    case 'mts':
    case 'cts':
      return 'typescript';
    case 'js':
    case 'mjs':
    case 'cjs':
      return 'javascript';
    case 'json':
      return 'json';
    case 'sql':
      return 'sql';
    case 'md':
      return 'markdown';
    default:
      return 'plaintext';
  }
}
