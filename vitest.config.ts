import { defineConfig } from 'vitest/config'

// Two projects, both run by `npm test`: the unit tests (`npm run test:unit`, a minute), and the
// integration suites that start processes, Redis or Chromium, or time whole runs (`npm run
// test:integration`).
const INTEGRATION = ['tests/cli/**/*.test.ts', 'tests/run/faults.test.ts', 'tests/run/misuse.test.ts', 'tests/distributed/**/*.test.ts', 'tests/report/browser.test.ts', 'tests/pathological/linear-time.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/build.ts'],
    // Some tests run the CLI in child processes or whole drops; on a busy 2-core machine they need room.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: INTEGRATION } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
})
