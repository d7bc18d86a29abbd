import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests that make dozens of requests against a real database take many times longer while other
  // work keeps the cores busy; the timeout bounds a hang, it is not a speed target (benchmarks are).
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
