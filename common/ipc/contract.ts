/**
 * Owns the IPC contract: for every channel, the zod schema of its argument and
 * of its result. Main validates every call against it; the renderer's
 * window.unknot type is derived from it. Adding a feature starts here.
 */
import { z } from 'zod';
import { localDateSchema, loggedDateSchema } from '../domain/dates';
import { entityIdSchema, painEntryInputSchema, painEntryRestoreSchema, painEntrySchema } from '../domain/pain';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { BREAK_ACTIONS, BREAK_KINDS, PAUSE_MODES, breakRecordSchema, breakStatusSchema } from '../domain/breaks';
import type { Channel } from './channels';
import { routineSchema } from '../domain/content';
import { checkinSchema, savedCheckinSchema } from '../domain/checkin';
import { TRIAGE_TIERS } from '../domain/red-flags';
import {
  customRoutineSchema,
  routineSessionInputSchema,
  routineSessionSchema,
  routineStatsSchema,
} from '../domain/routine-sessions';
import { trendWeekSchema, weeklyReportSchema } from '../domain/report';
import { PAPER_SIZES } from '../domain/report-pdf';
import { existingIsoWeekSchema } from '../domain/iso-week';
import { workstationAnswersSchema, workstationCheckSchema } from '../domain/workstation';
import { backupInfoSchema, backupNameSchema } from '../domain/backups';

const countsSchema = z.record(z.string(), z.number().int());
const transferStartSchema = z.object({ job: z.uuid().nullable(), fileName: z.string() }).strict();
const transferJobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['export', 'import']),
    fileName: z.string(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
    progress: z
      .object({
        phase: z.enum(['checking', 'writing', 'exporting']),
        done: z.number().int().min(0),
        total: z.number().int().min(0).nullable(),
      })
      .strict(),
    records: z.number().int().min(0).nullable(),
    summary: z.object({ added: countsSchema, alreadyThere: countsSchema }).strict().nullable(),
    error: z.string().nullable(),
    savedTo: z.string().nullable(),
    downloadable: z.boolean(),
  })
  .strict();

const noArgs = z
  .undefined()
  .or(z.object({}).strict())
  .transform(() => undefined);
// Every date and time an argument carries is checked by the calendar-aware schemas of common/domain/dates.ts;
// logged ones also against main's clock (the dispatcher parses inside validatingAt).
const localDate = localDateSchema;
/** The arguments of every history list: local dates (inclusive) and how many at most. */
const dateRangeArgs = z
  .object({
    from: localDate.optional(),
    to: localDate.optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  })
  .strict();

export const noticeSchema = z
  .object({
    id: z.string(),
    level: z.enum(['info', 'warning', 'error']),
    title: z.string(),
    message: z.string(),
  })
  .strict();
export type Notice = z.infer<typeof noticeSchema>;

export const adviceSchema = z
  .object({
    tier: z.enum(TRIAGE_TIERS),
    title: z.string(),
    message: z.string(),
    because: z.array(z.string()),
  })
  .strict();

export const loginItemStateSchema = z
  .object({
    openAtLogin: z.boolean(),
    /**
     * system: the operating system starts Unknot; recorded: only remembered (the web preview cannot);
     * unavailable: this copy cannot be started at login (a development run on macOS or Windows).
     */
    mode: z.enum(['system', 'recorded', 'unavailable']),
  })
  .strict();

export const contract = {
  'app:info': {
    args: noArgs,
    result: z.object({
      version: z.string(),
      dataDir: z.string(),
      shell: z.enum(['electron', 'web']),
      notices: z.array(noticeSchema),
      /** Main's clock, so the renderer's countdowns agree with it (and run as fast when sped up for tests). */
      nowMs: z.number(),
      clockSpeed: z.number(),
    }),
  },
  'app:dismiss-notice': {
    args: z.object({ id: z.string().max(200) }).strict(),
    result: z.null(),
  },
  'app:show': {
    /** Opens (or focuses) the main window at a route, e.g. "routines/play/release-upper-trapezius". */
    args: z
      .object({
        route: z
          .string()
          .max(200)
          .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a route like routines/play/<id>'),
      })
      .strict(),
    /** shown: the main window now shows it; navigate: there is no other window here, so go there yourself. */
    result: z.enum(['shown', 'navigate']),
  },
  'app:close-quick-log': {
    /**
     * The quick log is done (saved or cancelled). A channel rather than window.close(): from a
     * renderer that destroys the BrowserWindow without a preventable 'close', and the window is reused.
     */
    args: noArgs,
    /** closed: main hid the quick-log window; navigate: there is no such window here, so go to Today yourself. */
    result: z.enum(['closed', 'navigate']),
  },
  'pain:add': {
    args: z.object({ entry: painEntryInputSchema }).strict(),
    result: painEntrySchema,
  },
  'pain:update': {
    args: z.object({ id: entityIdSchema, entry: painEntryInputSchema }).strict(),
    result: painEntrySchema,
  },
  'pain:delete': {
    args: z.object({ id: entityIdSchema }).strict(),
    /** The deleted entry, so the renderer can offer undo through pain:restore. */
    result: painEntrySchema,
  },
  'pain:restore': {
    args: z.object({ entry: painEntryRestoreSchema }).strict(),
    result: painEntrySchema,
  },
  'pain:list': {
    args: dateRangeArgs,
    result: z.array(painEntrySchema),
  },
  'checkin:get': {
    args: z.object({ date: localDate }).strict(),
    result: z.object({ checkin: savedCheckinSchema.nullable(), settled: z.boolean() }).strict(),
  },
  'checkin:save': {
    args: z.object({ checkin: checkinSchema }).strict(),
    /** The saved answers, and advice when a warning sign was ticked (urgent first). */
    result: z.object({ checkin: savedCheckinSchema, advice: z.array(adviceSchema) }).strict(),
  },
  'checkin:skip': {
    args: z.object({ date: loggedDateSchema }).strict(),
    result: z.null(),
  },
  'checkin:list': {
    args: z.object({ from: localDate.optional(), to: localDate.optional() }).strict(),
    result: z.array(savedCheckinSchema),
  },
  'breaks:status': {
    args: noArgs,
    result: breakStatusSchema,
  },
  'breaks:respond': {
    /** Answer the prompt on screen: start the break, snooze, skip, or end a started break. */
    args: z.object({ action: z.enum(BREAK_ACTIONS) }).strict(),
    result: breakStatusSchema,
  },
  'breaks:take-now': {
    args: z.object({ kind: z.enum(BREAK_KINDS) }).strict(),
    result: breakStatusSchema,
  },
  'breaks:pause': {
    args: z.object({ mode: z.enum(PAUSE_MODES) }).strict(),
    result: breakStatusSchema,
  },
  'breaks:resume': {
    args: noArgs,
    result: breakStatusSchema,
  },
  'breaks:history': {
    args: dateRangeArgs,
    result: z.array(breakRecordSchema),
  },
  'routines:custom-list': {
    args: noArgs,
    result: z.array(routineSchema),
  },
  'routines:custom-save': {
    /** Creates or replaces one of the person's own routines (same id = edit; also undo of a delete). */
    args: z.object({ routine: customRoutineSchema }).strict(),
    result: routineSchema,
  },
  'routines:custom-delete': {
    args: z.object({ id: z.string().max(80) }).strict(),
    /** The deleted routine, so the renderer can offer undo. */
    result: routineSchema,
  },
  'routines:session-save': {
    args: z.object({ session: routineSessionInputSchema }).strict(),
    result: routineSessionSchema,
  },
  'routines:sessions': {
    args: dateRangeArgs,
    result: z.array(routineSessionSchema),
  },
  'routines:press-rounds-today': {
    args: noArgs,
    result: z.record(z.string(), z.number().int()),
  },
  'routines:stats': {
    args: noArgs,
    result: routineStatsSchema,
  },
  'routines:suggested-release': {
    args: noArgs,
    result: z
      .object({
        routineId: z.string(),
        muscleId: z.string().nullable(),
        side: z.enum(['left', 'right']).nullable(),
        reason: z.string(),
      })
      .strict(),
  },
  'report:weekly': {
    /** Default: the week under way now, by main's clock and time zone. */
    args: z.object({ week: existingIsoWeekSchema.optional() }).strict(),
    result: weeklyReportSchema,
  },
  'report:trend': {
    /** The headline numbers of `weeks` weeks ending with `endWeek` (default: this week), oldest first. */
    args: z
      .object({
        weeks: z
          .number()
          .int('must be a whole number of weeks')
          .min(1, 'must be at least 1 week')
          .max(260, 'must be at most 260 weeks'),
        endWeek: existingIsoWeekSchema.optional(),
      })
      .strict(),
    result: z.array(trendWeekSchema),
  },
  'workstation:save': {
    /** Every save is a new check (item id → answer id); the checks before it are kept for comparison. */
    args: z.object({ answers: workstationAnswersSchema }).strict(),
    result: workstationCheckSchema,
  },
  'workstation:list': {
    /** Most recent first; 20 unless a limit is given. */
    args: z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
    result: z.array(workstationCheckSchema),
  },
  'report:save-pdf': {
    /** Electron: prints the asking window (its print stylesheet) to a PDF and saves it where the person chooses. */
    args: z.object({ week: existingIsoWeekSchema, pageSize: z.enum(PAPER_SIZES) }).strict(),
    /** saved false: the person closed the save dialog; nothing was written. */
    result: z.object({ saved: z.boolean(), path: z.string().nullable() }).strict(),
  },
  'data:export': {
    /**
     * Starts an export off the main thread. Electron asks where to save it first;
     * job null: the person closed that dialog and nothing happens. Poll data:job.
     */
    args: z
      .object({ format: z.enum(['json', 'csv']), table: z.enum(['pain', 'breaks', 'sessions']).optional() })
      .strict()
      .refine((a) => a.format === 'json' || a.table !== undefined, {
        message: 'a CSV export names its table',
        path: ['table'],
      }),
    result: transferStartSchema,
  },
  'data:import': {
    /**
     * Starts an import of an Unknot JSON export off the main thread: checked
     * whole, then added in one transaction. Electron asks which file with a
     * dialog; the web preview names a file the page uploaded first (see
     * main/web/server.ts). job null: the person closed the dialog.
     */
    args: z.object({ upload: z.uuid().optional() }).strict(),
    result: transferStartSchema,
  },
  'data:job': {
    /** Where an export or import stands (the window polls it a few times a second). */
    args: z.object({ job: z.uuid() }).strict(),
    result: transferJobSchema,
  },
  'data:cancel': {
    /** Asks a running export or import to stop; an import stopped part-way changes nothing. */
    args: z.object({ job: z.uuid() }).strict(),
    result: z.object({ cancelled: z.boolean() }).strict(),
  },
  'settings:get': {
    args: noArgs,
    result: settingsSchema,
  },
  'settings:update': {
    args: z.object({ patch: settingsPatchSchema }).strict(),
    result: settingsSchema,
  },
  'app:login-item': {
    args: noArgs,
    result: loginItemStateSchema,
  },
  'app:set-login-item': {
    /** Turns starting at login on or off, in the system first, then in settings.startAtLogin. */
    args: z.object({ openAtLogin: z.boolean() }).strict(),
    result: loginItemStateSchema,
  },
  'notifications:status': {
    args: noArgs,
    result: z
      .object({
        /** ask-browser: the web preview, where the page asks its own browser (Notification.permission). */
        support: z.enum(['supported', 'unsupported', 'ask-browser']),
        /** Which system's settings to point the person to when notifications are off. */
        platform: z.enum(['linux', 'mac', 'windows', 'other']),
      })
      .strict(),
  },
  'notifications:test': {
    args: noArgs,
    result: z.enum(['shown', 'unsupported', 'ask-browser']),
  },
  'backups:list': {
    args: noArgs,
    /** Newest first, with the folder they are in (shown to the person). */
    result: z.object({ folder: z.string(), backups: z.array(backupInfoSchema) }).strict(),
  },
  'backups:create': {
    /** "Back up now": written, checked with integrity_check, then listed. */
    args: noArgs,
    result: backupInfoSchema,
  },
  'backups:restore': {
    /** A backup's file name, never a path: main looks for it only in its own backups folder. */
    args: z.object({ name: backupNameSchema }).strict(),
    /** The backup now in use, and the safety backup of what was there just before. */
    result: z.object({ restored: backupInfoSchema, safety: backupInfoSchema }).strict(),
  },
  'backups:open-folder': {
    args: noArgs,
    /** opened false: this shell cannot open a folder (the web preview), or the system would not; show `folder` instead. */
    result: z.object({ opened: z.boolean(), folder: z.string() }).strict(),
  },
} satisfies Record<Channel, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;
