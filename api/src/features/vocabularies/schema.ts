import { locales, schemes } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { sourceRef } from "../sources/schema.ts";

export const vocabularyQuery = z.object({
  locale: z
    .enum(locales)
    .default("en")
    .openapi({ description: "language of labels and definitions; English where a translation is missing" }),
});

export const term = z
  .object({
    key: z.string(),
    label: z.string(),
    definition: z.string().nullable(),
    locale: z.enum(locales).openapi({ description: "the language label and definition are actually in" }),
    source: sourceRef.nullable(),
  })
  .openapi("Term");

export const vocabularies = z
  .object({
    locale: z.enum(locales),
    schemes: z.object(
      Object.fromEntries(schemes.map((s) => [s, z.array(term)])) as Record<
        (typeof schemes)[number],
        z.ZodArray<typeof term>
      >,
    ),
  })
  .openapi("Vocabularies");
