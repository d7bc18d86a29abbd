/**
 * Country outlines for checking coordinates: Natural Earth 1:50m admin-0 shapes as packaged in the npm
 * package `world-atlas` (TopoJSON, features keyed by ISO 3166-1 numeric code), keyed here by alpha-2.
 * Only the data checks load this file (about 750 kB); the seed at start-up never does.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import { clipAtLatitude, type Rings } from "./polygon-geometry.ts";

/** Polygons per ISO 3166-1 alpha-2 code. */
export type CountryBoundaries = ReadonlyMap<string, Rings[]>;

type Topology = Parameters<typeof feature>[0];

/**
 * Natural Earth draws de-facto lines; ISO 3166-1, which the data's country codes follow, does not always.
 * Features without an ISO numeric code that belong to an ISO country are joined to it: ISO CY covers the
 * whole island. Other uncoded features (Kosovo, Somaliland…) stay out, so a point there is reported.
 */
const uncodedParts: Readonly<Record<string, string>> = { "N. Cyprus": "CY" };

/**
 * Natural Earth's Morocco reaches south into Western Sahara (ISO EH, its "W. Sahara" being only the strip
 * east of the berm). ISO's Morocco ends at the 27°40' N parallel, the Morocco–Western Sahara line, so the
 * outline is cut there and the southern part given to EH: a point in Western Sahara coded MA is reported.
 */
const moroccoSouthernLimit = 27 + 40 / 60;

/** Reads world-atlas's countries-50m.json and converts it with `toCountryBoundaries`. */
export async function readCountryBoundaries(): Promise<CountryBoundaries> {
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  return toCountryBoundaries(JSON.parse(await readFile(path, "utf8")) as Topology);
}

/** Converts a world-atlas topology into polygons per alpha-2 code, with the two adjustments above. */
export function toCountryBoundaries(topology: Topology, objectName = "countries"): CountryBoundaries {
  const object = topology.objects[objectName];
  if (!object) throw new Error(`the topology has no "${objectName}" object`);
  const collection = feature(topology, object);
  const features = "features" in collection ? collection.features : [collection];
  const boundaries = new Map<string, Rings[]>();
  for (const f of features) {
    const name = (f.properties as { name?: string } | null)?.name;
    const code = f.id === undefined ? uncodedParts[name ?? ""] : countryCodes.numericToAlpha2(String(f.id));
    if (!code) continue;
    const polygons = boundaries.get(code) ?? [];
    if (f.geometry?.type === "Polygon") polygons.push(f.geometry.coordinates);
    if (f.geometry?.type === "MultiPolygon") polygons.push(...f.geometry.coordinates);
    boundaries.set(code, polygons);
  }
  const morocco = boundaries.get("MA");
  if (morocco) {
    boundaries.set("MA", clipAtLatitude(morocco, moroccoSouthernLimit, "north"));
    const south = clipAtLatitude(morocco, moroccoSouthernLimit, "south");
    boundaries.set("EH", [...(boundaries.get("EH") ?? []), ...south]);
  }
  return boundaries;
}
