import { describe, expect, it } from 'vitest';
import {
  eventsSocketUrl,
  lessonAssetUrl,
  languageForPath,
  lessonApiPath,
  lessonFileApiPath,
  settingApiPath,
  typeLibraryUri,
  workspaceModelUri,
} from '../../../src-renderer/api/paths.js';

describe('API paths', () => {
  it('keeps the slash of a lesson id', () => {
    expect(lessonApiPath('crud/01-first-endpoints')).toBe('/api/lessons/crud/01-first-endpoints');
  });

  it('builds a file path segment by segment', () => {
    expect(lessonFileApiPath('crud/01-first-endpoints', 'src/db.ts')).toBe('/api/lessons/crud/01-first-endpoints/files/src/db.ts');
    expect(lessonFileApiPath('a/b', 'my file.ts')).toBe('/api/lessons/a/b/files/my%20file.ts');
  });

  it('encodes a setting key', () => {
    expect(settingApiPath('ui.theme')).toBe('/api/settings/ui.theme');
  });

  it('uses ws or wss on the page host', () => {
    expect(eventsSocketUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/api/events');
    expect(eventsSocketUrl({ protocol: 'https:', host: 'localhost:1' })).toBe('wss://localhost:1/api/events');
  });
});

describe('editor paths', () => {
  it('puts workspace files under one root', () => {
    expect(workspaceModelUri('src/server.ts')).toBe('file:///workspace/src/server.ts');
  });

  it('puts type libraries at the file root', () => {
    expect(typeLibraryUri('node_modules/@types/express/index.d.ts')).toBe('file:///node_modules/@types/express/index.d.ts');
    expect(typeLibraryUri('/node_modules/x.d.ts')).toBe('file:///node_modules/x.d.ts');
  });

  it('picks a language from the extension', () => {
    expect(languageForPath('server.ts')).toBe('typescript');
    expect(languageForPath('a/b.mjs')).toBe('javascript');
    expect(languageForPath('seed.sql')).toBe('sql');
    expect(languageForPath('package.json')).toBe('json');
    expect(languageForPath('README.md')).toBe('markdown');
    expect(languageForPath('Makefile')).toBe('plaintext');
  });
});

describe('lessonAssetUrl', () => {
  it("points assets/ pictures at the lesson's served folder, relative to the page", () => {
    expect(lessonAssetUrl('crud/01-first-endpoints', 'assets/request-journey.svg')).toBe('lesson-assets/crud/01-first-endpoints/request-journey.svg');
    expect(lessonAssetUrl('crud/01-x', 'assets/a b.png')).toBe('lesson-assets/crud/01-x/a%20b.png');
  });

  it('leaves every other URL alone', () => {
    expect(lessonAssetUrl('crud/01-x', 'https://expressjs.com/')).toBe('https://expressjs.com/');
    expect(lessonAssetUrl('crud/01-x', '#objectives')).toBe('#objectives');
  });
});
