/**
 * Answers in the API's error shape the requests Node's HTTP parser refuses before any handler sees
 * them: a request line or headers over the 16 KiB limit (431), a malformed request (400), a request
 * too slow to arrive (408), an `Expect` header other than 100-continue (417). Node's own answer is an
 * empty body. The connection is closed after it: after a parser error the parser cannot find where
 * the next request would start, and after a 417 the body the client holds back is never read.
 */
import type { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { errorMessages } from "./error-messages.ts";

type ParserAnswer = { status: number; reason: string; code: keyof typeof errorMessages };

const answers: Record<string, ParserAnswer> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: "Request Header Fields Too Large", code: "request_too_large" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: "Request Timeout", code: "request_timeout" },
};

const malformed: ParserAnswer = { status: 400, reason: "Bad Request", code: "bad_request" };

/** The error shape, in English: these answers come before the request's Accept-Language is read. */
const errorText = (code: keyof typeof errorMessages) =>
  JSON.stringify({ error: { code, message: errorMessages[code].text.en } });

/** The raw HTTP answer for a parser error code. */
export function clientErrorResponse(code: string | undefined): string {
  const answer = (code && answers[code]) || malformed;
  const body = errorText(answer.code);
  return [
    `HTTP/1.1 ${answer.status} ${answer.reason}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/** Installs the JSON answers on a Node server (Hono's node-server returns one). */
export function answerClientErrors(server: EventEmitter): void {
  // Replaces Node's empty 417; "100-continue" itself never reaches here (Node answers it).
  server.on("checkExpectation", (_req: IncomingMessage, res: ServerResponse) => {
    const body = errorText("expectation_failed");
    res.writeHead(417, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      connection: "close",
    });
    res.end(body);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // A peer that reset the connection, or one whose answer has begun, can be sent nothing more.
    const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === "ECONNRESET" || !socket.writable || answering) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
}
