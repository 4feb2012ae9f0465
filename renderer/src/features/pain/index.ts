/**
 * Public face of the pain log: its screen and the parts other features show
 * (the entry list on Today, the advice after saving).
 * The pain log's shared state (PainLogProvider) lives in lib/pain-log.
 */
export { PainLogScreen } from './pain-log-screen';
export { PainEntryList } from './pain-entry-list';
export { EntryAdvice } from './entry-advice';
export { loadEntryAdvice } from './load-entry-advice';
