/**
 * Public face of Routines: the section (list, player, editor, muscle pages) and
 * the parts the break window, Today, the first run and Possible sources reuse.
 */
export { RoutinesScreen } from './routines-screen';
export { BreakRoutine, microRoutineFor, stretchRoutineFor, ReleaseSuggestion } from './break-routine';
export { RatingPicker, StepPanel } from './player-parts';
export { reliefSentence } from './routine-meta';
export { useRoutineData } from './use-routine-data';
export { SafetyBlockNote } from './safety-block-note';
