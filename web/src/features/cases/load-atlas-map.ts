/**
 * The explore map's MapLibre chunk, asked for once per page together with the map component's own
 * chunk (loadCaseMap: the two travel side by side rather than one after the other), then awaited by
 * the component. MapLibre's worker script is fetched beside them (loadWorkerScript), and
 * the worker started from it before the module is handed over.
 */
import { loadWorkerScript } from "../../map/worker-script.ts";

let load: Promise<typeof import("../../map/atlas-map.ts")> | undefined;

export function loadAtlasMap() {
  if (!load) {
    const worker = loadWorkerScript();
    const started = import("../../map/atlas-map.ts").then(async (module) => {
      module.startWorker(await worker);
      return module;
    });
    // A failed load (the link dropped) is tried again the next time the map is shown.
    started.catch(() => {
      if (load === started) load = undefined;
    });
    load = started;
  }
  return load;
}

/**
 * The explore map's code: its component's chunk and MapLibre's, side by side. Asked for when the app
 * opens on the explore page once the first cards' data is in (main.tsx), or by ExplorePage when the
 * map's place comes near; the component waits for it.
 */
export function loadCaseMap() {
  void loadAtlasMap().catch(() => {});
  return import("./CaseMap.tsx");
}

/** loadCaseMap for its download alone: a failure shows when the map is rendered and waits for it. */
export const fetchCaseMap = () => void loadCaseMap().catch(() => {});
