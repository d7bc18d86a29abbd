import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Tests do real work (password hashing, database batches) on machines whose cores other jobs share:
    // the default 5 s would fail them on a busy machine without telling anything about the code.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
