/** Public face of Settings: its screen, and the working-hours form the first run reuses with its checks. */
export { SettingsScreen } from './settings-screen';
export { WorkingHoursSection } from './working-hours-section';
export { checkDraft, type FieldProblem } from './schedule-form-model';
