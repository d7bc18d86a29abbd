/**
 * Uploaded files, kept in the database so the preview, the dry run and the import all read the same
 * bytes without the browser sending them again. Uploads older than a week go when a new one comes.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@atlas/db/client";
import { importFiles } from "@atlas/db/schema";
import { eq, lt } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";
import { GeoJsonError } from "./geojson.ts";
import { readImportFile } from "./read-file.ts";
import type { ImportSettings } from "./settings.ts";
import type { ImportTable } from "./table.ts";

const keptMs = 7 * 24 * 3600 * 1000;

export interface StoredFile {
  id: string;
  name: string;
  bytes: Uint8Array;
}

export async function storeFile(db: Database, name: string, bytes: Uint8Array, curatorId: string) {
  const id = randomUUID();
  const before = new Date(Date.now() - keptMs).toISOString();
  await db.batch([
    db.delete(importFiles).where(lt(importFiles.createdAt, before)),
    db.insert(importFiles).values({ id, name, content: Buffer.from(bytes), uploadedBy: curatorId }),
  ]);
  return { id, name, bytes: bytes.length };
}

export async function readStoredFile(db: Database, id: string): Promise<StoredFile> {
  const [row] = await db.select().from(importFiles).where(eq(importFiles.id, id));
  if (!row) throw new ApiError(404, "not_found", `No uploaded file "${id}"; uploads are kept a week, upload it again.`);
  return { id: row.id, name: row.name, bytes: new Uint8Array(row.content) };
}

/** The file as a table, or a 400 naming what is wrong with it. */
export function toTable(file: StoredFile, settings: ImportSettings): ImportTable {
  const table = readTable(file, settings);
  if (table.header.length === 0 || table.rows.length === 0)
    throw new ApiError(400, "empty_file", `${file.name}: no header and rows to import were found`, [
      { parameter: "file", message: "no header and rows to import were found" },
    ]);
  return table;
}

function readTable(file: StoredFile, settings: ImportSettings): ImportTable {
  try {
    return readImportFile(file.bytes, settings);
  } catch (error) {
    if (!(error instanceof GeoJsonError)) throw error;
    throw new ApiError(400, "unreadable_file", `${file.name}: ${error.message}`, [
      { parameter: "file", message: error.message },
    ]);
  }
}
