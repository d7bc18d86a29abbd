/**
 * Stops an HTTP server gracefully: no new connections, idle keep-alive connections closed as soon
 * as their last answer is sent (so a browser is not served here again while the server drains),
 * in-flight requests given `timeoutMs` to finish, then whatever is left is cut.
 */
import type { Server } from "node:http";
import type { Http2SecureServer, Http2Server } from "node:http2";

export function drainServer(
  server: Server | Http2Server | Http2SecureServer,
  timeoutMs: number,
): Promise<{ cut: boolean }> {
  return new Promise((resolve) => {
    let cut = false;
    const sweep = setInterval(() => {
      if ("closeIdleConnections" in server) server.closeIdleConnections();
    }, 50);
    const deadline = setTimeout(() => {
      cut = true;
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ cut });
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
}
