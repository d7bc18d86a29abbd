/**
 * MapLibre's worker script (520 KB, 120 KB as Brotli), fetched by the page itself as soon as the explore
 * map is wanted, beside MapLibre's own chunk. MapLibre would only ask for it once its chunk has arrived
 * and run (`prewarm`), one round trip and one download after it, on the way to the first clusters.
 * This module does not import MapLibre, so the fetch can start before MapLibre has arrived.
 */
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

export { workerUrl };

let script: Promise<string> | undefined;

/**
 * A same-origin blob: URL holding the worker script (our Content-Security-Policy allows blob: workers),
 * or, should the fetch fail, the script's own URL, which the worker then loads itself as before.
 * Fetched once per page; the blob lives as long as the page, since MapLibre may start its worker again.
 */
export function loadWorkerScript(): Promise<string> {
  script ??= fetch(workerUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`MapLibre worker: HTTP ${res.status}`);
      return res.blob();
    })
    .then((blob) => URL.createObjectURL(new Blob([blob], { type: "text/javascript" })))
    .catch(() => workerUrl);
  return script;
}
