/** The columns of the metrics table, and how it is sorted (kept in the URL as `rank`). */
import type { SortDirection } from "./sort.ts";

export const nodeColumns = [
  "name",
  "type",
  "cases",
  "countries",
  "degree",
  "betweenness",
  "brokerage",
  "publicSocialBrokerage",
  "component",
] as const;
export type NodeColumn = (typeof nodeColumns)[number];
export type NodeSort = { column: NodeColumn; direction: SortDirection };

/** Every column but the name and the type holds a number (aligned right, sorted largest first). */
export const numericColumns = new Set<NodeColumn>(nodeColumns.filter((c) => c !== "name" && c !== "type"));

export const defaultSort: NodeSort = { column: "degree", direction: "descending" };
