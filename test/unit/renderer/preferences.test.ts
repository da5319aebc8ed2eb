import { describe, expect, it } from 'vitest';
import { defaultPreferences, parseLastOpened, parseTheme, SETTING_KEYS, toPreferences } from '../../../src-renderer/app/preferences.js';
import { effectiveTheme } from '../../../src-renderer/features/theme/theme.js';
import { isRunShortcut } from '../../../src-renderer/features/runner/use-run-shortcut.js';

describe('preferences', () => {
  it('reads valid values and drops malformed ones', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('purple')).toBeUndefined();
    expect(parseLastOpened({ lessonId: 'crud/01-a', stepId: 's1' })).toEqual({ lessonId: 'crud/01-a', stepId: 's1' });
    expect(parseLastOpened({ lessonId: '../etc' })).toBeUndefined();
    expect(parseLastOpened('crud/01-a')).toBeUndefined();
  });

  it('merges stored settings over a fallback', () => {
    const fallback = { ...defaultPreferences(), theme: 'light' as const, lastOpened: { lessonId: 'a/b' }, revealedHints: { 'a/b#s1': 1 } };
    expect(toPreferences({ [SETTING_KEYS.theme]: 'dark' }, fallback)).toEqual({ ...fallback, theme: 'dark' });
    expect(toPreferences({ [SETTING_KEYS.revealedHints]: { 'a/b#s2': 2 } }, fallback).revealedHints).toEqual({ 'a/b#s2': 2 });
    expect(toPreferences({})).toEqual(defaultPreferences());
  });

  it('follows the system unless the learner chose', () => {
    expect(effectiveTheme('system', true)).toBe('dark');
    expect(effectiveTheme('system', false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });
});

describe('run shortcut', () => {
  const key = (over: Partial<Parameters<typeof isRunShortcut>[0]>) => ({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over });
  it('is Ctrl+Enter or Cmd+Enter only', () => {
    expect(isRunShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isRunShortcut(key({ metaKey: true }))).toBe(true);
    expect(isRunShortcut(key({}))).toBe(false);
    expect(isRunShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isRunShortcut(key({ ctrlKey: true, key: 'a' }))).toBe(false);
  });
});
