// Violation: a feature climbs into a sibling feature's folder.
import '../pain/pain-entry-list';
