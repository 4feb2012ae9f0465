/**
 * Owns the language setting: follow the system, or a language Unknot ships.
 * The change applies at once (the app re-renders in the new catalog) and is
 * rolled back if main refuses it. Language names are written in their own
 * language, so a person can find theirs whatever the screen currently speaks.
 */
import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { LANGUAGES, type LanguagePreference } from '@common/i18n/locales';
import type { Settings } from '@common/domain/settings';
import { api, errorMessage } from '@renderer/lib/api';
import { activateLanguage } from '@renderer/lib/i18n';

interface Props {
  language: LanguagePreference | undefined;
  onSettingsChange(settings: Settings): void;
}

export function LanguageSection({ language, onSettingsChange }: Props) {
  const { t } = useLingui();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function choose(next: LanguagePreference) {
    const previous = language ?? 'system';
    await activateLanguage(next);
    try {
      onSettingsChange(await api.settings.update({ patch: { language: next } }));
      setError(null);
      setSaved(true);
    } catch (err) {
      await activateLanguage(previous);
      setError(errorMessage(err));
    }
  }

  return (
    <section className="card" aria-labelledby="language-heading">
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <h2 id="language-heading">
        <Trans>Language</Trans>
      </h2>
      <label className="field">
        <span>
          <Trans>Language of the app, its notifications and the clinician PDF</Trans>
        </span>
        <select
          value={language ?? 'system'}
          onChange={(e) => void choose(e.target.value as LanguagePreference)}
          disabled={language === undefined}
        >
          <option value="system">{t`Follow my system`}</option>
          {LANGUAGES.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" role="status">
        {saved ? t`Language saved.` : ''}
      </p>
    </section>
  );
}
