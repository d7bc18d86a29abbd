/**
 * On-the-fly Brotli or gzip for text answers above a size, streamed: a large export is compressed
 * chunk by chunk as it is produced, never buffered whole. Server-sent events pass untouched (a
 * compressor would hold events back until its buffer fills), and so do answers already encoded
 * (precompressed static files) and callers that accept neither encoding.
 */
import { Duplex } from "node:stream";
import { constants, createBrotliCompress, createGzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";

const compressible =
  /^(?:text\/(?!event-stream)|application\/(?:json|geo\+json|javascript|xml|[\w.-]+\+(?:json|xml)))/i;

export type Encoding = "br" | "gzip";

/** The encoding to answer with: Brotli if accepted, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return undefined;
}

function compressor(encoding: Encoding) {
  // Brotli quality 5: about gzip's speed with smaller output; the maximum (11) is for files built once.
  const stream =
    encoding === "br" ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : createGzip();
  return Duplex.toWeb(stream) as unknown as TransformStream<Uint8Array, Uint8Array>;
}

/** Reads up to `threshold` bytes; `done` says whether the body ended within them. */
async function peek(reader: ReadableStreamDefaultReader<Uint8Array>, threshold: number) {
  const head: Uint8Array[] = [];
  let size = 0;
  while (size < threshold) {
    const { done, value } = await reader.read();
    if (done) return { head, done: true };
    head.push(value);
    size += value.byteLength;
  }
  return { head, done: false };
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** The peeked chunks followed by the rest of the body. */
function rejoin(head: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = head.shift();
      if (next) return controller.enqueue(next);
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export interface CompressionOptions {
  /** Answers smaller than this many bytes are sent as they are. */
  threshold?: number;
  /** Request paths never compressed (tiny answers on hot paths), checked before any work. */
  skip?: (path: string) => boolean;
}

export function compression(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  return async (c, next) => {
    if (options.skip?.(c.req.path)) return next();
    await next();
    const res = c.res;
    if (!res.body || c.req.method === "HEAD" || res.status === 206) return;
    const type = res.headers.get("content-type") ?? "";
    if (!compressible.test(type) || res.headers.has("content-encoding")) return;
    if (!/accept-encoding/i.test(res.headers.get("vary") ?? "")) res.headers.append("vary", "Accept-Encoding");
    const encoding = chooseEncoding(c.req.header("accept-encoding"));
    if (!encoding) return;
    const length = res.headers.get("content-length");
    if (length !== null && Number(length) < threshold) return;
    const reader = res.body.getReader();
    const { head, done } = await peek(reader, threshold);
    if (done) {
      c.res = new Response(concat(head), { status: res.status, headers: res.headers });
      return;
    }
    res.headers.delete("content-length");
    res.headers.set("content-encoding", encoding);
    c.res = new Response(rejoin(head, reader).pipeThrough(compressor(encoding)), {
      status: res.status,
      headers: res.headers,
    });
  };
}
