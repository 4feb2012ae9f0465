/** Public face of the first run (#/welcome): its screen. */
export { FirstRunScreen } from './first-run-screen';
