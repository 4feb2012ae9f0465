/** Owns the Settings screen: appearance and where the data lives. */
import { useEffect, useState } from 'react';
import { THEMES, type Settings, type Theme } from '../../../common/domain/settings';
import { api, errorMessage } from '../lib/api';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow my system', light: 'Light', dark: 'Dark' };

interface Props {
  settings: Settings | null;
  dataDir: string | null;
  onSettingsChange(settings: Settings): void;
}

export function SettingsScreen({ settings, dataDir, onSettingsChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Shown at once; rolled back if main refuses the change.
  const [pendingTheme, setPendingTheme] = useState<Theme | null>(null);
  const shownTheme = pendingTheme ?? settings?.theme;
  useEffect(() => {
    if (!saved) return;
    const t = window.setTimeout(() => setSaved(false), 2500);
    return () => window.clearTimeout(t);
  }, [saved]);

  async function setTheme(theme: Theme) {
    setPendingTheme(theme);
    try {
      onSettingsChange(await api.settings.update({ patch: { theme } }));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPendingTheme(null);
    }
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Settings</h1>
      </div>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <section className="card">
        <fieldset className="plain-fieldset">
          <legend>
            <h2>Appearance</h2>
          </legend>
          <div className="radio-row">
            {THEMES.map((theme) => (
              <label key={theme}>
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={shownTheme === theme}
                  onChange={() => void setTheme(theme)}
                />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </div>
          <p className="hint" role="status">
            {saved ? 'Saved.' : ''}
          </p>
        </fieldset>
      </section>
      <section className="card">
        <h2>Your data</h2>
        <p>Everything Unknot records stays on this computer. Nothing is sent anywhere.</p>
        <p>
          Data folder: <code>{dataDir ?? '…'}</code>
        </p>
      </section>
    </>
  );
}
