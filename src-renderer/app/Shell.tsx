/**
 * The frame: header, then either the course overview or one lesson. Loads the catalog and reopens
 * the lesson and step the learner was last on (`lastOpened`, kept through the settings API); the
 * overview shows when that lesson is gone or on a fresh start.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { LessonCatalog } from '../../src-main/contract/api.js';
import { ApiRequestError, errorMessage } from '../api/client.js';
import { ConnectionBadge } from '../features/connection/ConnectionBadge.js';
import { LessonList } from '../features/lesson-list/LessonList.js';
import { ThemeToggle } from '../features/theme/ThemeToggle.js';
import { useTheme } from '../features/theme/use-theme.js';
import { MissingToken } from './MissingToken.js';
import { useServices } from './services.js';

const LessonPage = lazy(() => import('../features/lesson/LessonPage.js'));

type View = { kind: 'list' } | { kind: 'lesson'; lessonId: string; stepId: string | undefined };

type CatalogState = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; catalog: LessonCatalog };

export function Shell() {
  const { client, preferences, progress } = useServices();
  const theme = useTheme();
  const [catalog, setCatalog] = useState<CatalogState>({ kind: 'loading' });
  const [view, setView] = useState<View>({ kind: 'list' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const loaded = Promise.all([client.getCatalog(), preferences.load(), progress.load().catch(() => undefined)]);
    loaded.then(
      ([data, prefs]) => {
        if (cancelled) return;
        setCatalog({ kind: 'ready', catalog: data });
        const last = prefs.lastOpened;
        if (last && data.lessons.some((l) => l.id === last.lessonId)) {
          setView({ kind: 'lesson', lessonId: last.lessonId, stepId: last.stepId });
        }
      },
      (error: unknown) => {
        if (!cancelled) setCatalog({ kind: 'error', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, preferences, progress, attempt]);

  const openLesson = useCallback(
    (lessonId: string, stepId?: string) => {
      setView({ kind: 'lesson', lessonId, stepId });
      preferences.set('lastOpened', stepId ? { lessonId, stepId } : { lessonId });
    },
    [preferences],
  );

  // Looking at the overview does not forget the lesson: it is what "Continue" and the next start lead back to.
  const showList = useCallback(() => setView({ kind: 'list' }), []);

  const rememberStep = useCallback((lessonId: string, stepId: string) => preferences.set('lastOpened', { lessonId, stepId }), [preferences]);

  if (catalog.kind === 'error' && catalog.error instanceof ApiRequestError && catalog.error.status === 401) {
    return <MissingToken reason="rejected" />;
  }

  const lessonTitle =
    view.kind === 'lesson' && catalog.kind === 'ready' ? catalog.catalog.lessons.find((l) => l.id === view.lessonId)?.title : undefined;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <button type="button" className="brand" onClick={showList} aria-label="Backend Sandbox — all lessons">
          <span className="brand-mark" aria-hidden="true">
            {'{ }'}
          </span>
          <span className="brand-name">Backend Sandbox</span>
        </button>
        {view.kind === 'lesson' && (
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <ol>
              <li>
                <button type="button" className="link-button" onClick={showList}>
                  Lessons
                </button>
              </li>
              <li aria-current="page">{lessonTitle ?? view.lessonId}</li>
            </ol>
          </nav>
        )}
        <div className="header-tools">
          <ConnectionBadge />
          <ThemeToggle theme={theme} />
        </div>
      </header>
      <main id="main" className={view.kind === 'lesson' ? 'main main-lesson' : 'main'} tabIndex={-1}>
        {catalog.kind === 'loading' && <p className="page-status" role="status">Loading lessons…</p>}
        {catalog.kind === 'error' && (
          <div className="page-status" role="alert">
            <p>Could not load the lessons: {errorMessage(catalog.error)}</p>
            <button type="button" className="button" onClick={() => { setCatalog({ kind: 'loading' }); setAttempt((n) => n + 1); }}>
              Try again
            </button>
          </div>
        )}
        {catalog.kind === 'ready' && view.kind === 'list' && <LessonList catalog={catalog.catalog} onOpen={openLesson} />}
        {catalog.kind === 'ready' && view.kind === 'lesson' && (
          <Suspense fallback={<p className="page-status" role="status">Opening lesson…</p>}>
            <LessonPage
              key={view.lessonId}
              lessonId={view.lessonId}
              initialStepId={view.stepId}
              catalog={catalog.catalog}
              theme={theme}
              onOpenLesson={openLesson}
              onStepShown={rememberStep}
            />
          </Suspense>
        )}
      </main>
    </div>
  );
}
