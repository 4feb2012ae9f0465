/** Public face of Possible sources (a sub-page of the pain log): its screen. */
export { SourcesScreen } from './sources-screen';
