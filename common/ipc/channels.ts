/**
 * Owns the list of channel names: the only thing the preload needs to build
 * window.unknot, kept apart from the zod schemas so the sandboxed preload stays small.
 * contract.test.ts proves this list and the schema table in contract.ts are the same.
 */
export const CHANNELS = [
  'app:info',
  'app:dismiss-notice',
  'app:show',
  'app:close-quick-log',
  'pain:add',
  'pain:update',
  'pain:delete',
  'pain:restore',
  'pain:list',
  'checkin:get',
  'checkin:save',
  'checkin:skip',
  'checkin:list',
  'breaks:status',
  'breaks:respond',
  'breaks:take-now',
  'breaks:pause',
  'breaks:resume',
  'breaks:history',
  'routines:custom-list',
  'routines:custom-save',
  'routines:custom-delete',
  'routines:session-save',
  'routines:sessions',
  'routines:press-rounds-today',
  'routines:stats',
  'routines:suggested-release',
  'report:weekly',
  'report:trend',
  'workstation:save',
  'workstation:list',
  'report:save-pdf',
  'data:export',
  'data:import',
  'settings:get',
  'settings:update',
  'app:login-item',
  'app:set-login-item',
  'notifications:status',
  'notifications:test',
] as const;

export type Channel = (typeof CHANNELS)[number];
