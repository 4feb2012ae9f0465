/** Public face of Learn: the section (lessons and the workstation check). */
export { LearnScreen } from './learn-screen';
