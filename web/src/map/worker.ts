/** MapLibre's worker is a separate, self-contained module; Vite emits it as an asset of our own origin. */
import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);
