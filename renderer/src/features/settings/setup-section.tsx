/**
 * Owns the Setup card in Settings: starting Unknot at login (saved at once,
 * through the system first) and running the first-run setup again.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '@common/domain/settings';
import { api, errorMessage } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/routes';
import { LoginItemChoice, type LoginItemState } from '@renderer/ui/login-item-choice';

export function SetupSection({ onSettingsChange }: { onSettingsChange(settings: Settings): void }) {
  const [state, setState] = useState<LoginItemState | null>(null);
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.app.loginItem().then(
      (s) => alive && setState(s),
      (err: unknown) => alive && setError(`Could not read whether Unknot starts at login: ${errorMessage(err)}`),
    );
    return () => {
      alive = false;
    };
  }, []);

  async function change(openAtLogin: boolean) {
    setPending(openAtLogin);
    setError(null);
    try {
      setState(await api.app.setLoginItem({ openAtLogin }));
      onSettingsChange(await api.settings.get());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(null);
    }
  }

  return (
    <section className="card" aria-labelledby="setup-settings-title">
      <h2 id="setup-settings-title">Setup</h2>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {state && (
        <LoginItemChoice
          checked={pending ?? state.openAtLogin}
          onChange={(v) => void change(v)}
          mode={state.mode}
          disabled={pending !== null}
        />
      )}
      <p>Go through the two-minute setup again: where it hurts, working hours, break pace and more.</p>
      <button type="button" onClick={() => navigate('welcome')}>
        Run setup again
      </button>
    </section>
  );
}
