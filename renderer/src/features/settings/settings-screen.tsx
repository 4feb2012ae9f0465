/** Owns the Settings screen: breaks and working hours, appearance, your data (where it lives, export, import) and backups. */
import { useEffect, useState } from 'react';
import { THEMES, type Settings, type Theme } from '@common/domain/settings';
import { api, errorMessage } from '@renderer/lib/api';
import { ScheduleForm } from './schedule-form';
import { ReportReminderSection } from './report-reminder-section';
import { CheckinSection } from './checkin-section';
import { StrengthSection } from './strength-section';
import { DataSection } from './data-section';
import { BackupsSection } from './backups-section';
import { SetupSection } from './setup-section';
import { LanguageSection } from './language-section';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow my system', light: 'Light', dark: 'Dark' };
/** What the confirmation says was saved. */
const THEME_SAVED: Record<Theme, string> = {
  system: 'Saved: the theme follows your system.',
  light: 'Saved: light theme.',
  dark: 'Saved: dark theme.',
};

interface Props {
  settings: Settings | null;
  dataDir: string | null;
  shell: 'electron' | 'web' | null;
  onSettingsChange(settings: Settings): void;
}

export function SettingsScreen({ settings, dataDir, shell, onSettingsChange }: Props) {
  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Settings</h1>
          <p>When Unknot suggests breaks, and how it looks.</p>
        </div>
      </div>
      {settings ? (
        <ScheduleForm settings={settings} onSaved={onSettingsChange} />
      ) : (
        <p className="empty">Loading your settings…</p>
      )}
      {settings && <CheckinSection checkin={settings.checkin} onSettingsChange={onSettingsChange} />}
      {settings && <ReportReminderSection report={settings.report} onSettingsChange={onSettingsChange} />}
      {settings && <StrengthSection strength={settings.strength} onSettingsChange={onSettingsChange} />}
      <AppearanceSection theme={settings?.theme} onSettingsChange={onSettingsChange} />
      <LanguageSection language={settings?.language} onSettingsChange={onSettingsChange} />
      <SetupSection onSettingsChange={onSettingsChange} />
      <DataSection dataDir={dataDir} shell={shell} />
      <BackupsSection />
    </>
  );
}

function AppearanceSection({
  theme,
  onSettingsChange,
}: {
  theme: Theme | undefined;
  onSettingsChange(settings: Settings): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Shown at once; rolled back if main refuses the change.
  const [pendingTheme, setPendingTheme] = useState<Theme | null>(null);
  const shownTheme = pendingTheme ?? theme;
  useEffect(() => {
    if (!saved) return;
    const t = window.setTimeout(() => setSaved(null), 2500);
    return () => window.clearTimeout(t);
  }, [saved]);

  async function setTheme(next: Theme) {
    setPendingTheme(next);
    try {
      onSettingsChange(await api.settings.update({ patch: { theme: next } }));
      setError(null);
      setSaved(THEME_SAVED[next]);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPendingTheme(null);
    }
  }

  return (
    <section className="card">
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <fieldset className="plain-fieldset">
        <legend>
          <h2>Appearance</h2>
        </legend>
        <div className="radio-row">
          {THEMES.map((t) => (
            <label key={t}>
              <input type="radio" name="theme" value={t} checked={shownTheme === t} onChange={() => void setTheme(t)} />
              {THEME_LABELS[t]}
            </label>
          ))}
        </div>
        <p className="hint" role="status">
          {saved ?? ''}
        </p>
      </fieldset>
    </section>
  );
}
