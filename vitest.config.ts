import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Collectors and golden CLI tests spawn processes; keep workers within the 2-core budget.
    maxWorkers: 2,
  },
});
