/**
 * After `vite build`: writes a Brotli (.br, maximum quality) and a gzip (.gz) copy beside every text
 * file of dist/, so the server sends them as they are (serveStatic `precompressed`) instead of
 * compressing on each request. A copy that would not be smaller is not written.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const text = /\.(?:js|mjs|css|html|json|svg|txt|topojson)$/;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (text.test(entry.name)) yield path;
  }
}

let before = 0;
let after = 0;
for await (const path of files(dist)) {
  const data = await readFile(path);
  const [brotli, gzipped] = await Promise.all([
    br(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  before += data.byteLength;
  if (brotli.byteLength < data.byteLength) await writeFile(`${path}.br`, brotli);
  if (gzipped.byteLength < data.byteLength) await writeFile(`${path}.gz`, gzipped);
  after += Math.min(brotli.byteLength, data.byteLength);
}
console.log(
  `precompressed dist/: ${(before / 1024).toFixed(0)} KiB of text, ${(after / 1024).toFixed(0)} KiB as Brotli`,
);
