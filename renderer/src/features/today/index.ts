/** Public face of the Today feature: the first screen (breaks, check-in, routines and the week at a glance). */
export { TodayScreen } from './today-screen';
