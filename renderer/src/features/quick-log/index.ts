/**
 * Public face of the quick log (#/quick-log, the tray's small window): its
 * screen. Unlike the sections it is part of the entry chunk, so a person can
 * type the moment the window appears.
 */
export { QuickLogScreen } from './quick-log-screen';
