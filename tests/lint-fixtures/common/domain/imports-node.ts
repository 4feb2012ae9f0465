// Violation: common/ imports a Node built-in.
import 'node:fs';
