/** A map to place or move one point: a click puts the marker there, the marker can be dragged. */
import { Map as MapLibreMap, Marker, NavigationControl, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import "./map.css";
import "./worker.ts";

/** The Mediterranean, where most places of the atlas are. */
const home = { center: [15, 39] as [number, number], zoom: 3.4 };

export interface PlacePicker {
  /** Shows the point (or none) without reporting it back. */
  show: (lngLat: [number, number] | null) => void;
  remove: () => void;
}

export function createPlacePicker(
  container: HTMLElement,
  style: StyleSpecification | string,
  onPick: (lngLat: [number, number]) => void,
  locale?: Record<string, string>,
): PlacePicker {
  const map = new MapLibreMap({ container, style, locale, ...home, attributionControl: false });
  map.addControl(new NavigationControl({ showCompass: false }));
  const marker = new Marker({ color: "#1f6f8b", draggable: true });
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const pick = (lng: number, lat: number) => onPick([round(lng), round(lat)]);
  map.on("click", (e) => {
    marker.setLngLat(e.lngLat).addTo(map);
    pick(e.lngLat.lng, e.lngLat.lat);
  });
  marker.on("dragend", () => {
    const at = marker.getLngLat();
    pick(at.lng, at.lat);
  });
  return {
    show(lngLat) {
      if (!lngLat) {
        marker.remove();
        return;
      }
      marker.setLngLat(lngLat).addTo(map);
      if (!map.getBounds().contains(lngLat)) map.jumpTo({ center: lngLat });
    },
    remove: () => map.remove(),
  };
}
