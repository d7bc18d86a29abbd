/** The pointer on a layer of points, wired the same way on every map: click selects, hover shows a hand. */
import type { LngLat, MapLayerMouseEvent, Map as MapLibreMap } from "maplibre-gl";

/** The point under the pointer: its properties and where the pointer is. */
interface PointerOver {
  properties: Record<string, unknown>;
  lngLat: LngLat;
}

interface LayerPointerHandlers {
  /** A click on a point: its `id` property. */
  select: (id: string) => void;
  /** The pointer moves over a point, or (null) leaves the layer. */
  hover: (over: PointerOver | null) => void;
}

/** Wires clicks and hovering on one layer's points; the cursor is a hand while over one. */
export function onLayerPointer(map: MapLibreMap, layer: string, { select, hover }: LayerPointerHandlers) {
  map.on("click", layer, (e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.id;
    if (typeof id === "string") select(id);
  });
  map.on("mousemove", layer, (e: MapLayerMouseEvent) => {
    const feature = e.features?.[0];
    if (!feature) return;
    map.getCanvas().style.cursor = "pointer";
    hover({ properties: feature.properties, lngLat: e.lngLat });
  });
  map.on("mouseleave", layer, () => {
    map.getCanvas().style.cursor = "";
    hover(null);
  });
}
