// Violation: main/db imports electron.
import 'electron';
