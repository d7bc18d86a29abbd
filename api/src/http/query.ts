/** Reusable zod pieces for query strings: lists, years, pages, and the bbox. */
import { z } from "@hono/zod-openapi";

/** A list given as `a,b` or as a repeated parameter; blanks dropped. */
export const listParam = (
  description: string,
  pattern = /^[a-z0-9-]+$/,
  expected = "a key of lower-case letters, digits and hyphens, such as co-design",
) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(","))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(pattern, `each value must be ${expected}`)).max(50, "at most 50 values"))
    .optional()
    .openapi({ type: "string", description: `${description}; several values comma-separated (any of them matches)` });

export const countryList = listParam(
  "ISO 3166-1 alpha-2 country codes, e.g. ES,TN",
  /^[A-Z]{2}$/,
  "a two-letter ISO 3166-1 country code in capitals, such as ES",
);

export const yearParam = (description: string) =>
  z.coerce
    .number()
    .int("must be a whole year")
    .min(1000)
    .max(2100)
    .optional()
    .openapi({ type: "integer", description });

/** A year or a span of years, `2015` or `2010-2015`: when cases started. */
export const startedParam = z
  .string()
  .transform((value, ctx) => {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from > to) {
      ctx.addIssue({ code: "custom", message: "expected a year or a span of years, such as 2015 or 2010-2015" });
      return z.NEVER;
    }
    return { from, to };
  })
  .optional()
  .openapi({ type: "string", description: "cases started in this year or span of years, e.g. 2015 or 2010-2015" });

export const pageParams = {
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .openapi({ type: "integer", description: "1-based page" }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(20)
    .openapi({ type: "integer", description: "items per page, 1 to 200" }),
};

export type Bbox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** `minLon,minLat,maxLon,maxLat` in WGS84 degrees; minLon > maxLon means the box crosses the antimeridian. */
export const bboxParam = z
  .string()
  .transform((value, ctx): Bbox => {
    const parts = value.split(",").map((p) => (p.trim() === "" ? Number.NaN : Number(p)));
    const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: "custom", message: "expected four numbers: minLon,minLat,maxLon,maxLat" });
      return z.NEVER;
    }
    if ([minLon, maxLon].some((x) => x < -180 || x > 180) || [minLat, maxLat].some((y) => y < -90 || y > 90)) {
      ctx.addIssue({ code: "custom", message: "longitudes must lie within -180..180 and latitudes within -90..90" });
      return z.NEVER;
    }
    if (minLat > maxLat) {
      ctx.addIssue({ code: "custom", message: "minLat must not be greater than maxLat" });
      return z.NEVER;
    }
    return { minLon, minLat, maxLon, maxLat };
  })
  .optional()
  .openapi({ type: "string", description: "bounding box minLon,minLat,maxLon,maxLat", example: "-10,30,40,47" });
