/** Named mappings saved by curators, to read the next file from the same platform the same way. */
import type { Database } from "@atlas/db/client";
import { importPresets } from "@atlas/db/schema";
import { eq, sql } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";
import type { ImportKind } from "./fields.ts";
import { type ImportSettings, importSettingsSchema } from "./settings.ts";

export async function listPresets(db: Database, kind: ImportKind | undefined) {
  const rows = await db.all<{
    name: string;
    kind: ImportKind;
    settings: string;
    updatedAt: string;
    updatedBy: string | null;
  }>(
    sql`SELECT p.name, p.kind, p.settings, p.updated_at AS updatedAt, c.name AS updatedBy
      FROM import_presets p LEFT JOIN curators c ON c.id = p.updated_by
      ${kind ? sql`WHERE p.kind = ${kind}` : sql``} ORDER BY p.name`,
  );
  // A preset saved before a setting was renamed is read leniently: what still parses is kept.
  return {
    items: rows.flatMap((r) => {
      const parsed = importSettingsSchema.safeParse(JSON.parse(r.settings));
      return parsed.success ? [{ ...r, settings: parsed.data }] : [];
    }),
  };
}

export function savePresetStatement(db: Database, name: string, settings: ImportSettings, curatorId: string) {
  const values = { name, kind: settings.kind, settings, updatedBy: curatorId, updatedAt: new Date().toISOString() };
  return db.insert(importPresets).values(values).onConflictDoUpdate({ target: importPresets.name, set: values });
}

export async function assertPreset(db: Database, name: string) {
  const [row] = await db.select({ name: importPresets.name }).from(importPresets).where(eq(importPresets.name, name));
  if (!row) throw new ApiError(404, "not_found", `No import preset "${name}"`);
}

export function deletePresetStatement(db: Database, name: string) {
  return db.delete(importPresets).where(eq(importPresets.name, name));
}
