/** A small, still map of one place: the case page's locator. */
import { Map as MapLibreMap, Marker, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import "./map.css";
import "./worker.ts";
import { attachBasemap } from "./basemap.ts";

export function createMiniMap(
  container: HTMLElement,
  style: StyleSpecification | string,
  lngLat: [number, number],
  zoom: number,
  locale: Record<string, string>,
) {
  const map = new MapLibreMap({
    container,
    style,
    locale,
    center: lngLat,
    zoom,
    interactive: false,
    attributionControl: false,
  });
  if (typeof style !== "string") attachBasemap(map);
  new Marker({ color: "#1f6f8b" }).setLngLat(lngLat).addTo(map);
  return map;
}
