// Allowed: a feature uses another feature through its public index, and shared ui/ and lib/.
import '@renderer/features/pain';
import '@renderer/ui/toast';
import '../../lib/api';
import './today-screen';
