/** The workshop as a whole: creating it, reading it as one member, and changing its settings. */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { clientAddress, limitAttempts } from "../../http/rate-limit.ts";
import { fromTemplate } from "./agenda-model.ts";
import { authenticate, authenticateFacilitator } from "./auth.ts";
import { feedPositionSql, workshopEvent } from "./events.ts";
import { createPerAddress } from "./limits.ts";
import {
  dotsUsedSql,
  type ListRecord,
  listJson,
  memberJson,
  parseJson,
  selectSettings,
  toList,
  type Viewer,
} from "./records.ts";
import * as s from "./schema.ts";
import { createId, createJoinCode, createSecret, formatJoinCode, hashJoinCode, hashSecret } from "./secrets.ts";
import { commit, conflictError, explainRefusal, readState, settingsOf } from "./write.ts";

/** The first list's title, in the workshop's language: it is data its members read and export. */
const defaultListTitles: Record<s.CreateWorkshop["language"], string> = {
  en: "Recommendations",
  es: "Recomendaciones",
  fr: "Recommandations",
  ar: "التوصيات",
  it: "Raccomandazioni",
  el: "Συστάσεις",
};

/** A new workshop with its facilitator and a first list; the secret and the code are returned once. */
async function createWorkshop(db: Database, input: s.CreateWorkshop) {
  const workshopId = createId();
  const memberId = createId();
  const secret = createSecret();
  const code = createJoinCode();
  const agenda = input.agendaTemplate
    ? JSON.stringify({ startsAt: null, timeZone: "Europe/Paris", items: fromTemplate(input.agendaTemplate, createId) })
    : null;
  await commit(db, [
    db.run(sql`INSERT INTO workshops (id, title, territory, challenge, language, dots_per_member, join_code_hash, agenda)
      VALUES (${workshopId}, ${input.title}, ${input.territory}, ${input.challenge}, ${input.language},
        ${input.dotsPerMember}, ${hashJoinCode(code)}, ${agenda})`),
    db.run(sql`INSERT INTO workshop_members (id, workshop_id, name, role, secret_hash)
      VALUES (${memberId}, ${workshopId}, ${input.facilitatorName}, 'facilitator', ${hashSecret(secret)})`),
    db.run(sql`INSERT INTO workshop_lists (id, workshop_id, title, position, created_by, updated_by)
      VALUES (${createId()}, ${workshopId}, ${input.listTitle ?? defaultListTitles[input.language]}, 0, ${memberId}, ${memberId})`),
  ]);
  return {
    workshopId,
    member: { id: memberId, name: input.facilitatorName, role: "facilitator" as const },
    secret,
    joinCode: formatJoinCode(code),
  };
}

type JsonRow = { json: string };
type Member = { id: string; name: string; role: "facilitator" | "participant" };

/**
 * One batch (one transaction), so the state and the id of the latest event it includes agree: a
 * client streams from that id and misses nothing.
 */
async function getWorkshop(db: Database, viewer: Viewer) {
  const id = viewer.workshopId;
  const [workshop, members, lists, used, latest] = await db.batch([
    selectSettings(db, id),
    db.all<JsonRow>(sql`SELECT ${memberJson} AS json FROM workshop_members m
      WHERE m.workshop_id = ${id} AND m.removed_at IS NULL ORDER BY m.role = 'participant', m.created_at, m.id`),
    db.all<JsonRow>(sql`SELECT ${listJson} AS json FROM workshop_lists l
      WHERE l.workshop_id = ${id} AND l.removed_at IS NULL ORDER BY l.position, l.id`),
    db.get<{ used: number }>(sql`SELECT ${dotsUsedSql(viewer.memberId)} AS used`),
    db.get<{ latest: number }>(feedPositionSql(id)),
  ]);
  const settings = settingsOf(workshop, id);
  const everyone = members.map((m) => parseJson<Member>(m.json));
  return {
    ...settings,
    me: everyone.find((m) => m.id === viewer.memberId) ?? { id: viewer.memberId, name: viewer.name, role: viewer.role },
    members: everyone,
    lists: lists.map((l) => toList(parseJson<ListRecord>(l.json))),
    myDotsUsed: Number(used?.used ?? 0),
    eventId: Number(latest?.latest ?? 0),
  };
}

const settingColumns = {
  title: "title",
  territory: "territory",
  challenge: "challenge",
  language: "language",
  dotsPerMember: "dots_per_member",
  votesHidden: "votes_hidden",
} as const;

async function updateSettings(db: Database, viewer: Viewer, change: s.SettingsChange) {
  const id = viewer.workshopId;
  const writeId = createId();
  const sets = Object.entries(settingColumns)
    .filter(([field]) => change[field as keyof typeof settingColumns] !== undefined)
    .map(([field, column]) => sql`${sql.raw(column)} = ${change[field as keyof typeof settingColumns]}`);
  const [updated, , state, settingsRows] = await commit(db, [
    db.run(sql`UPDATE workshops SET ${sql.join([...sets, sql`version = version + 1`], sql`, `)},
      updated_at = ${nowSql}, write_id = ${writeId}
      WHERE id = ${id} AND version = ${change.version} AND status = 'open'`),
    workshopEvent(db, id, writeId),
    readState(db, id),
    selectSettings(db, id),
  ]);
  const settings = settingsOf(settingsRows, id);
  if (updated.rowsAffected === 0) {
    explainRefusal(state);
    throw conflictError("workshop", settings);
  }
  return settings;
}

export const workshopRoutes = featureApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops",
      tags: s.tags,
      summary: "Create a workshop; answers the facilitator's secret and the join code, once",
      request: jsonBody(s.createWorkshopBody),
      responses: { 201: ok(s.created, "The workshop was created"), ...s.failures(400, 413, 415, 429) },
    }),
    async (c) => {
      await limitAttempts(c, [{ key: `create:${clientAddress(c)}`, limit: createPerAddress }]);
      return c.json(await createWorkshop(c.env.db, c.req.valid("json")), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/workshops/{id}",
      tags: s.tags,
      security: s.security,
      summary: "The workshop: settings, members, lists, your dots, and the latest event id to stream from",
      request: { params: s.workshopParams },
      responses: { 200: ok(s.workshop, "The workshop"), ...s.failures(400, 404) },
    }),
    async (c) => {
      const viewer = await authenticate(c, c.req.valid("param").id);
      return c.json(await getWorkshop(c.env.db, viewer), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/workshops/{id}",
      tags: s.tags,
      security: s.security,
      summary: "Change the workshop's settings (facilitator), based on a version",
      request: { params: s.workshopParams, ...jsonBody(s.settingsBody) },
      responses: { 200: ok(s.workshopSettings, "The new settings"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await updateSettings(c.env.db, viewer, c.req.valid("json")), 200);
    },
  );
