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

export const numericColumns = new Set<NodeColumn>([
  "cases",
  "countries",
  "degree",
  "betweenness",
  "brokerage",
  "publicSocialBrokerage",
  "component",
]);

export const defaultSort: NodeSort = { column: "degree", direction: "descending" };
