/** The only place that reads the environment and opens the database: one process, one port. */

import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "@atlas/db/prepare";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { type Env, readEnv } from "./env.ts";
import { eventHub } from "./features/workshops/events.ts";
import { toClientAddress } from "./http/client-address.ts";
import { webApp } from "./web-app.ts";

const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(env: Env = readEnv()): Promise<RunningServer> {
  const { db, seed } = await prepareDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  if (seed.changed) console.log("database seeded from data/");
  const webDist = env.WEB_DIST ?? defaultWebDist;
  const web = existsSync(`${webDist}/index.html`) ? webApp(webDist) : undefined;
  if (!web) console.warn(`no built web app at ${webDist}: serving the API only (run npm run build)`);
  const app = createApp({
    corsOrigins: env.CORS_ORIGINS,
    mapStyleUrl: env.MAP_STYLE_URL,
    mapOrigins: env.MAP_ORIGINS,
    publicUrl: env.PUBLIC_URL,
    web,
  });
  const server = serve({
    fetch: (req, bindings) =>
      app.fetch(req, {
        ...bindings,
        db,
        clientAddress: toClientAddress(
          bindings.incoming.socket.remoteAddress,
          req.headers.get("x-forwarded-for") ?? undefined,
          env.TRUSTED_PROXIES,
        ),
      }),
    port: env.PORT,
    hostname: env.HOST,
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        // Open event streams would hold the server open for ever; their clients resume elsewhere.
        eventHub(db).close();
        // Connections kept alive are closed as soon as their last answer is sent, so that a browser
        // reconnecting on one is not served here again and again while the server drains.
        const sweep = setInterval(() => {
          if ("closeIdleConnections" in server) server.closeIdleConnections();
        }, 50);
        server.close(() => {
          clearInterval(sweep);
          db.$client.close();
          resolve();
        });
      }),
  };
}
