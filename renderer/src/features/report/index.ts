/** Public face of the weekly report: its screen. */
export { ReportScreen } from './report-screen';
