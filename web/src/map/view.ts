/** The map position as it appears in the URL: `zoom/latitude/longitude`, e.g. `4.50/38.2000/14.3000`. */
export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

/** The Mediterranean basin, from Lisbon to the Levant, as [[west, south], [east, north]]. */
export const mediterraneanBounds: [[number, number], [number, number]] = [
  [-10, 29.5],
  [42, 46.5],
];

export function parseMapView(value: string | null): MapView | undefined {
  const parts = value?.split("/").map(Number);
  if (parts?.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, latitude, longitude] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(latitude) > 85 || Math.abs(longitude) > 180) return undefined;
  return { zoom, latitude, longitude };
}

export function toMapViewParam(view: MapView): string {
  return `${view.zoom.toFixed(2)}/${view.latitude.toFixed(4)}/${view.longitude.toFixed(4)}`;
}

/** Whether two views differ by more than rounding in the URL. */
export function sameView(a: MapView, b: MapView): boolean {
  return toMapViewParam(a) === toMapViewParam(b);
}
