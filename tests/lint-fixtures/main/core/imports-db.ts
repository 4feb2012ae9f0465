// Violation: main/core imports a database repository instead of a port.
import '../db/database';
