import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Tests do real work (password hashing, database batches) on machines whose cores other jobs share:
    // the default 5 s would fail them on a busy machine without telling anything about the code.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files share their worker's modules instead of importing the app afresh each: importing was most
    // of the run's time (db: 130 s -> 61 s, an api subset: 78 s -> 29 s, measured side by side). Each
    // test opens its own database; a test that leans on module state another file left is a bug to fix.
    isolate: false,
  },
});
