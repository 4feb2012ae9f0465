/** Public face of the weekly check-in: the card shown on Today. */
export { CheckinCard } from './checkin-card';
