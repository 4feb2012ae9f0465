/** Public face of breaks: the break window's screen and the breaks card shown on Today. */
export { BreakScreen } from './break-screen';
export { BreaksCard } from './breaks-card';
