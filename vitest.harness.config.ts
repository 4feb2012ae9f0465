// Layer 4 of the test pyramid: the Electron contract harness (tests/harness/), run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/harness/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
