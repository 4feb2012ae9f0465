// Violation: main/core imports electron.
import 'electron';
