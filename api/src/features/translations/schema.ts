/** How the content of a record is told in the language asked for: per block, original, translated or fallback. */
import { locales, translationLocales } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";

export const writers = ["atlas-editors", "contributor", "import", "curator"] as const;
export type Writer = (typeof writers)[number];

export const blockOrigins = ["original", "translated", "fallback"] as const;
export type BlockOrigin = (typeof blockOrigins)[number];

export const translationProvenance = z
  .object({
    lang: z.enum(translationLocales),
    translatedBy: z.string().openapi({ description: "atlas-editors, or a contributor's name as given" }),
    method: z.enum(["human", "machine"]),
    reviewed: z.boolean(),
    reviewedBy: z.string().nullable(),
  })
  .openapi("TranslationProvenance");

export const contentInfo = z
  .object({
    lang: z.enum(locales).openapi({ description: "the language asked for, which translated blocks are in" }),
    original: z.object({
      lang: z
        .enum(locales)
        .openapi({ description: "the language the record is written in: English, or a contribution's own" }),
      writtenBy: z.enum(writers).openapi({
        description:
          "who wrote the original: the atlas editors (the data files), a contributor, an imported dataset, or a curator",
      }),
      sourceLanguages: z
        .array(z.string())
        .openapi({ description: "languages (ISO 639-1) of the sources the original was written from" }),
    }),
    translation: translationProvenance
      .nullable()
      .openapi({ description: "who translated this record into lang, how, and whether it was reviewed" }),
    fields: z.record(z.string(), z.enum(blockOrigins)).openapi({
      description:
        "each text block of this record by its path in the body (e.g. summary, relationships.2.basis): original (in original.lang), translated (into lang) or fallback (the original, no translation yet)",
    }),
  })
  .openapi("ContentInfo");

export type ContentInfo = z.infer<typeof contentInfo>;
export type TranslationProvenance = z.infer<typeof translationProvenance>;

/** Every language of a record at once, for exports: each language's strings keyed by the English they translate. */
export const recordTranslations = z
  .record(
    z.string(),
    translationProvenance.omit({ lang: true }).extend({
      strings: z.array(z.object({ field: z.string(), en: z.string(), text: z.string() })),
    }),
  )
  .openapi("RecordTranslations", { description: "by language: the translation's provenance and strings" });
export type RecordTranslations = z.infer<typeof recordTranslations>;
