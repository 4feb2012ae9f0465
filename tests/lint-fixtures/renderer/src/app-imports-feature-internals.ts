// Violation: the app shell reaches into a feature's files instead of its index.
import './features/report/report-screen';
