/**
 * The agenda's gates in SQL, read from the workshop's agenda columns inside the statement that
 * needs them, so a vote or an edit and the agenda it obeys are one transaction. The same rules as
 * activityGates in agenda-model.ts (agenda-model.test.ts checks they agree).
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/** The current item's index in the agenda of workshops row `ag`: -1 before the start, the item count once finished. */
const currentIndex = sql`CASE WHEN json_extract(ag.agenda_run, '$.finishedAt') IS NOT NULL
    THEN json_array_length(ag.agenda, '$.items')
    ELSE COALESCE((SELECT CAST(cj.key AS INTEGER) FROM json_each(ag.agenda, '$.items') cj
      WHERE json_extract(cj.value, '$.id') = json_extract(ag.agenda_run, '$.currentItemId')), -1) END`;

/** The workshop's steps are locked by its agenda: an item bound to closing has begun. */
export const listLockedSql = (workshopId: SQLWrapper | string): SQL =>
  sql`EXISTS (SELECT 1 FROM workshops ag, json_each(ag.agenda, '$.items') aj WHERE ag.id = ${workshopId}
    AND json_extract(aj.value, '$.activity') = 'closing' AND CAST(aj.key AS INTEGER) <= ${currentIndex})`;

/** Voting is open: the agenda binds voting to no item, or the current item is bound to voting. */
export const votingOpenSql = (workshopId: SQLWrapper | string): SQL =>
  sql`(NOT EXISTS (SELECT 1 FROM workshops ag, json_each(ag.agenda, '$.items') aj WHERE ag.id = ${workshopId}
      AND json_extract(aj.value, '$.activity') = 'voting')
    OR EXISTS (SELECT 1 FROM workshops ag, json_each(ag.agenda, '$.items') aj WHERE ag.id = ${workshopId}
      AND json_extract(aj.value, '$.activity') = 'voting' AND json_extract(ag.agenda_run, '$.finishedAt') IS NULL
      AND json_extract(aj.value, '$.id') = json_extract(ag.agenda_run, '$.currentItemId')))`;
