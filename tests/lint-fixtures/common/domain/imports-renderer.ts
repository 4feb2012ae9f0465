// Violation: common/ imports a process (the renderer).
import '../../renderer/src/lib/api';
