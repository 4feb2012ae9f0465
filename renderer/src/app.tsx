/**
 * Owns the app shell: navigation between sections (also Ctrl/Cmd+1…6), focus
 * moving to each section's heading, the theme, and notices from main. The
 * break window (#/break), the quick log (#/quick-log) and the first run
 * (#/welcome, where a fresh install starts) get compact layouts of their own,
 * without the sidebar.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '@common/domain/settings';
import type { Notice } from '@common/ipc/contract';
import { api, errorMessage } from '@renderer/lib/api';
import { applyTheme } from '@renderer/lib/theme';
import { syncClock } from '@renderer/lib/clock';
import { ROUTES, navSection, useRoute, type RouteId } from '@renderer/lib/routes';
import { PainLogProvider } from '@renderer/lib/pain-log';
import { ToastProvider } from '@renderer/ui/toast';
import { Logo } from '@renderer/ui/logo';
import { TodayScreen } from '@renderer/features/today';
import { PainLogScreen } from '@renderer/features/pain';
import { SettingsScreen } from '@renderer/features/settings';
import { BreakScreen } from '@renderer/features/breaks';
import { RoutinesScreen } from '@renderer/features/routines';
import { QuickLogScreen } from '@renderer/features/pain';
import { FirstRunScreen } from '@renderer/features/first-run';
import { LearnScreen } from '@renderer/features/learn';
import { SourcesScreen } from '@renderer/features/sources';
import { ReportLoading } from '@renderer/ui/route-loading';

// The report (charts, heat map, print layout) loads only when it is opened.
const ReportScreen = lazy(() => import('@renderer/features/report').then((m) => ({ default: m.ReportScreen })));

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
    if (settings) applyTheme(settings.theme);
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
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  useEffect(() => {
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

  const dismiss = useCallback(async (id: string) => {
    setNotices((current) => current.filter((n) => n.id !== id));
    await api.app.dismissNotice({ id }).catch(() => undefined);
  }, []);

  if (isOwnLayout(route)) {
    return (
      <main id="main" className={`${route}-layout`}>
        {startError && <StartError message={startError} />}
        {route === 'break' ? (
          <BreakScreen showBackLink={shell === 'web'} />
        ) : route === 'quick-log' ? (
          <QuickLogScreen />
        ) : (
          <FirstRunScreen settings={settings} onSettings={setSettings} onFinished={() => go('today')} />
        )}
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
            {notices.length > 0 && (
              <div className="notices">
                {notices.map((n) => (
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
            <Screen
              route={route}
              go={go}
              settings={settings}
              dataDir={dataDir}
              shell={shell}
              onSettings={setSettings}
            />
          </main>
        </div>
      </PainLogProvider>
    </ToastProvider>
  );
}

interface ScreenProps {
  route: RouteId;
  go(id: RouteId): void;
  settings: Settings | null;
  dataDir: string | null;
  shell: 'electron' | 'web' | null;
  onSettings(settings: Settings): void;
}

function Screen({ route, go, settings, dataDir, shell, onSettings }: ScreenProps) {
  switch (route) {
    case 'today':
      return (
        <TodayScreen
          onLogPain={() => go('pain')}
          // In Electron main opens the break window itself.
          onBreakStarted={shell === 'web' ? () => go('break') : undefined}
          workingHours={settings?.workingHours}
          checkin={settings?.checkin}
        />
      );
    case 'pain':
      return <PainLogScreen />;
    case 'routines':
      return <RoutinesScreen />;
    case 'sources':
      return <SourcesScreen />;
    case 'report':
      return (
        <Suspense fallback={<ReportLoading />}>
          <ReportScreen shell={shell} />
        </Suspense>
      );
    case 'learn':
      return <LearnScreen />;
    case 'settings':
      return <SettingsScreen settings={settings} dataDir={dataDir} onSettingsChange={onSettings} />;
    case 'break':
    case 'quick-log':
    case 'welcome':
      return null; // rendered by App in their own layouts
  }
}
