/** Public face of Possible sources (a sub-page of the pain log): its screen and the region list the pain log links with. */
export { SourcesScreen } from './sources-screen';
export { regionList } from './possible-sources';
