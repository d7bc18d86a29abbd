/**
 * Answers in the API's error shape the requests Node's HTTP parser refuses before any handler sees
 * them: a request line or headers over the 16 KiB limit (431), a malformed request (400), a request
 * too slow to arrive (408). Node's own answer is an empty body. The connection is closed after it,
 * since the parser cannot find where the next request would start.
 */
import type { EventEmitter } from "node:events";
import type { Socket } from "node:net";

const answers: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: "Request Header Fields Too Large",
    code: "request_too_large",
    message: "The address or the headers are longer than 16 KiB.",
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: "Request Timeout",
    code: "request_timeout",
    message: "The request did not arrive in time.",
  },
};

const malformed = {
  status: 400,
  reason: "Bad Request",
  code: "bad_request",
  message: "The request is not valid HTTP/1.1.",
};

/** The raw HTTP answer for a parser error code. */
export function clientErrorResponse(code: string | undefined): string {
  const answer = (code && answers[code]) || malformed;
  const body = JSON.stringify({ error: { code: answer.code, message: answer.message } });
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
