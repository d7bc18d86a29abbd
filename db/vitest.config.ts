import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Seeding the whole dataset in six languages is real work on machines whose cores other jobs share:
    // the default 5 s would fail it on a busy machine without telling anything about the code.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
