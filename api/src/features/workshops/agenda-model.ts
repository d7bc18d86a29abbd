/**
 * A session's agenda: its shape as stored (the plan and the run, two JSON columns of `workshops`),
 * the programme's two templates, and the pure rules over them: planned times, moving through the
 * items, and which activities the current item opens. The SQL guards in agenda-sql.ts enforce the
 * same rules inside each write; agenda-model.test.ts checks both agree.
 */

import { userText } from "@atlas/db/text";
import { z } from "@hono/zod-openapi";
import { type AgendaActivity, type AgendaKind, agendaActivities, agendaKinds } from "../../contract.ts";

const itemId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be an id of letters, digits, - and _");

export const agendaItemInput = z.object({
  id: itemId.optional().openapi({ description: "an existing item's id; none for a new item" }),
  kind: z.enum(agendaKinds),
  title: userText({ max: 120 })
    .default("")
    .openapi({ description: "empty: the kind's name, in each reader's language" }),
  minutes: z.number().int().min(1, "must be at least 1 minute").max(480, "must be at most 480 minutes (8 h)"),
  activity: z.enum(agendaActivities).nullable().default(null),
  designers: z
    .array(itemId)
    .max(4, "at most 4 designers")
    .default([])
    .openapi({ description: "ids of the members who designed this item (a webinar designed by participants)" }),
});

export type AgendaItem = Required<z.infer<typeof agendaItemInput>>;

/** A local date and time without zone, as a date-time input gives it: 2026-10-13T09:00. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must be a local date and time such as 2026-10-13T09:00")
  .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)), "must be a real date and time");

export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, "must be an IANA time zone such as Europe/Paris")
  .openapi({ example: "Europe/Paris" });

export const agendaPlanInput = z.object({
  startsAt: localDateTime.nullable().default(null).openapi({ description: "local start in timeZone; null: not set" }),
  timeZone: timeZone.default("Europe/Paris"),
  items: z.array(agendaItemInput).min(1, "must have at least one item").max(40, "at most 40 items"),
});

export interface AgendaPlan {
  startsAt: string | null;
  timeZone: string;
  items: AgendaItem[];
}

/** An item's times as run, in ms since the epoch; `leftMs`: its time left when last left. */
export interface ItemRun {
  startedAt: number;
  endedAt: number | null;
  leftMs: number | null;
}

export interface AgendaRun {
  currentItemId: string | null;
  finishedAt: number | null;
  items: Record<string, ItemRun>;
}

export const notStarted: AgendaRun = { currentItemId: null, finishedAt: null, items: {} };

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The programme's two mornings (medtown-programme.txt, "Programme Structure"), as kinds and minutes. */
export const agendaTemplates = {
  /** General Training: check-in 15', live webinar I 1 h, break 30', live webinar II group dynamic 1.5 h, check-out 15'. */
  general: [
    { kind: "check-in", minutes: 15, activity: null },
    { kind: "webinar", minutes: 60, activity: null },
    { kind: "break", minutes: 30, activity: null },
    { kind: "group-dynamic", minutes: 90, activity: "voting" },
    { kind: "check-out", minutes: 15, activity: "closing" },
  ],
  /**
   * Advanced Training of Trainers: check-in 15', webinar I designed by participants 1 h, feedback
   * by trainers 15', break 30', webinar II designed by participants 1 h, feedback 15', check-out 15'.
   */
  "training-of-trainers": [
    { kind: "check-in", minutes: 15, activity: null },
    { kind: "webinar", minutes: 60, activity: null },
    { kind: "feedback", minutes: 15, activity: null },
    { kind: "break", minutes: 30, activity: null },
    { kind: "webinar", minutes: 60, activity: null },
    { kind: "feedback", minutes: 15, activity: null },
    { kind: "check-out", minutes: 15, activity: "closing" },
  ],
} as const satisfies Record<string, { kind: AgendaKind; minutes: number; activity: AgendaActivity | null }[]>;

export type AgendaTemplate = keyof typeof agendaTemplates;
export const agendaTemplateNames = Object.keys(agendaTemplates) as [AgendaTemplate, ...AgendaTemplate[]];

/** A template's items, each with a new id. */
export function fromTemplate(template: AgendaTemplate, newId: () => string): AgendaItem[] {
  return agendaTemplates[template].map((item) => ({ ...item, id: newId(), title: "", designers: [] }));
}

/**
 * The instant a local wall time in a zone stands for, as ISO UTC. The zone's offset is read with
 * Intl at the guessed instant, then again at the corrected one, which settles DST changes; a wall
 * time skipped by a DST change maps to the instant an hour later, as calendars do.
 */
export function toInstant(local: string, zone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  const first = asUtc - offsetMs(asUtc, zone);
  const second = asUtc - offsetMs(first, zone);
  return new Date(second).toISOString();
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function offsetMs(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The index of the current item; the item count once finished; -1 before the start. */
export function currentIndex(plan: AgendaPlan, run: AgendaRun): number {
  if (run.finishedAt !== null) return plan.items.length;
  if (run.currentItemId === null) return -1;
  return plan.items.findIndex((item) => item.id === run.currentItemId);
}

/**
 * Voting is open unless the agenda binds voting to items, and then only while one of them is
 * current; the steps lock once the first item bound to closing has begun.
 */
export function activityGates(plan: AgendaPlan | null, run: AgendaRun) {
  if (!plan) return { votingOpen: true, listLocked: false };
  const current = plan.items[currentIndex(plan, run)];
  const bindsVoting = plan.items.some((item) => item.activity === "voting");
  const closingAt = plan.items.findIndex((item) => item.activity === "closing");
  return {
    votingOpen: !bindsVoting || current?.activity === "voting",
    listLocked: closingAt >= 0 && currentIndex(plan, run) >= closingAt,
  };
}

export type RunMove = { type: "advance" } | { type: "back" } | { type: "extend"; minutes: number };

/** The run after a move, with the countdown's new end (null: none); undefined when the move is impossible. */
export function moveRun(
  plan: AgendaPlan,
  run: AgendaRun,
  timerEndsAt: number | null,
  move: RunMove,
  now: number,
): { run: AgendaRun; timerEndsAt: number | null } | { refused: "finished" | "at-start" | "not-running" } {
  const index = currentIndex(plan, run);
  if (move.type === "extend") {
    if (index < 0 || index >= plan.items.length) return { refused: "not-running" };
    return { run, timerEndsAt: Math.max(timerEndsAt ?? now, now) + move.minutes * 60_000 };
  }
  const target = move.type === "advance" ? index + 1 : index - 1;
  if (move.type === "advance" && index >= plan.items.length) return { refused: "finished" };
  if (move.type === "back" && target < 0) return { refused: "at-start" };
  const items = { ...run.items };
  const current = plan.items[index];
  const left = timerEndsAt === null ? 0 : Math.max(0, timerEndsAt - now);
  if (current && items[current.id])
    items[current.id] = { ...(items[current.id] as ItemRun), endedAt: now, leftMs: left };
  const next = plan.items[target];
  if (!next) return { run: { currentItemId: null, finishedAt: now, items }, timerEndsAt: null };
  const before = items[next.id];
  items[next.id] = { startedAt: before?.startedAt ?? now, endedAt: null, leftMs: null };
  // An item returned to goes on from the time it had left; a new one gets its planned minutes.
  const duration = before?.leftMs ?? next.minutes * 60_000;
  return { run: { currentItemId: next.id, finishedAt: null, items }, timerEndsAt: now + duration };
}

/** The plan as stored (checked when written), for reading it back. */
export const storedPlan = z.object({
  startsAt: z.string().nullable(),
  timeZone: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(agendaKinds),
      title: z.string(),
      minutes: z.number().int(),
      activity: z.enum(agendaActivities).nullable(),
      designers: z.array(z.string()),
    }),
  ),
});

export const storedRun = z.object({
  currentItemId: z.string().nullable(),
  finishedAt: z.number().nullable(),
  items: z.record(
    z.string(),
    z.object({ startedAt: z.number(), endedAt: z.number().nullable(), leftMs: z.number().nullable() }),
  ),
});

/** The agenda as every member sees it: the plan with each item's planned and actual times, and the gates. */
export const agendaView = z
  .object({
    version: z.number().int(),
    startsAt: z.string().nullable().openapi({ description: "local start in timeZone, e.g. 2026-10-13T09:00" }),
    startsAtUtc: z.string().nullable().openapi({ description: "the same instant in UTC (ISO 8601)" }),
    timeZone: z.string(),
    items: z.array(
      storedPlan.shape.items.element.extend({
        plannedStart: z
          .string()
          .nullable()
          .openapi({ description: "UTC instant, from the start and the minutes before" }),
        startedAt: z.number().nullable().openapi({ description: "when it first began, ms since the epoch" }),
        endedAt: z.number().nullable().openapi({ description: "when it was last left" }),
      }),
    ),
    currentItemId: z.string().nullable(),
    finishedAt: z.number().nullable(),
    votingOpen: z.boolean(),
    listLocked: z.boolean(),
  })
  .openapi("WorkshopAgenda");

export type AgendaView = z.infer<typeof agendaView>;

/** The stored plan and run as the members see them. */
export function toAgendaView(plan: AgendaPlan | null, run: AgendaRun | null, version: number): AgendaView | null {
  if (!plan) return null;
  const ran = run ?? notStarted;
  const startsAtUtc = plan.startsAt ? toInstant(plan.startsAt, plan.timeZone) : null;
  let offset = 0;
  const items = plan.items.map((item) => {
    const plannedStart = startsAtUtc ? new Date(Date.parse(startsAtUtc) + offset * 60_000).toISOString() : null;
    offset += item.minutes;
    const times = ran.items[item.id];
    return { ...item, plannedStart, startedAt: times?.startedAt ?? null, endedAt: times?.endedAt ?? null };
  });
  return {
    version,
    startsAt: plan.startsAt,
    startsAtUtc,
    timeZone: plan.timeZone,
    items,
    currentItemId: ran.currentItemId,
    finishedAt: ran.finishedAt,
    ...activityGates(plan, ran),
  };
}
