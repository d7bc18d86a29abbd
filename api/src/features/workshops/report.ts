/** A list as a report: its steps in order, with labels in the workshop's language, evidence and sources. */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { notFound } from "../../http/errors.ts";
import { workshopNotFound } from "./auth.ts";
import { selectFeedback } from "./feedback.ts";
import {
  type FeedbackRecord,
  first,
  type ItemRecord,
  itemJson,
  parseJson,
  selectSettings,
  toViewerItem,
  type Viewer,
  type WorkshopRecord,
} from "./records.ts";
import type { Report } from "./schema.ts";

/** The feedback in agenda order (then as given), each with the item it is about. */
function toReportFeedback(
  items: { id: string; kind: Report["feedback"][number]["itemKind"]; title: string }[],
  rows: { json: string }[],
): Report["feedback"] {
  const place = new Map(items.map((item, index) => [item.id, index]));
  return rows
    .map((row) => parseJson<FeedbackRecord>(row.json))
    .filter((f) => place.has(f.agendaItemId))
    .map((f) => {
      const index = place.get(f.agendaItemId) ?? 0;
      const item = items[index];
      return {
        itemNumber: index + 1,
        itemKind: item?.kind ?? "custom",
        itemTitle: item?.title ?? "",
        author: f.author.name,
        worked: f.worked,
        change: f.change,
      };
    })
    .sort((a, b) => a.itemNumber - b.itemNumber);
}

/** A source of an evidence case, with the case it is cited by. */
type SourceRow = { caseId: string } & Report["steps"][number]["evidence"][number]["sources"][number];

export async function buildReport(db: Database, viewer: Viewer, listId: string, now = new Date()): Promise<Report> {
  const id = viewer.workshopId;
  const [workshop, list, items, sources, places, labels, feedback] = await db.batch([
    selectSettings(db, id),
    db.all<{ id: string; title: string }>(sql`SELECT id, title FROM workshop_lists
      WHERE id = ${listId} AND workshop_id = ${id} AND removed_at IS NULL`),
    db.all<{ json: string }>(sql`SELECT ${itemJson} AS json FROM workshop_items i
      WHERE i.list_id = ${listId} AND i.workshop_id = ${id} AND i.removed_at IS NULL ORDER BY i.position, i.id`),
    db.all<SourceRow>(sql`SELECT cs.case_id AS caseId, s.title, s.url, s.publisher, s.year
      FROM case_sources cs JOIN sources s ON s.id = cs.source_id
      WHERE cs.case_id IN (SELECT e.case_id FROM workshop_item_cases e JOIN workshop_items i ON i.id = e.item_id
        WHERE i.list_id = ${listId} AND i.workshop_id = ${id} AND e.removed_at IS NULL)
      ORDER BY s.year IS NULL, s.year DESC, s.title`),
    db.all<{ id: string; longitude: number; latitude: number }>(sql`SELECT c.id, c.longitude, c.latitude FROM cases c
      WHERE c.longitude IS NOT NULL AND c.latitude IS NOT NULL AND c.id IN (SELECT e.case_id FROM workshop_item_cases e
        JOIN workshop_items i ON i.id = e.item_id
        WHERE i.list_id = ${listId} AND i.workshop_id = ${id} AND e.removed_at IS NULL)`),
    db.all<{ scheme: string; key: string; label: string }>(sql`SELECT t.scheme, t.key,
        COALESCE(own.label, en.label, t.key) AS label
      FROM terms t
      LEFT JOIN term_labels own ON own.scheme = t.scheme AND own.key = t.key
        AND own.locale = (SELECT language FROM workshops WHERE id = ${id})
      LEFT JOIN term_labels en ON en.scheme = t.scheme AND en.key = t.key AND en.locale = 'en'
      WHERE t.scheme IN ('phase', 'stakeholderType')`),
    selectFeedback(db, id),
  ]);
  const [workshopRow, listRow] = [first(workshop), first(list)];
  if (!workshopRow) throw workshopNotFound(id);
  if (!listRow) throw notFound("list", listId);
  const settings = parseJson<WorkshopRecord>(workshopRow.json);
  const label = (scheme: string, key: string) => labels.find((l) => l.scheme === scheme && l.key === key)?.label ?? key;
  const regions = new Intl.DisplayNames([settings.language, "en"], { type: "region" });
  const country = (code: string | null) => {
    if (!code) return undefined;
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const placeOf = new Map(places.map((p) => [p.id, { longitude: p.longitude, latitude: p.latitude }]));
  const steps = items.map((row, index) => {
    const item = toViewerItem(parseJson<ItemRecord>(row.json), viewer);
    return {
      number: index + 1,
      title: item.title,
      description: item.description,
      phase: item.phase,
      phaseLabel: label("phase", item.phase),
      stakeholderTypes: item.stakeholderTypes.map((key) => ({ key, label: label("stakeholderType", key) })),
      votes: item.votes,
      evidence: item.evidence.map((e) => ({
        caseId: e.caseId,
        title: e.caseTitle,
        place: [e.city, country(e.country)].filter(Boolean).join(", "),
        why: e.why,
        location: (e.caseId && placeOf.get(e.caseId)) || null,
        sources: sources
          .filter((s) => s.caseId === e.caseId)
          .map(({ title, url, publisher, year }) => ({ title, url, publisher, year })),
      })),
    };
  });
  return {
    workshop: {
      title: settings.title,
      territory: settings.territory,
      challenge: settings.challenge,
      language: settings.language,
    },
    list: listRow,
    votesShown: steps.every((s) => s.votes !== null),
    generatedAt: now.toISOString(),
    steps,
    feedback: toReportFeedback(settings.agenda?.items ?? [], feedback),
  };
}
