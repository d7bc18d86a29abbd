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

/** The part of the map to ask the server's clusters for: integer zoom, and the view widened and snapped. */
export interface ClusterView {
  zoom: number;
  /** west,south,east,north */
  view: string;
}

/**
 * Widens the visible bounds by half a screen each way and snaps them outward to a grid of half a tile
 * at that zoom, so that small moves ask for the same view again (a cache hit) and a pan shows
 * clusters already fetched at its edges. Clusters are computed at whole zooms, as MapLibre's own
 * clustering did.
 */
export function toClusterView(
  bounds: { west: number; south: number; east: number; north: number },
  zoom: number,
): ClusterView {
  const z = Math.max(0, Math.floor(zoom));
  const step = 180 / 2 ** z;
  const padX = (bounds.east - bounds.west) / 2;
  const padY = (bounds.north - bounds.south) / 2;
  const snapDown = (v: number) => Math.floor(v / step) * step;
  const snapUp = (v: number) => Math.ceil(v / step) * step;
  const south = Math.max(-85, snapDown(bounds.south - padY));
  const north = Math.min(85, snapUp(bounds.north + padY));
  let west = snapDown(bounds.west - padX);
  let east = snapUp(bounds.east + padX);
  if (east - west >= 360) {
    west = -180;
    east = 180;
  } else {
    // A view across the antimeridian keeps west > east, as the API reads it.
    const wrap = (v: number) => ((((v + 180) % 360) + 360) % 360) - 180;
    west = wrap(west);
    east = east === 180 ? 180 : wrap(east);
  }
  const round = (v: number) => Number(v.toFixed(6));
  return { zoom: z, view: [west, south, east, north].map(round).join(",") };
}
