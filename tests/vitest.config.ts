import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts", "api/**/*.test.ts", "ops/**/*.test.ts", "bench/**/*.test.ts"],
    // Bounds on a hang, not speed targets: a whole browser test can take minutes on busy cores.
    testTimeout: 240_000,
    // A state the page reaches within seconds on a quiet machine can take many times that while other
    // work keeps both cores busy (a map fit animation in software WebGL): polls wait for the state,
    // up to this long, never for a fixed time.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 120_000,
    // Browser files share the two cores with their server; one file at a time keeps them steady.
    fileParallelism: false,
  },
});
