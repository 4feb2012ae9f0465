import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { lingui } from '@lingui/vite-plugin';
import { aliases } from './vite.aliases';

// @actions/workflow-parser (tests/unit/workflows.test.ts) imports its schema JSON without an import
// attribute, which Node's own loader refuses; Vite transforms it instead, as it does our code. Its
// published source maps name sources it does not ship, so they are dropped rather than warned about.
const workflowParser = '@actions/workflow-parser';

export default defineConfig({
  resolve: { alias: aliases },
  plugins: [
    lingui({ macroTransform: true }),
    {
      name: 'drop-workflow-parser-source-maps',
      enforce: 'pre',
      load(id) {
        if (!id.includes(`/node_modules/${workflowParser}/`) || !id.endsWith('.js')) return null;
        return { code: readFileSync(id, 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, ''), map: null };
      },
    },
  ],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    server: { deps: { inline: [workflowParser] } },
  },
});
