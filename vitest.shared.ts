import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript sources (the `@tollgate/source` export condition), so a change is
// tested without a rebuild; processes that tests spawn use the built `dist/` instead.
export default defineConfig({
  resolve: { conditions: ['@tollgate/source'] },
  ssr: { resolve: { conditions: ['@tollgate/source'] } },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
