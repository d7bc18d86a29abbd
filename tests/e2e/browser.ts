/**
 * Starts the real server (built web app, its own copy of the database seeded from data/) and Debian's Chromium.
 * Without Chromium the browser suites are skipped with a plain reason, or fail when REQUIRE_BROWSER=1.
 */
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readEnv } from "@atlas/api/env";
import { type RunningServer, startServer } from "@atlas/api/server";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { copySeededDatabase } from "./seeded-copy.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserRequired = process.env.REQUIRE_BROWSER === "1";
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  const why = `no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH)`;
  if (browserRequired) throw new Error(`Browser tests are required (REQUIRE_BROWSER=1) but cannot run: ${why}.`);
  console.warn(`\n  Browser tests SKIPPED: ${why}. Set REQUIRE_BROWSER=1 to make this an error.\n`);
}

const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

/**
 * One Chromium per test worker, shared by the files it runs one after the other (the config's
 * `isolate: false` keeps this module between them): a launch, its first page and its close took 3-6 s
 * on busy cores, for each of some twenty files. A session's pages live in contexts of its own, closed
 * with it. The browser ends with the worker: Playwright closes what it launched as its process exits,
 * and Chromium itself stops when the pipe it is driven through closes.
 */
let shared: Promise<Browser> | undefined;

function workerBrowser(): Promise<Browser> {
  if (shared) return shared;
  const launching = chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Headless WebGL (MapLibre) runs in software.
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
  // A browser that crashed or failed to start is launched anew by the next session.
  const forget = () => {
    if (shared === launching) shared = undefined;
  };
  launching.then((browser) => browser.on("disconnected", forget), forget);
  shared = launching;
  return launching;
}

export interface Session {
  /** The database every server of this session uses. */
  databaseUrl: string;
  /** The server the pages talk to; replaced by restartServer. */
  server: RunningServer;
  /** Another server process on the same database, as behind a load balancer. */
  startAnotherServer: () => Promise<RunningServer>;
  /**
   * Stops the server (its open event streams end), runs `meanwhile`, and starts it again on the
   * same port and database, as a deploy would.
   */
  restartServer: (meanwhile?: () => Promise<void>) => Promise<void>;
  browser: Browser;
  /** Every console error and failed request seen, so a suite can assert the page stayed clean. */
  problems: string[];
  newPage: (options?: { locale?: string }) => Promise<{ page: Page; context: BrowserContext }>;
  close: () => Promise<void>;
}

async function openSession(): Promise<Session> {
  if (!existsSync(join(webDist, "index.html")))
    throw new Error(`No built web app at ${webDist}: run npm run build first.`);
  const dir = await mkdtemp(join(tmpdir(), "atlas-e2e-"));
  const databasePath = await copySeededDatabase(dir, "e2e.db");
  const databaseUrl = `file:${databasePath}`;
  const start = (port = "0") =>
    startServer(readEnv({ PORT: port, DATABASE_URL: databaseUrl, WEB_DIST: webDist, LOG_LEVEL: "warn" }));
  const server = await start();
  const others: RunningServer[] = [];
  const browser = await workerBrowser();
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const session: Session = {
    databaseUrl,
    server,
    async startAnotherServer() {
      const other = await start();
      others.push(other);
      return other;
    },
    async restartServer(meanwhile) {
      const port = new URL(session.server.url).port;
      await session.server.close();
      await meanwhile?.();
      session.server = await start(port);
    },
    browser,
    problems,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: options.locale ?? "en-GB",
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("requestfailed", (r) => {
        const error = r.failure()?.errorText ?? "";
        // Leaving a page cancels what it was still reading: the lazy chunks (the map, the basemap), a
        // query the page no longer needs, a workshop's live stream. None is a fault; a read that fails
        // gets an answer with its status instead.
        if (error === "net::ERR_ABORTED" && r.method() === "GET") return;
        problems.push(`request failed: ${r.url()} ${error}`);
      });
      return { page, context };
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close()));
      await Promise.all([session.server, ...others].map((s) => s.close()));
    },
  };
  return session;
}

/**
 * The session of the describe block that calls this: opened before its tests, closed after them.
 * The object reads through to the open session, so `s.server` is the server after a restart too.
 */
export function suiteSession(): Session {
  let open: Session | undefined;
  beforeAll(async () => {
    open = await openSession();
  });
  afterAll(async () => {
    await open?.close();
  });
  return new Proxy({} as Session, {
    get(_target, key) {
      if (!open) throw new Error("The browser session opens in beforeAll: use it inside hooks and tests.");
      return Reflect.get(open, key);
    },
  });
}
