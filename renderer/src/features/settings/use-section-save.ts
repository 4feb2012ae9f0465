/**
 * Owns the save-at-once behaviour of the small Settings sections (reminders):
 * send one patch, hand main's answer up, and briefly say what was saved
 * ("Saved: check-in from 17:30.") or show main's error. Main validates every
 * patch again.
 */
import { useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '@common/domain/settings';
import { api, errorMessage } from '@renderer/lib/api';

export function useSectionSave(onSettingsChange: (settings: Settings) => void) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!saved) return;
    const t = window.setTimeout(() => setSaved(null), 2500);
    return () => window.clearTimeout(t);
  }, [saved]);

  /** `what` names the change, e.g. "check-in from 17:30". */
  async function save(patch: SettingsPatch, what: string) {
    try {
      onSettingsChange(await api.settings.update({ patch }));
      setError(null);
      setSaved(`Saved: ${what}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return { save, error, saved };
}
