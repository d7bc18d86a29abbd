/**
 * A row's point against its country, with the outlines and the 10 km tolerance the data checks use:
 * a point outside its stated country is an error, unless swapping latitude and longitude (a common
 * slip in exports) puts it inside, which is done and said. A row with a point but no country gets the
 * country the point lies in, and says so.
 */
import type { CountryBoundaries } from "@atlas/db/seed/country-boundaries";
import { placeToleranceKm } from "@atlas/db/seed/data-quality";
import { distanceToEdgeKm, isInside } from "@atlas/db/seed/polygon-geometry";
import type { RowValues } from "./row-values.ts";
import type { MessageParams, RowMessage } from "./table.ts";

export interface PlaceColumns {
  latitude: string;
  longitude: string;
  country: string;
}

function inCountry(boundaries: CountryBoundaries, code: string, lon: number, lat: number): boolean | undefined {
  const polygons = boundaries.get(code);
  if (!polygons) return undefined;
  return isInside([lon, lat], polygons) || distanceToEdgeKm([lon, lat], polygons) <= placeToleranceKm;
}

function countryAt(boundaries: CountryBoundaries, lon: number, lat: number): string | undefined {
  for (const [code, polygons] of boundaries) if (isInside([lon, lat], polygons)) return code;
  return undefined;
}

/** Checks and, where it can, mends the row's point; returns what it found. */
export function checkPlace(values: RowValues, boundaries: CountryBoundaries, columns: PlaceColumns): RowMessage[] {
  const lat = values.latitude as number | undefined;
  const lon = values.longitude as number | undefined;
  if (lat === undefined && lon === undefined) return [];
  const drop = (code: string, message: string, params: MessageParams = {}): RowMessage[] => {
    delete values.latitude;
    delete values.longitude;
    return [{ column: columns.latitude, code, params, message, level: "warning" }];
  };
  if (lat === undefined || lon === undefined) return drop("coordinates_incomplete", "Only one coordinate: left out");
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) return swap(values, "coordinates_swapped", columns);
    return drop("coordinates_out_of_range", `(${lat}, ${lon}) is not a point on Earth: left out`, {
      latitude: lat,
      longitude: lon,
    });
  }
  if (lat === 0 && lon === 0) return drop("coordinates_null_island", "The point (0, 0) stands for no point: left out");
  const country = values.country as string | undefined;
  if (!country) {
    const found = countryAt(boundaries, lon, lat);
    if (!found) return [];
    values.country = found;
    return [
      {
        column: columns.country,
        code: "country_from_point",
        params: { country: found },
        message: `Country ${found}, where the point lies`,
        level: "warning",
      },
    ];
  }
  const inside = inCountry(boundaries, country, lon, lat);
  if (inside !== false) return [];
  if (inCountry(boundaries, country, lat, lon)) return swap(values, "coordinates_swapped", columns);
  const km = Math.round(distanceToEdgeKm([lon, lat], boundaries.get(country) ?? []));
  const other = countryAt(boundaries, lon, lat);
  return [
    {
      column: columns.latitude,
      code: "point_outside_country",
      params: { latitude: lat, longitude: lon, km, country, ...(other ? { other } : {}) },
      message: `The point (${lat}, ${lon}) lies ${km} km outside ${country}${other ? `, in ${other}` : ""}`,
      level: "error",
    },
  ];
}

function swap(values: RowValues, code: string, columns: PlaceColumns): RowMessage[] {
  [values.latitude, values.longitude] = [values.longitude as number, values.latitude as number];
  return [
    {
      column: columns.latitude,
      code,
      params: {},
      message: "Latitude and longitude were swapped: put right",
      level: "warning",
    },
  ];
}
