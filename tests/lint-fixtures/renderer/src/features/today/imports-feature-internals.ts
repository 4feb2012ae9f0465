// Violation: a feature reaches into another feature's files instead of its index.
import '@renderer/features/pain/pain-entry-list';
