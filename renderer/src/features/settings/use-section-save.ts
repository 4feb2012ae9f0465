/**
 * Owns the save-at-once behaviour of the small Settings sections (reminders):
 * send one patch, hand main's answer up, and show "Saved." briefly or main's
 * error. Main validates every patch again.
 */
import { useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '@common/domain/settings';
import { api, errorMessage } from '@renderer/lib/api';

export function useSectionSave(onSettingsChange: (settings: Settings) => void) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!saved) return;
    const t = window.setTimeout(() => setSaved(false), 2500);
    return () => window.clearTimeout(t);
  }, [saved]);

  async function save(patch: SettingsPatch) {
    try {
      onSettingsChange(await api.settings.update({ patch }));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return { save, error, saved };
}
