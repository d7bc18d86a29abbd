/**
 * The bounds and zoom a MapLibre map of a given size opens on, worked out without MapLibre (Web
 * Mercator, 512-pixel tiles), so that the explore map can ask for its first clusters while MapLibre is
 * still downloading. A guess that differs from the map's own view only costs one more request.
 */
import { type MapView, mediterraneanBounds } from "./view.ts";

export interface OpeningView {
  bounds: { west: number; south: number; east: number; north: number };
  zoom: number;
}

const tileSize = 512;
/** Longitude and latitude to the unit square of Web Mercator (0..1 from west and from north). */
const toX = (longitude: number) => (longitude + 180) / 360;
const toY = (latitude: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / (2 * Math.PI);
const toLongitude = (x: number) => x * 360 - 180;
const toLatitude = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** The view of a `width` x `height` pixel map centred on `view`, or fitted to the Mediterranean as AtlasMap opens. */
export function toOpeningView(width: number, height: number, view?: MapView): OpeningView {
  const [[west, south], [east, north]] = mediterraneanBounds;
  const fitted = {
    x: (toX(west) + toX(east)) / 2,
    y: (toY(north) + toY(south)) / 2,
    zoom: Math.log2(
      Math.min(width / ((toX(east) - toX(west)) * tileSize), height / ((toY(south) - toY(north)) * tileSize)),
    ),
  };
  const center = view ? { x: toX(view.longitude), y: toY(view.latitude), zoom: view.zoom } : fitted;
  const world = tileSize * 2 ** center.zoom;
  const halfX = width / 2 / world;
  const halfY = height / 2 / world;
  return {
    zoom: center.zoom,
    bounds: {
      west: toLongitude(center.x - halfX),
      east: toLongitude(center.x + halfX),
      north: toLatitude(Math.max(0, center.y - halfY)),
      south: toLatitude(Math.min(1, center.y + halfY)),
    },
  };
}
