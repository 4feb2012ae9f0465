/**
 * Owns opening a data folder for the command line: the same services as the
 * app (same database, settings and validation), with no timers running.
 */
import path from 'node:path';
import { createServices, type Services } from '../services';
import { openConfBacking, settingsFilePath } from '../adapters/node/conf-backing';
import { createSystemClock } from '../adapters/node/system-clock';
import { createClockScheduler } from '../adapters/fake/clock-scheduler';
import { quietNotifier } from '../adapters/fake/quiet-notifier';
import { APP_ORIGIN } from '../security/trusted-sender';

export function openDataDir(dataDir: string): Services {
  const dir = path.resolve(dataDir);
  const clock = createSystemClock();
  return createServices({
    dataDir: dir,
    shell: 'web',
    trustedOrigin: () => APP_ORIGIN,
    settingsFile: settingsFilePath(dir),
    openSettingsBacking: () => openConfBacking(dir),
    clock,
    idle: { idleSeconds: () => 0 },
    scheduler: createClockScheduler(clock),
    notifier: quietNotifier,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
}
