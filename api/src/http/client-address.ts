/**
 * Who is calling, for rate limits. Without trusted proxies it is the socket's address, and any
 * X-Forwarded-For is ignored (a client could forge it). Behind N trusted reverse proxies, each of
 * which appends the address it received the request from, the caller is the Nth address from the
 * right of X-Forwarded-For: what a client writes there itself stays to the left and is never read.
 */
export function toClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: number,
): string {
  const socket = socketAddress ?? "unknown";
  if (trustedProxies === 0 || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustedProxies)] ?? socket;
}
