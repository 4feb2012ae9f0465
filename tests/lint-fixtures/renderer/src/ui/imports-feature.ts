// Violation: a shared widget depends on a feature.
import '@renderer/features/today';
