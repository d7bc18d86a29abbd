/**
 * Statuses due for review (issue #15): a case or currency reported active, planned or suspended more than
 * `staleAfterYears` ago may have changed since. They are listed by `npm run data:check`, not failed: the
 * fix is a newer source, and until one is found the UI says "as last reported in <year>".
 */
import type { AtlasData } from "./data-files.ts";

export const staleAfterYears = 3;

export interface StaleStatus {
  file: string;
  record: string;
  status: string;
  statusYear: number;
  statusSource?: string;
}

/**
 * Every non-ended status reported before `currentYear - staleAfterYears`, oldest first. An "ended" status
 * is left out: a later report cannot make an ending less true, only a restart would, and that is a new fact.
 */
export function findStaleStatuses(data: AtlasData, currentYear: number): StaleStatus[] {
  const records = [
    ...data.cases.map((c) => ({ ...c, file: `data/cases/${c.id}.json` })),
    ...data.currencies.map((c) => ({ ...c, file: `data/currencies/${c.id}.json` })),
  ];
  return records
    .flatMap((r) => {
      if (r.status === undefined || r.status === "ended" || r.statusYear === undefined) return [];
      if (currentYear - r.statusYear <= staleAfterYears) return [];
      const { file, id, status, statusYear, statusSource } = r;
      return [{ file, record: id, status, statusYear, ...(statusSource ? { statusSource } : {}) }];
    })
    .sort((a, b) => a.statusYear - b.statusYear || a.record.localeCompare(b.record));
}

export function formatStaleStatus(s: StaleStatus): string {
  const source = s.statusSource ? ` (source "${s.statusSource}")` : "";
  return `${s.file}: record "${s.record}": ${s.status} as last reported in ${s.statusYear}${source}`;
}
