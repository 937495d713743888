import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    // Some tests run the CLI in child processes or whole drops; on a busy 2-core machine they need room.
    testTimeout: 60_000,
  },
})
