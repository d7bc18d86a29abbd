/**
 * The explore map's MapLibre chunk, asked for once per page: by ExplorePage together with the map
 * component's own chunk (so the two travel side by side rather than one after the other), then
 * awaited by the component.
 */
let load: Promise<typeof import("../../map/atlas-map.ts")> | undefined;

export function loadAtlasMap() {
  if (!load) {
    const started = import("../../map/atlas-map.ts");
    // A failed load (the link dropped) is tried again the next time the map is shown.
    started.catch(() => {
      if (load === started) load = undefined;
    });
    load = started;
  }
  return load;
}
