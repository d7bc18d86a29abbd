/**
 * The pack's map as plain SVG geometry: the evidence cases as numbered markers over the offline
 * basemap's countries, in a Mercator view fitted to the cases with room around them. Static, so the
 * browser prints it as it prints text (no WebGL canvas). Pure: the component only draws it.
 */
import { geoMercator, geoPath } from "d3-geo";
import type { Basemap } from "../../map/basemap.ts";

export interface MapPoint {
  number: number;
  longitude: number;
  latitude: number;
}

export interface MapMarker {
  x: number;
  y: number;
  /** The cases at this spot, nearer than a marker's size to each other. */
  numbers: number[];
}

export interface MapPicture {
  width: number;
  height: number;
  land: string;
  borders: string;
  markers: MapMarker[];
}

/** At least this many degrees are shown, so that a single case still shows its country and neighbours. */
const minimumSpan = 10;
const markerGap = 16;

/** The corners of the area to show: the cases' extent, widened to the minimum span and padded. */
function extentOf(points: MapPoint[]): [number, number][] {
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max((minimumSpan - (east - west)) / 2, (east - west) * 0.12, 1);
  const padLat = Math.max((minimumSpan - (north - south)) / 2, (north - south) * 0.12, 1);
  const clampLat = (lat: number) => Math.max(-80, Math.min(80, lat));
  return [
    [west - padLon, clampLat(south - padLat)],
    [east + padLon, clampLat(north + padLat)],
  ];
}

/** Markers closer than `markerGap` pixels become one marker naming each case. */
function toMarkers(projected: { number: number; x: number; y: number }[]): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const p of projected) {
    const near = markers.find((m) => Math.hypot(m.x - p.x, m.y - p.y) < markerGap);
    if (near) near.numbers.push(p.number);
    else markers.push({ x: p.x, y: p.y, numbers: [p.number] });
  }
  return markers;
}

export function toMapPicture(points: MapPoint[], basemap: Basemap | undefined, width: number, height: number) {
  if (points.length === 0) return null;
  const projection = geoMercator().fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    { type: "MultiPoint", coordinates: extentOf(points) },
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);
  const projected = points.flatMap((p) => {
    const xy = projection([p.longitude, p.latitude]);
    return xy ? [{ number: p.number, x: xy[0], y: xy[1] }] : [];
  });
  const picture: MapPicture = {
    width,
    height,
    land: basemap ? (path(basemap.countries) ?? "") : "",
    borders: basemap ? (path(basemap.borders) ?? "") : "",
    markers: toMarkers(projected),
  };
  return picture;
}
