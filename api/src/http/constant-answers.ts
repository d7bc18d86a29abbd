/**
 * Answers that are the same for every request for the life of the process (the liveness probes, the
 * public settings), sent by the Node server without the Hono stack: built once by asking the app
 * itself, so the bytes and headers are the app's own, then written straight on the raw response with
 * the request's id, logged and counted like any other request.
 *
 * Why: on these tiny answers the stack, not the answer, is the cost. A CPU profile of /api/health
 * under load (docs/decisions/009-fast-at-scale.md) put the Node HTTP floor at about half the time and
 * the rest in the Web Request/Response adapter, Hono's routing and async middleware chain, the request
 * id and the request log. Only a plain GET of the exact path takes this lane; a query string, HEAD or
 * any other method goes through the app as before.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../ops/log.ts";
import type { Metrics } from "../ops/metrics.ts";
import { logRequest, toRequestId } from "../ops/request-log.ts";

export interface ConstantAnswer {
  status: number;
  /**
   * Every header the app gives the answer, Content-Length included, as a flat name, value list
   * ending with X-Request-Id, whose value is written in place for each request (writeHead reads the
   * list at once, before the next request can run).
   */
  headers: (string | number)[];
  /** A string: Node sends a string body in the same write as the headers (a Buffer takes a writev). */
  body: string;
}

/** Headers that describe one request or connection, never part of a constant answer. */
const perRequest = new Set(["x-request-id", "date", "connection", "keep-alive", "transfer-encoding"]);

/**
 * The app's answer to `GET path`, kept when it is a plain 200 that sets no cookie (anything else is
 * left to the app on every request).
 */
export async function toConstantAnswer(res: Response): Promise<ConstantAnswer | undefined> {
  if (res.status !== 200 || res.headers.has("set-cookie")) return undefined;
  const body = await res.text();
  const headers: (string | number)[] = [];
  for (const [name, value] of res.headers) if (!perRequest.has(name)) headers.push(name, value);
  headers.push("content-length", Buffer.byteLength(body), "x-request-id", "");
  return { status: res.status, headers, body };
}

/**
 * A Node request listener that sends the constant answers (keyed by path) and hands every other
 * request to `listener`.
 */
export function withConstantAnswers(
  answers: ReadonlyMap<string, ConstantAnswer>,
  log: { logger: Logger; metrics?: Metrics },
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const answer = req.method === "GET" && req.url !== undefined ? answers.get(req.url) : undefined;
    if (!answer) return listener(req, res);
    const started = performance.now();
    const requestId = toRequestId(req.headers["x-request-id"]);
    answer.headers[answer.headers.length - 1] = requestId;
    res.writeHead(answer.status, answer.headers as string[]);
    res.end(answer.body);
    const seconds = (performance.now() - started) / 1000;
    // The path is the route pattern: constant answers have no parameters.
    logRequest(log, { requestId, method: "GET", route: req.url as string, status: answer.status }, seconds);
  };
}
