/**
 * What a client sees on the wire, through a real Node server and real sockets: answers the HTTP
 * layer gives before or instead of a handler, and what happens to the connection after them.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { testApp } from "../testing.ts";
import { webApp } from "../web-app.ts";
import { answerClientErrors } from "./client-errors.ts";

let port = 0;
let close: () => Promise<void> = async () => {};
/** Every request the server logged, by level. */
const logged: { level: string; method: unknown; status: unknown }[] = [];
const log = (level: string) => (_msg: string, fields?: Record<string, unknown>) =>
  logged.push({ level, method: fields?.method, status: fields?.status });
const logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };

beforeAll(async () => {
  const { db } = await testApp();
  const dist = await mkdtemp(join(tmpdir(), "atlas-dist-"));
  await mkdir(join(dist, "assets"));
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Atlas</title>");
  const app = createApp({ web: webApp(dist), logger });
  const server = serve({ fetch: (req, bindings) => app.fetch(req, { ...bindings, db }), port: 0 });
  answerClientErrors(server);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(agent: Agent, method: string, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { port, method, path, agent, headers: body ? { "content-type": "application/json" } : {} },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Writes raw bytes and reads until the server closes the connection. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (text += chunk));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}

describe("a write body over the limit", () => {
  it("is answered 413 with Connection: close, and the next request on a keep-alive agent succeeds", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = JSON.stringify({ title: "x".repeat(300_000) });
    for (let trial = 0; trial < 5; trial++) {
      const refused = await send(agent, "POST", "/api/workshops", big);
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe("close");
      expect(JSON.parse(refused.body).error.code).toBe("payload_too_large");
      const next = await send(agent, "GET", "/api/health");
      expect(next.status).toBe(200);
    }
    agent.destroy();
  });
});

describe("requests the HTTP parser refuses", () => {
  it("answers an address over 16 KiB with 431 in the API's error shape, and closes", async () => {
    const answer = await raw(`GET /api/cases?q=${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/connection: close/i);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body.error.code).toBe("request_too_large");
  });

  it("answers an Expect header other than 100-continue with 417 in the API's error shape", async () => {
    const answer = await raw("GET /api/health HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 417 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).error.code).toBe("expectation_failed");
  });

  it("answers a body whose chunks break off with 400, and the server does not count it as its own failure", async () => {
    logged.length = 0;
    const answer = await raw(
      'POST /api/workshops HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\nzz\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).error.code).toBe("bad_request");
    // The handler learns of the cut-off body after the parser has answered: wait for its log line.
    await expect.poll(() => logged.find((l) => l.method === "POST")).toBeDefined();
    expect(logged.filter((l) => l.method === "POST")).toEqual([{ level: "info", method: "POST", status: 400 }]);
  });

  it("answers a malformed request with 400 in the API's error shape", async () => {
    const answer = await raw("NOT HTTP AT ALL\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).error.code).toBe("bad_request");
  });
});

describe("every answer the server writes itself", () => {
  it("has the error shape: a malformed JSON body is invalid_body, as a body that breaks the schema", async () => {
    const agent = new Agent();
    const malformed = await send(agent, "POST", "/api/workshops", "{not json");
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.code).toBe("invalid_body");
    const wrong = await send(agent, "POST", "/api/workshops", JSON.stringify({ title: 1 }));
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body).error.code).toBe("invalid_body");
  });

  it("answers an unknown API address as JSON", async () => {
    const missing = await send(new Agent(), "GET", "/api/nothing-here");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe("not_found");
  });

  it("answers a missing static asset as JSON, not plain text", async () => {
    const missing = await send(new Agent(), "GET", "/assets/none.js");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(missing.body).error.code).toBe("not_found");
  });
});
