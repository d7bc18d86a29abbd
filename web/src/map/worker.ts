/** MapLibre's worker is a separate, self-contained module; Vite emits it as an asset of our own origin. */
import { prewarm, setWorkerUrl } from "maplibre-gl";
import { workerUrl } from "./worker-script.ts";

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker from `url` (see loadWorkerScript) ahead of the first map, and keeps it for
 * the maps made later, so coming back to a map does not start it again. A worker already running is kept.
 */
export function startWorker(url: string) {
  setWorkerUrl(url);
  prewarm();
}
