import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts", "api/**/*.test.ts", "ops/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser files share the two cores with their server; one file at a time keeps them steady.
    fileParallelism: false,
  },
});
