/**
 * The case list's index in memory, one per database at its current data version: every case's place
 * in title order, the facet values it counts under and its years, as a few typed arrays (about 45 MB
 * at a million cases). With it, a list narrowed by a search or a map box takes its total, facet counts
 * and title-ordered page from the rowids of its hits alone (hits.ts), and one narrowed by facet or year
 * filters alone from every case, instead of reading every hit's row and facet values from the database:
 * those reads grow with the hits, tens of microseconds each.
 *
 * It is read a chunk at a time (requests run in between) when first asked for at a data version, and
 * used only once ready and only while that is still the version; until then the list asks SQL.
 */
import { setImmediate } from "node:timers/promises";
import type { Database } from "@atlas/db/client";
import { readDataVersion } from "@atlas/db/data-version";
import { sql } from "drizzle-orm";
import { type FacetName, facetNames } from "./schema.ts";

export interface ListIndex {
  /** The data version it was read at. */
  version: number;
  /** The cases' rowids in title order (sort_title, then rowid, as the list sorts them). */
  titleOrder: Int32Array;
  /** Each rowid's place in `titleOrder`; -1 where no case has that rowid. */
  titlePlace: Int32Array;
  /** Each rowid's values are `values[valueStart[slot[r]]]` up to `values[valueStart[slot[r] + 1]]`; slot -1: none. */
  slot: Int32Array;
  valueStart: Uint32Array;
  values: Uint16Array;
  /**
   * Per slot, the case's start year and the last year it reaches (its end year, else its start year if
   * it ended, else 9999: running), as the year filters read them (filters.ts); `noYear` where unknown.
   * Every case has a slot, one without facet values an empty one.
   */
  startYear: Int16Array;
  reachYear: Int16Array;
  /** Per value code: its facet (a position in facetNames) and key. */
  codeFacet: Uint8Array;
  codeKey: string[];
  /** The code of each facet's keys. */
  codes: Record<FacetName, Map<string, number>>;
}

/** A year no case has: a year filter never matches it. */
export const noYear = -32768;

/**
 * Cases per chunk read by default: at a million cases a chunk held the request thread at most 65 ms
 * (10,000 a chunk: 277 ms), and the build peaked 110 MB above its start (176 MB), 40 MB of it the index
 * (before the years were added).
 */
const defaultRowsPerRead = 1_000;

/** Separates a facet from its key and one value from the next in a case's values as read. */
const unit = "\u001f";
const record = "\u001e";

async function* readTitleOrder(db: Database, rowsPerRead: number): AsyncGenerator<number[]> {
  let after: [string, number] | undefined;
  for (;;) {
    const from = after ? sql`WHERE (sort_title, rowid) > (${after[0]}, ${after[1]})` : sql``;
    // One JSON text per chunk: parsing it costs a fraction of what a row object per case does. The
    // chunk is in title order, so its greatest title is its last row's, where the next one starts.
    const [chunk] = await db.all<{ rowids: string | null; last: string | null }>(
      sql`SELECT json_group_array(rowid) AS rowids, max(sort_title) AS last
        FROM (SELECT rowid, sort_title FROM cases ${from} ORDER BY sort_title, rowid LIMIT ${rowsPerRead})`,
    );
    const rowids = JSON.parse(chunk?.rowids ?? "[]") as number[];
    const last = rowids.at(-1);
    if (last === undefined) return;
    yield rowids;
    if (rowids.length < rowsPerRead) return;
    after = [chunk?.last ?? "", last];
    await setImmediate();
  }
}

/** Each case's rowid and values ("facet␟key", separated by ␞), in case id order. */
async function* readValues(db: Database, rowsPerRead: number): AsyncGenerator<[number, string][]> {
  let after = "";
  for (;;) {
    const [chunk] = await db.all<{ rows: string | null }>(
      sql`SELECT json_group_array(json_array(id, rowid, v)) AS rows FROM (
        SELECT f.case_id AS id, c.rowid AS rowid, group_concat(f.facet || ${unit} || f.key, ${record}) AS v
        FROM case_facets f JOIN cases c ON c.id = f.case_id WHERE f.case_id > ${after}
        GROUP BY f.case_id ORDER BY f.case_id LIMIT ${rowsPerRead})`,
    );
    const rows = JSON.parse(chunk?.rows ?? "[]") as [string, number, string][];
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map(([, rowid, v]) => [rowid, v]);
    if (rows.length < rowsPerRead) return;
    after = last[0];
    await setImmediate();
  }
}

/** Each case's rowid, start year and the last year it reaches (null: unknown), in rowid order. */
async function* readYears(db: Database, rowsPerRead: number): AsyncGenerator<[number, number | null, number | null][]> {
  let after = -1;
  for (;;) {
    const [chunk] = await db.all<{ rows: string | null }>(
      sql`SELECT json_group_array(json_array(rowid, start_year, reach)) AS rows FROM (
        SELECT rowid, start_year,
          coalesce(end_year, CASE WHEN status = 'ended' THEN start_year ELSE 9999 END) AS reach
        FROM cases WHERE rowid > ${after} ORDER BY rowid LIMIT ${rowsPerRead})`,
    );
    const rows = JSON.parse(chunk?.rows ?? "[]") as [number, number | null, number | null][];
    const last = rows.at(-1);
    if (!last) return;
    yield rows;
    if (rows.length < rowsPerRead) return;
    after = last[0];
    await setImmediate();
  }
}

/** A Uint16Array grown by half as values come (kept at its size: a copy to trim it would cost more memory). */
function growingCodes(initial: number) {
  let array = new Uint16Array(Math.max(16, initial));
  let size = 0;
  return {
    push(code: number) {
      if (size === array.length) {
        const larger = new Uint16Array(Math.ceil(array.length * 1.5));
        larger.set(array);
        array = larger;
      }
      array[size++] = code;
    },
    get size() {
      return size;
    },
    finish: () => array.subarray(0, size),
  };
}

/** The cases' rowids in title order and each rowid's place in it; `place` is how many were read. */
async function readTitles(db: Database, count: number, maxRowid: number, rowsPerRead: number) {
  const titleOrder = new Int32Array(count);
  const titlePlace = new Int32Array(maxRowid + 1).fill(-1);
  let place = 0;
  for await (const rowids of readTitleOrder(db, rowsPerRead)) {
    for (const rowid of rowids) {
      titleOrder[place] = rowid;
      titlePlace[rowid] = place++;
    }
  }
  return { titleOrder, titlePlace, place };
}

/** Every case's facet values as codes, and what each code stands for. */
async function readCodes(
  db: Database,
  count: number,
  maxRowid: number,
  rowsPerRead: number,
  titles: { titlePlace: Int32Array },
) {
  const codes = Object.fromEntries(facetNames.map((f) => [f, new Map<string, number>()])) as ListIndex["codes"];
  const codeFacet: number[] = [];
  const codeKey: string[] = [];
  const codeOf = (facet: FacetName, key: string) => {
    let code = codes[facet].get(key);
    if (code === undefined) {
      code = codeKey.push(key) - 1;
      codeFacet.push(facetNames.indexOf(facet));
      codes[facet].set(key, code);
    }
    return code;
  };
  const slot = new Int32Array(maxRowid + 1).fill(-1);
  const valueStart = new Uint32Array(count + 1);
  let slots = 0;
  const values = growingCodes(count * 12);
  for await (const rows of readValues(db, rowsPerRead)) {
    for (const [rowid, text] of rows) {
      if (slots >= count) break;
      slot[rowid] = slots;
      for (const value of text.split(record)) {
        const [facet, key = ""] = value.split(unit) as [FacetName, string?];
        if (codes[facet]) values.push(codeOf(facet, key));
      }
      valueStart[++slots] = values.size;
    }
  }
  // A case without facet values still gets a slot (an empty one), so a pass over the slots sees every case.
  for (let rowid = 0; rowid <= maxRowid && slots < count; rowid++) {
    if (slot[rowid] === -1 && (titles.titlePlace[rowid] ?? -1) >= 0) {
      slot[rowid] = slots;
      valueStart[++slots] = values.size;
    }
  }
  return {
    slot,
    valueStart: valueStart.subarray(0, slots + 1),
    values: values.finish(),
    codeFacet: Uint8Array.from(codeFacet),
    codeKey,
    codes,
  };
}

/** The index as the database holds it now, or undefined if the data changed while it was read. */
export async function buildListIndex(db: Database, rowsPerRead = defaultRowsPerRead): Promise<ListIndex | undefined> {
  const version = await readDataVersion(db);
  const [extent] = await db.all<{ count: number; maxRowid: number }>(
    sql`SELECT count(*) AS count, coalesce(max(rowid), 0) AS maxRowid FROM cases`,
  );
  const count = Number(extent?.count ?? 0);
  const maxRowid = Number(extent?.maxRowid ?? 0);
  const { place, ...titles } = await readTitles(db, count, maxRowid, rowsPerRead);
  const values = await readCodes(db, count, maxRowid, rowsPerRead, titles);
  const years = await readYearsBySlot(db, values.slot, count, rowsPerRead);
  // Each read is a statement of its own: the index is whole only if no write came in between.
  if (place !== count || (await readDataVersion(db)) !== version) return undefined;
  return { version, ...titles, ...values, ...years };
}

/** Every case's years, by its slot. */
async function readYearsBySlot(db: Database, slot: Int32Array, count: number, rowsPerRead: number) {
  const startYear = new Int16Array(count).fill(noYear);
  const reachYear = new Int16Array(count).fill(noYear);
  for await (const rows of readYears(db, rowsPerRead)) {
    for (const [rowid, start, reach] of rows) {
      const at = slot[rowid] ?? -1;
      if (at < 0) continue;
      startYear[at] = start ?? noYear;
      reachYear[at] = reach ?? noYear;
    }
  }
  return { startYear, reachYear };
}

interface State {
  ready?: ListIndex;
  building?: Promise<ListIndex | undefined>;
  /** A version whose build failed: not tried again until the data changes. */
  failed?: number;
}

const states = new WeakMap<Database, State>();

/**
 * The index at `version` if it is ready; otherwise undefined, and its build is started (one at a
 * time per database; an index of an older version is dropped at once, so memory never holds two).
 */
export function readyListIndex(db: Database, version: number): ListIndex | undefined {
  const state = states.get(db) ?? {};
  states.set(db, state);
  if (state.ready?.version === version) return state.ready;
  if (state.ready) state.ready = undefined;
  if (!state.building && state.failed !== version) startBuild(db, state, version);
  return undefined;
}

function startBuild(db: Database, state: State, version: number) {
  const done = buildListIndex(db).then(
    (index) => {
      if (index) state.ready = index;
      return index;
    },
    () => {
      state.failed = version;
      return undefined;
    },
  );
  state.building = done;
  void done.finally(() => {
    state.building = undefined;
  });
}

/** Builds the index of the current data version if it is not there; resolves once it is (or could not be). */
export async function warmListIndex(db: Database): Promise<ListIndex | undefined> {
  const version = await readDataVersion(db);
  const ready = readyListIndex(db, version);
  if (ready) return ready;
  return states.get(db)?.building;
}
