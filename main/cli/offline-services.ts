/**
 * Owns opening a data folder for the command line: the same services as the
 * app (same database, settings and validation), with no timers running. The
 * database is checked first (quick_check), so a damaged file is reported
 * before a command starts, never found half-way through it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME, createServices, type Services } from '../services';
import { openCheckedDatabase } from '../db/recovery';
import type { Db } from '../db/open';
import type { Clock } from '../core/ports';
import { openConfBacking, settingsFilePath } from '../adapters/node/conf-backing';
import { createSystemClock } from '../adapters/node/system-clock';
import { createClockScheduler } from '../adapters/fake/clock-scheduler';
import { quietNotifier } from '../adapters/fake/quiet-notifier';
import { APP_ORIGIN } from '../security/trusted-sender';

export function openDataDir(dataDir: string): Services {
  const dir = path.resolve(dataDir);
  const clock = createSystemClock();
  fs.mkdirSync(dir, { recursive: true });
  const db = openCheckedDatabase(path.join(dir, DATABASE_FILE_NAME));
  try {
    return services(dir, db, clock);
  } catch (error) {
    db.close();
    throw error;
  }
}

function services(dir: string, db: Db, clock: Clock): Services {
  return createServices({
    db,
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
