// Violation: the renderer imports main.
import '../../../../main/db/database';
