/** Calls to the running server's API that browser tests make to set up or check what a page shows. */
import type { Session } from "./browser.ts";

/** A JSON call to a server's API, as a workshop member when a secret is given. */
export async function callApi<T>(origin: string, method: string, path: string, body?: unknown, secret?: string) {
  const res = await fetch(`${origin}/api${path}`, {
    method,
    headers: {
      ...(body ? { "content-type": "application/json" } : {}),
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as T };
}

/**
 * `callApi` on one server, answering the body; `strict` makes an error status throw, so a fixture
 * that the server refuses fails loudly where it is set up.
 */
export const memberApi =
  (origin: string, { strict = false } = {}) =>
  async <T>(method: string, path: string, body?: unknown, secret?: string) => {
    const { status, body: answer } = await callApi<T>(origin, method, path, body, secret);
    if (strict && status >= 400) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(answer)}`);
    return answer;
  };

/** A GET of the session's current server (`path` from the origin, /api included), as JSON. */
export const getJson =
  (s: Session) =>
  async <T>(path: string) =>
    (await fetch(`${s.server.url}${path}`)).json() as Promise<T>;
