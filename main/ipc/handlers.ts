/**
 * Owns what each contract channel does, given already-validated arguments.
 * One entry per channel; the Handlers type makes a missing one a compile error.
 */
import type { Handlers } from './dispatcher';
import type { PainRepository } from '../db/pain-repository';
import type { SettingsStore } from '../settings/settings-store';
import type { NoticeBoard } from '../core/notices';
import type { BreakEngine } from '../core/break-engine-api';
import type { BreakRepository } from '../db/break-repository';

export interface HandlerDeps {
  version: string;
  dataDir: string;
  shell: 'electron' | 'web';
  pain: PainRepository;
  settings: SettingsStore;
  notices: NoticeBoard;
  breaks: BreakEngine;
  breakHistory: BreakRepository;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': () => ({
      version: deps.version,
      dataDir: deps.dataDir,
      shell: deps.shell,
      notices: deps.notices.list(),
    }),
    'app:dismiss-notice': ({ id }) => {
      deps.notices.dismiss(id);
      return null;
    },
    'pain:add': ({ entry }) => deps.pain.add(entry),
    'pain:update': ({ id, entry }) => deps.pain.update(id, entry),
    'pain:delete': ({ id }) => deps.pain.remove(id),
    'pain:restore': ({ entry }) => deps.pain.restore(entry),
    'pain:list': (options) => deps.pain.list(options),
    'breaks:status': () => deps.breaks.status(),
    'breaks:respond': ({ action }) => deps.breaks.respond(action),
    'breaks:take-now': ({ kind }) => deps.breaks.takeNow(kind),
    'breaks:pause': ({ mode }) => deps.breaks.pause(mode),
    'breaks:resume': () => deps.breaks.resume(),
    'breaks:history': (options) => deps.breakHistory.history(options),
    'settings:get': () => deps.settings.get(),
    'settings:update': ({ patch }) => deps.settings.update(patch),
  };
}
