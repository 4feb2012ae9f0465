/**
 * Owns the app shell: navigation between sections (also Ctrl/Cmd+1…6), focus
 * moving to each section's heading, the theme, and notices from main. The
 * break window (#/break), the quick log (#/quick-log) and the first run
 * (#/welcome, where a fresh install starts) get compact layouts of their own,
 * without the sidebar.
 */
import { Suspense, lazy, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { IDLE_NOTE_ID, type Settings } from '@common/domain/settings';
import type { Notice } from '@common/ipc/contract';
import { api, errorMessage } from '@renderer/lib/api';
import { applyTheme } from '@renderer/lib/theme';
import { activateLanguage } from '@renderer/lib/i18n';
import { syncClock } from '@renderer/lib/clock';
import { ROUTES, navSection, useRoute, type RouteId } from '@renderer/lib/routes';
import { PainLogProvider } from './lib/pain-log';
import { ToastProvider } from './ui/toast';
import { Logo } from './ui/logo';
import { RouteLoading } from './ui/route-loading';
// The quick log is not lazy: its window must take typing the moment it appears.
import { QuickLogScreen } from '@renderer/features/quick-log';

// Every section is its own chunk, loaded when first opened, so the first screen
// downloads only the shell and itself. Route changes are transitions (see
// useRoute): the current section stays up until the next one has arrived, so
// only the very first screen ever shows a loading line.
const loadToday = () => import('@renderer/features/today');
const loadPain = () => import('@renderer/features/pain');
const loadRoutines = () => import('@renderer/features/routines');
const loadSources = () => import('@renderer/features/sources');
const loadReport = () => import('@renderer/features/report');
const loadLearn = () => import('@renderer/features/learn');
const loadSettings = () => import('@renderer/features/settings');
const loadBreaks = () => import('@renderer/features/breaks');
const loadFirstRun = () => import('@renderer/features/first-run');
const TodayScreen = lazy(() => loadToday().then((m) => ({ default: m.TodayScreen })));
const PainLogScreen = lazy(() => loadPain().then((m) => ({ default: m.PainLogScreen })));
const RoutinesScreen = lazy(() => loadRoutines().then((m) => ({ default: m.RoutinesScreen })));
const SourcesScreen = lazy(() => loadSources().then((m) => ({ default: m.SourcesScreen })));
const ReportScreen = lazy(() => loadReport().then((m) => ({ default: m.ReportScreen })));
const LearnScreen = lazy(() => loadLearn().then((m) => ({ default: m.LearnScreen })));
const SettingsScreen = lazy(() => loadSettings().then((m) => ({ default: m.SettingsScreen })));
const BreakScreen = lazy(() => loadBreaks().then((m) => ({ default: m.BreakScreen })));
const FirstRunScreen = lazy(() => loadFirstRun().then((m) => ({ default: m.FirstRunScreen })));

const isMac = navigator.platform.toLowerCase().includes('mac');

/** Pages with a compact layout of their own and no sidebar: the break and quick-log windows, and setup. */
const OWN_LAYOUTS = ['break', 'quick-log', 'welcome'] as const;
function isOwnLayout(route: RouteId): route is (typeof OWN_LAYOUTS)[number] {
  return (OWN_LAYOUTS as readonly RouteId[]).includes(route);
}

function StartError({ message }: { message: string }) {
  return (
    <div className="alert error" role="alert">
      Unknot could not start properly: {message}
    </div>
  );
}

export function App() {
  const [route, go] = useRoute();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [dataDir, setDataDir] = useState<string | null>(null);
  const [shell, setShell] = useState<'electron' | 'web' | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const headingFocusPending = useRef(false);
  const checkedFirstRun = useRef(false);

  useEffect(() => {
    Promise.all([api.settings.get(), api.app.info()])
      .then(([loadedSettings, info]) => {
        setSettings(loadedSettings);
        syncClock(info.nowMs, info.clockSpeed);
        setNotices(info.notices);
        setDataDir(info.dataDir);
        setShell(info.shell);
      })
      .catch((error: unknown) => setStartError(errorMessage(error)));
  }, []);

  useEffect(() => {
    if (!settings) return;
    applyTheme(settings.theme);
    void activateLanguage(settings.language);
  }, [settings]);

  // Once, on start: a fresh install opens on setup (the break and quick-log windows never do).
  useEffect(() => {
    if (!settings || checkedFirstRun.current) return;
    checkedFirstRun.current = true;
    if (settings.firstRun.completedAt === null && !isOwnLayout(route)) go('welcome');
  }, [settings, route, go]);

  // Move focus to the new section's heading so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // The break window must never take focus on its own; the quick log and setup focus their own fields and headings.
    if (isOwnLayout(route)) return;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    heading?.focus();
    // Still loading (only the first section can be): the heading gets focus when it appears.
    headingFocusPending.current = !heading || document.activeElement !== heading;
  }, [route]);

  const focusPendingHeading = useCallback(() => {
    if (!headingFocusPending.current) return;
    headingFocusPending.current = false;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);

  // A layout effect: the shortcuts work from the first frame the sidebar is on screen.
  useLayoutEffect(() => {
    if (isOwnLayout(route)) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const index = Number(event.key) - 1;
      const target = ROUTES[index];
      if (target) {
        event.preventDefault();
        go(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, route]);

  // Notes told once are remembered in settings: answered on Today's card or as a notice here, never shown again.
  const dismissNote = useCallback(
    async (id: string) => {
      if (!settings || settings.dismissedNotes.includes(id)) return;
      try {
        setSettings(await api.settings.update({ patch: { dismissedNotes: [...settings.dismissedNotes, id] } }));
      } catch {
        // Not remembered this time: it shows again next time, which is the safe way round.
      }
    },
    [settings],
  );

  const dismiss = useCallback(
    async (id: string) => {
      setNotices((current) => current.filter((n) => n.id !== id));
      if (id === IDLE_NOTE_ID) void dismissNote(id);
      await api.app.dismissNotice({ id }).catch(() => undefined);
    },
    [dismissNote],
  );
  const shownNotices = notices.filter((n) => !settings?.dismissedNotes.includes(n.id));

  if (isOwnLayout(route)) {
    return (
      <main id="main" className={`${route}-layout`}>
        {startError && <StartError message={startError} />}
        <Suspense fallback={null}>
          {route === 'break' ? (
            <BreakScreen showBackLink={shell === 'web'} />
          ) : route === 'quick-log' ? (
            <QuickLogScreen />
          ) : (
            <FirstRunScreen settings={settings} onSettings={setSettings} onFinished={() => go('today')} />
          )}
        </Suspense>
      </main>
    );
  }

  return (
    <ToastProvider>
      <PainLogProvider>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <div className="app">
          <nav className="sidebar" aria-label="Sections">
            <div className="brand">
              <Logo />
              Unknot
            </div>
            <ul className="nav">
              {ROUTES.map((r, i) => (
                <li key={r.id}>
                  <a href={`#/${r.id}`} aria-current={navSection(route) === r.id ? 'page' : undefined}>
                    {r.label}
                    <kbd aria-hidden="true">
                      {isMac ? '⌘' : 'Ctrl'} {i + 1}
                    </kbd>
                  </a>
                </li>
              ))}
            </ul>
            <div className="sidebar-footer">Your data stays on this computer.</div>
          </nav>
          <main id="main" ref={mainRef}>
            {startError && <StartError message={startError} />}
            {shownNotices.length > 0 && (
              <div className="notices">
                {shownNotices.map((n) => (
                  <div key={n.id} className={`alert ${n.level === 'info' ? '' : n.level}`} role="alert">
                    <h2>{n.title}</h2>
                    <p>{n.message}</p>
                    <div className="notice-actions">
                      <button type="button" onClick={() => void dismiss(n.id)}>
                        OK, got it
                      </button>
                    </div>
                  </div>
                ))}
              </div>
            )}
            <Suspense fallback={<RouteLoading />}>
              <Screen
                route={route}
                go={go}
                settings={settings}
                dataDir={dataDir}
                shell={shell}
                onSettings={setSettings}
                onDismissNote={(id) => void dismissNote(id)}
              />
              <SectionShown key={route} onShown={focusPendingHeading} />
            </Suspense>
          </main>
        </div>
      </PainLogProvider>
    </ToastProvider>
  );
}

/** Rendered after a section inside its Suspense: tells the shell when the section is on screen. */
function SectionShown({ onShown }: { onShown(): void }) {
  useEffect(() => onShown(), [onShown]);
  return null;
}

interface ScreenProps {
  route: RouteId;
  go(id: RouteId): void;
  settings: Settings | null;
  dataDir: string | null;
  shell: 'electron' | 'web' | null;
  onSettings(settings: Settings): void;
  onDismissNote(id: string): void;
}

function Screen({ route, go, settings, dataDir, shell, onSettings, onDismissNote }: ScreenProps) {
  switch (route) {
    case 'today':
      return (
        <TodayScreen
          onLogPain={() => go('pain')}
          // In Electron main opens the break window itself.
          onBreakStarted={shell === 'web' ? () => go('break') : undefined}
          workingHours={settings?.workingHours}
          checkin={settings?.checkin}
          dismissedNotes={settings?.dismissedNotes}
          onDismissNote={onDismissNote}
          strength={settings?.strength}
        />
      );
    case 'pain':
      return <PainLogScreen />;
    case 'routines':
      return <RoutinesScreen />;
    case 'sources':
      return <SourcesScreen />;
    case 'report':
      return <ReportScreen shell={shell} settings={settings} onSettingsChange={onSettings} />;
    case 'learn':
      return <LearnScreen />;
    case 'settings':
      return <SettingsScreen settings={settings} dataDir={dataDir} shell={shell} onSettingsChange={onSettings} />;
    case 'break':
    case 'quick-log':
    case 'welcome':
      return null; // rendered by App in their own layouts
  }
}
