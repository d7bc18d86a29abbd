import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The route walks first. They are the longest files by far, and vitest orders files by their last
 * durations only when it has them (not on a clean checkout, as in CI, where it starts the largest
 * files first): a walk started last would run alone while the other worker sits idle.
 */
class WalksFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const isWalk = (f: TestSpecification) => f.moduleId.includes("route-walk");
    return [...sorted.filter(isWalk), ...sorted.filter((f) => !isWalk(f))];
  }
}

export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts", "api/**/*.test.ts", "ops/**/*.test.ts", "bench/**/*.test.ts"],
    // The seed written once for every browser session (e2e/seeded-database.ts).
    globalSetup: ["e2e/seeded-database.ts"],
    // Bounds on a hang, not speed targets: a whole browser test can take minutes on busy cores.
    testTimeout: 240_000,
    // A state the page reaches within seconds on a quiet machine can take many times that while other
    // work keeps both cores busy (a map fit animation in software WebGL): polls wait for the state,
    // up to this long, never for a fixed time.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 120_000,
    // Two files at a time: a browser file spends much of its time waiting (on its server, on Chromium's
    // other processes), so a second one fills the gaps; more than two only queue on two cores.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: WalksFirst },
    // Files share their worker's modules (the server's, Playwright's) instead of importing them afresh:
    // imports took 219 s of a run with isolation, 47 s without (both two files at a time, load ~12).
    isolate: false,
  },
});
