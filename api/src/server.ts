/** The only place that reads the environment and opens the database: one process, one port. */

import { existsSync } from "node:fs";
import { createServer, type RequestListener, type ServerOptions } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { type Database, isLocalFile } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { serve } from "@hono/node-server";
import { type AppOptions, appSecurityHeaders, constantPaths, createApp } from "./app.ts";
import { type Env, readEnv } from "./env.ts";
import { warmListIndex } from "./features/cases/list-index.ts";
import { warmMapIndex } from "./features/cases/map-index.ts";
import { eventHub } from "./features/workshops/hub.ts";
import { toClientAddress } from "./http/client-address.ts";
import { answerClientErrors } from "./http/client-errors.ts";
import { type ConstantAnswer, toConstantAnswer, withConstantAnswers } from "./http/constant-answers.ts";
import { withSecurityHeaders } from "./http/security-headers.ts";
import { scheduleBackups } from "./ops/backups.ts";
import { drainServer } from "./ops/drain.ts";
import { registerGauges } from "./ops/gauges.ts";
import { createLogger, type Logger } from "./ops/log.ts";
import { createMetrics } from "./ops/metrics.ts";
import { toRequestId } from "./ops/request-log.ts";
import { webApp } from "./web-app.ts";
import { createWorkerPool, inlineWorkers, withTaskMetrics } from "./workers/pool.ts";

const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface RunningServer {
  url: string;
  /** Graceful stop: readiness fails, no new connections, in-flight requests finish, streams end with a reconnect hint. */
  close: () => Promise<void>;
}

export async function startServer(
  env: Env = readEnv(),
  logger: Logger = createLogger({ level: env.LOG_LEVEL }),
): Promise<RunningServer> {
  const { db, seed } = await prepareDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  if (seed.changed) logger.info("database seeded from data/");
  const webDist = env.WEB_DIST ?? defaultWebDist;
  const web = existsSync(`${webDist}/index.html`) ? webApp(webDist) : undefined;
  if (!web) logger.warn("no built web app: serving the API only (run npm run build)", { webDist });
  let draining = false;
  const metrics = createMetrics();
  const workers = withTaskMetrics(
    env.WORKER_THREADS > 0 ? createWorkerPool(env.WORKER_THREADS) : inlineWorkers,
    metrics,
  );
  registerGauges(metrics, { db, backupDir: env.BACKUP_DIR, workerQueue: workers.queueLength });
  const options: AppOptions = {
    corsOrigins: env.CORS_ORIGINS,
    mapStyleUrl: env.MAP_STYLE_URL,
    mapOrigins: env.MAP_ORIGINS,
    publicUrl: env.PUBLIC_URL,
    web,
    logger,
    metrics,
    metricsToken: env.METRICS_TOKEN,
    health: { draining: () => draining },
  };
  const app = createApp(options);
  const securityHeaders = appSecurityHeaders(options);
  const constants = await constantAnswers(options, db);
  const server = serve({
    createServer: ((serverOptions: ServerOptions, listener: RequestListener) =>
      createServer(
        serverOptions,
        withConstantAnswers(constants, { logger, metrics }, withSecurityHeaders(securityHeaders, listener)),
      )) as typeof createServer,
    fetch: (req, bindings) => {
      const requestId = toRequestId(bindings.incoming.headers["x-request-id"]);
      // Like the security headers, written on the raw response: the app's own headers keep their fast path.
      bindings.outgoing.setHeader("x-request-id", requestId);
      return app.fetch(req, {
        ...bindings,
        db,
        workers,
        securityHeadersSent: true,
        requestId,
        clientAddress: toClientAddress(
          bindings.incoming.socket.remoteAddress,
          req.headers.get("x-forwarded-for") ?? undefined,
          env.TRUSTED_PROXIES,
        ),
      });
    },
    port: env.PORT,
    hostname: env.HOST,
  });
  answerClientErrors(server);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const stopBackups = env.BACKUP_EVERY
    ? scheduleBackups(
        db,
        env.DATABASE_URL,
        { dir: env.BACKUP_DIR, everyMs: env.BACKUP_EVERY, keep: env.BACKUP_KEEP },
        logger,
      )
    : async () => {};
  const { port } = server.address() as AddressInfo;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
  const url = `http://${host}:${port}`;
  logger.info("listening", { url, pid: process.pid });
  const warmed = performance.now();
  warmMapIndex(db, workers).then(
    () => logger.info("map index ready", { ms: Math.round(performance.now() - warmed) }),
    (error: unknown) => draining || logger.warn("map index not built at start", { reason: String(error) }),
  );
  warmListIndex(db).then(
    (index) => index && logger.info("list index ready", { ms: Math.round(performance.now() - warmed) }),
    (error: unknown) => draining || logger.warn("list index not built at start", { reason: String(error) }),
  );
  return {
    url,
    close: async () => {
      draining = true;
      logger.info("shutting down", { pid: process.pid });
      // Open event streams would hold the server open for ever; their clients resume elsewhere.
      eventHub(db).close();
      const { cut } = await drainServer(server, env.SHUTDOWN_TIMEOUT);
      if (cut)
        logger.warn("requests still running at the shutdown timeout were cut", { timeoutMs: env.SHUTDOWN_TIMEOUT });
      await stopBackups();
      await workers.close();
      // Folds the WAL into the database file, so the file alone is whole once every process stopped.
      if (isLocalFile(env.DATABASE_URL)) {
        await db.$client
          .execute("PRAGMA wal_checkpoint(TRUNCATE)")
          .catch((error: unknown) => logger.warn("WAL checkpoint failed", { reason: String(error) }));
      }
      db.$client.close();
      logger.info("stopped", { pid: process.pid });
    },
  };
}

/**
 * The constant answers, asked once of an app built like the real one but logging and counting
 * nothing (the requests that build them are no one's); the security headers are in them, set by
 * the app's own middleware.
 */
const silent = createLogger({ level: "error", write: () => {} });

async function constantAnswers(options: AppOptions, db: Database): Promise<Map<string, ConstantAnswer>> {
  const quiet = createApp({ ...options, web: undefined, logger: silent, metrics: undefined });
  const answers = new Map<string, ConstantAnswer>();
  for (const path of constantPaths) {
    const answer = await toConstantAnswer(await quiet.request(path, {}, { db, requestId: "constant" }));
    if (answer) answers.set(path, answer);
  }
  return answers;
}
