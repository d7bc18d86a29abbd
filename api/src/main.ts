/** `npm start`: prepare the database, serve web and API, stop gracefully on SIGTERM or SIGINT. */
import { readEnv } from "./env.ts";
import { createLogger } from "./ops/log.ts";
import { startServer } from "./server.ts";

let logger = createLogger();
try {
  const env = readEnv();
  logger = createLogger({ level: env.LOG_LEVEL });
  const server = await startServer(env, logger);
  // For a person at a terminal; logs read by machines get the JSON "listening" line only.
  if (process.stdout.isTTY)
    console.log(`Co-production Atlas is running at ${server.url}  (API docs: ${server.url}/api/docs)`);
  let stopping = false;
  const stop = (signal: string) => {
    logger.info("signal", { signal });
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("shutdown failed", {}, error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  logger.error("start failed", {}, error);
  process.exit(1);
}
