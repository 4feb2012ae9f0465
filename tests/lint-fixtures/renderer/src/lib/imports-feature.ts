// Violation: shared lib/ depends on a feature.
import '../features/pain/pain-log-screen';
