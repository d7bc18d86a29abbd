/**
 * The whole domain in one drizzle schema: cases, stakeholders, their participation and
 * relationships, complementary currencies, sources and controlled vocabularies, and the
 * workshops where groups co-design recommendation lists backed by cases.
 * Full-text (FTS5) and spatial (R*Tree) indexes are SQL-only and live in a custom migration.
 */
import { sql } from "drizzle-orm";
import {
  blob,
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { nowSql } from "./sql.ts";
import {
  caseStatuses,
  currencyStatuses,
  locales,
  proposalStatuses,
  recordKinds,
  scales,
  schemes,
  workshopPhases,
} from "./vocabulary.ts";

export {
  type CaseScheme,
  caseSchemes,
  caseStatuses,
  currencyStatuses,
  type Locale,
  locales,
  proposalStatuses,
  recordKinds,
  type Scheme,
  scales,
  schemes,
  type TranslationLocale,
  translationLocales,
  type WorkshopPhase,
  workshopPhases,
} from "./vocabulary.ts";

export const locationPrecisions = ["site", "city", "region", "country"] as const;
export const convertibilities = ["convertible", "one-way", "non-convertible"] as const;
export const figureMetrics = [
  "members",
  "individualMembers",
  "businesses",
  "volumeInCirculation",
  "volumeTransacted",
  "transactionsPerYear",
] as const;

export const sources = sqliteTable("sources", {
  id: text("id").primaryKey(),
  url: text("url").notNull().unique(),
  title: text("title").notNull(),
  publisher: text("publisher"),
  year: integer("year"),
  accessed: text("accessed"),
  language: text("language"),
  /** Order in data/sources.json (contributed sources follow), so an export writes the file back unchanged. */
  position: integer("position").notNull().default(0),
  /** The record as its data file holds it (JSON text), for the same reason. */
  doc: text("doc"),
});

export const terms = sqliteTable(
  "terms",
  {
    scheme: text("scheme", { enum: schemes }).notNull(),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    sourceId: text("source_id").references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.scheme, t.key] })],
);

export const termLabels = sqliteTable(
  "term_labels",
  {
    scheme: text("scheme", { enum: schemes }).notNull(),
    key: text("key").notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    label: text("label").notNull(),
    definition: text("definition"),
  },
  (t) => [
    primaryKey({ columns: [t.scheme, t.key, t.locale] }),
    foreignKey({ columns: [t.scheme, t.key], foreignColumns: [terms.scheme, terms.key] }).onDelete("cascade"),
  ],
);

export const cases = sqliteTable(
  "cases",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    description: text("description"),
    country: text("country").notNull(),
    region: text("region"),
    city: text("city"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    locationPrecision: text("location_precision", { enum: locationPrecisions }),
    locationNote: text("location_note"),
    framework: integer("framework", { mode: "boolean" }).notNull().default(false),
    startYear: integer("start_year"),
    startNote: text("start_note"),
    startSourceId: text("start_source_id").references(() => sources.id),
    endYear: integer("end_year"),
    endSourceId: text("end_source_id").references(() => sources.id),
    status: text("status", { enum: caseStatuses }),
    statusYear: integer("status_year"),
    statusSourceId: text("status_source_id").references(() => sources.id),
    scale: text("scale", { enum: scales }),
    outcomes: text("outcomes"),
    /** JSON array of source ids: a text can draw on several pages, and only the case page reads them. */
    outcomesSourceIds: text("outcomes_source_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    lessons: text("lessons"),
    lessonsSourceIds: text("lessons_source_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    codedBy: text("coded_by"),
    /** JSON array of `{ case, note? }`: other records of the same initiative (a pilot and the site it grew on). */
    relatedCases: text("related_cases", { mode: "json" })
      .$type<{ case: string; note?: string }[]>()
      .notNull()
      .default([]),
    /** The title as lists sort it (sort-key.ts): no leading quotes, accents folded, lower case. */
    sortTitle: text("sort_title").notNull().default(""),
    /** The language the record's texts are written in; translations are of this text. */
    language: text("language", { enum: locales }).notNull().default("en"),
  },
  (t) => [
    index("cases_country_idx").on(t.country),
    // One country's list in title order, read in order (at 1M cases one country sorted 163k rows).
    index("cases_country_title_idx").on(t.country, t.sortTitle),
    index("cases_start_year_idx").on(t.startYear),
    // Lists sort by the title's sort key (sort-key.ts): an index on it serves the first page.
    index("cases_title_idx").on(t.sortTitle),
  ],
);

/** Many-valued typology of a case: one row per (case, scheme, term). */
export const caseTerms = sqliteTable(
  "case_terms",
  {
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    scheme: text("scheme", { enum: schemes }).notNull(),
    key: text("key").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.scheme, t.key] }),
    foreignKey({ columns: [t.scheme, t.key], foreignColumns: [terms.scheme, terms.key] }),
    // Covering (scheme, key, case_id): facet counts and term filters read the index alone.
    index("case_terms_term_idx").on(t.scheme, t.key, t.caseId),
  ],
);

export const stakeholders = sqliteTable(
  "stakeholders",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    sseForm: text("sse_form"),
    country: text("country"),
    city: text("city"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    website: text("website"),
    description: text("description"),
    /** The language the record's texts are written in; translations are of this text. */
    language: text("language", { enum: locales }).notNull().default("en"),
  },
  (t) => [index("stakeholders_name_idx").on(t.name), index("stakeholders_type_idx").on(t.type)],
);

export const participations = sqliteTable(
  "participations",
  {
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    stakeholderId: text("stakeholder_id")
      .notNull()
      .references(() => stakeholders.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.stakeholderId, t.role] }),
    index("participations_stakeholder_idx").on(t.stakeholderId),
  ],
);

export const relationships = sqliteTable(
  "relationships",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fromId: text("from_id")
      .notNull()
      .references(() => stakeholders.id, { onDelete: "cascade" }),
    toId: text("to_id")
      .notNull()
      .references(() => stakeholders.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    directed: integer("directed", { mode: "boolean" }).notNull().default(true),
    startYear: integer("start_year"),
    endYear: integer("end_year"),
    basis: text("basis"),
    planned: integer("planned", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("relationships_case_idx").on(t.caseId)],
);

export const currencies = sqliteTable(
  "currencies",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    summary: text("summary"),
    country: text("country").notNull(),
    region: text("region"),
    city: text("city"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    locationPrecision: text("location_precision", { enum: locationPrecisions }),
    launchYear: integer("launch_year"),
    launchNote: text("launch_note"),
    launchSourceId: text("launch_source_id").references(() => sources.id),
    endYear: integer("end_year"),
    endSourceId: text("end_source_id").references(() => sources.id),
    status: text("status", { enum: currencyStatuses }),
    statusYear: integer("status_year"),
    statusSourceId: text("status_source_id").references(() => sources.id),
    model: text("model"),
    unitOfAccount: text("unit_of_account"),
    convertibility: text("convertibility", { enum: convertibilities }),
    backing: text("backing"),
    demurrage: text("demurrage"),
    issuance: text("issuance"),
    governance: text("governance"),
    legalForm: text("legal_form"),
    /** The language the record's texts are written in; translations are of this text. */
    language: text("language", { enum: locales }).notNull().default("en"),
  },
  (t) => [index("currencies_country_idx").on(t.country)],
);

/** A figure is only what one source states, for one year; conflicting figures stay separate rows. */
export const currencyFigures = sqliteTable("currency_figures", {
  // A rowid alias without AUTOINCREMENT, so re-seeding the same figures gives them the same ids.
  id: integer("id").primaryKey(),
  currencyId: text("currency_id")
    .notNull()
    .references(() => currencies.id, { onDelete: "cascade" }),
  metric: text("metric", { enum: figureMetrics }).notNull(),
  value: real("value").notNull(),
  unit: text("unit"),
  year: integer("year").notNull(),
  note: text("note"),
  sourceId: text("source_id")
    .notNull()
    .references(() => sources.id),
});

export const currencyCases = sqliteTable(
  "currency_cases",
  {
    currencyId: text("currency_id")
      .notNull()
      .references(() => currencies.id, { onDelete: "cascade" }),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.currencyId, t.caseId] }), index("currency_cases_case_idx").on(t.caseId)],
);

export const currencyStakeholders = sqliteTable(
  "currency_stakeholders",
  {
    currencyId: text("currency_id")
      .notNull()
      .references(() => currencies.id, { onDelete: "cascade" }),
    stakeholderId: text("stakeholder_id")
      .notNull()
      .references(() => stakeholders.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.currencyId, t.stakeholderId, t.role] })],
);

const citation = (name: string, entity: "case" | "stakeholder" | "relationship" | "currency") => {
  const parent = { case: cases, stakeholder: stakeholders, relationship: relationships, currency: currencies }[entity];
  return sqliteTable(
    name,
    {
      entityId: text(`${entity}_id`)
        .notNull()
        .references(() => parent.id, { onDelete: "cascade" }),
      sourceId: text("source_id")
        .notNull()
        .references(() => sources.id),
    },
    (t) => [primaryKey({ columns: [t.entityId, t.sourceId] }), index(`${name}_source_idx`).on(t.sourceId)],
  );
};

/** Which sources support each record: every case, stakeholder, relationship and currency has some. */
export const caseSources = citation("case_sources", "case");
export const stakeholderSources = citation("stakeholder_sources", "stakeholder");
export const relationshipSources = citation("relationship_sources", "relationship");
export const currencySources = citation("currency_sources", "currency");

/**
 * The programme's journey as data/journey.json holds it (JSON text), after the seed checked every case,
 * term and source it names; the seed replaces it as a whole (docs/decisions/007-journey-in-the-database.md).
 */
export const journeys = sqliteTable("journeys", {
  id: text("id").primaryKey(),
  doc: text("doc").notNull(),
});

/** Key-value facts about the database itself, such as the hash of the seeded data. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at").notNull().default(nowSql),
});

/**
 * One counter that grows with every change to the published data (records, their links, sources and
 * vocabularies), kept in step by triggers so that no writer can forget it. Caches and ETags of public
 * reads key on it; every API process sees the same value.
 */
export const dataVersion = sqliteTable("data_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
});

export const memberRoles = ["facilitator", "participant"] as const;
export type MemberRole = (typeof memberRoles)[number];
export const workshopStatuses = ["open", "closed"] as const;

const now = nowSql;

/**
 * A live session. The join code is stored as its SHA-256 only. `write_id` columns here and below
 * name the request that last changed a row, so the later statements of one atomic batch can tell
 * whether its guarded first statement applied.
 */
export const workshops = sqliteTable("workshops", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  territory: text("territory").notNull().default(""),
  challenge: text("challenge").notNull().default(""),
  language: text("language", { enum: locales }).notNull(),
  dotsPerMember: integer("dots_per_member").notNull(),
  votesHidden: integer("votes_hidden", { mode: "boolean" }).notNull().default(false),
  status: text("status", { enum: workshopStatuses }).notNull().default("open"),
  timerEndsAt: integer("timer_ends_at"),
  timerLabel: text("timer_label"),
  joinCodeHash: text("join_code_hash").notNull().unique(),
  version: integer("version").notNull().default(1),
  writeId: text("write_id"),
  /** The id of the newest event of this workshop pruned from the feed: a client behind it must reload. */
  eventsPrunedThrough: integer("events_pruned_through").notNull().default(0),
  /**
   * The session's agenda as planned (start, time zone, items: JSON checked by the API), versioned
   * on its own so the facilitator's agenda edits and settings edits do not conflict; null: none.
   */
  agenda: text("agenda"),
  agendaVersion: integer("agenda_version").notNull().default(1),
  /** The agenda as run (current item, actual times, JSON): changed by advancing, going back, extending. */
  agendaRun: text("agenda_run"),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
});

/**
 * Everyone in a workshop; each holds a secret link whose SHA-256 is all that is stored. A member the
 * facilitator removed keeps their row (their contributions stay attributed) but not their access.
 */
export const workshopMembers = sqliteTable(
  "workshop_members",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role", { enum: memberRoles }).notNull(),
    secretHash: text("secret_hash").notNull().unique(),
    createdAt: text("created_at").notNull().default(now),
    removedAt: text("removed_at"),
    removedBy: text("removed_by"),
    writeId: text("write_id"),
  },
  (t) => [index("workshop_members_workshop_idx").on(t.workshopId)],
);

/** A phase the facilitator has ended: its steps can no longer be edited, moved or voted on. */
export const workshopPhaseLocks = sqliteTable(
  "workshop_phase_locks",
  {
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    phase: text("phase", { enum: workshopPhases }).notNull(),
    lockedBy: text("locked_by")
      .notNull()
      .references(() => workshopMembers.id),
    lockedAt: text("locked_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.phase] })],
);

export const workshopLists = sqliteTable(
  "workshop_lists",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by")
      .notNull()
      .references(() => workshopMembers.id),
    createdAt: text("created_at").notNull().default(now),
    updatedBy: text("updated_by")
      .notNull()
      .references(() => workshopMembers.id),
    updatedAt: text("updated_at").notNull().default(now),
    removedAt: text("removed_at"),
    removedBy: text("removed_by").references(() => workshopMembers.id),
    writeId: text("write_id"),
  },
  (t) => [index("workshop_lists_workshop_idx").on(t.workshopId)],
);

/** A step of a recommendation list. `version` grows with every content change (optimistic concurrency). */
export const workshopItems = sqliteTable(
  "workshop_items",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    listId: text("list_id")
      .notNull()
      .references(() => workshopLists.id, { onDelete: "cascade" }),
    position: real("position").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    phase: text("phase", { enum: workshopPhases }).notNull(),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by")
      .notNull()
      .references(() => workshopMembers.id),
    createdAt: text("created_at").notNull().default(now),
    updatedBy: text("updated_by")
      .notNull()
      .references(() => workshopMembers.id),
    updatedAt: text("updated_at").notNull().default(now),
    removedAt: text("removed_at"),
    removedBy: text("removed_by").references(() => workshopMembers.id),
    mergedInto: text("merged_into"),
    writeId: text("write_id"),
  },
  (t) => [
    index("workshop_items_list_idx").on(t.listId, t.position),
    index("workshop_items_workshop_idx").on(t.workshopId),
  ],
);

/** Who is responsible for a step, by stakeholder type (keys of the stakeholderType vocabulary). */
export const workshopItemStakeholderTypes = sqliteTable(
  "workshop_item_stakeholder_types",
  {
    itemId: text("item_id")
      .notNull()
      .references(() => workshopItems.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.type] })],
);

/**
 * A case linked to a step as evidence, with why. The case's title and place are copied at link
 * time and the link survives the case leaving the data (SET NULL), so no workshop loses a step.
 */
export const workshopItemCases = sqliteTable(
  "workshop_item_cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: text("item_id")
      .notNull()
      .references(() => workshopItems.id, { onDelete: "cascade" }),
    caseId: text("case_id").references(() => cases.id, { onDelete: "set null" }),
    caseTitle: text("case_title").notNull(),
    caseCountry: text("case_country"),
    caseCity: text("case_city"),
    why: text("why").notNull().default(""),
    addedBy: text("added_by")
      .notNull()
      .references(() => workshopMembers.id),
    addedAt: text("added_at").notNull().default(now),
    removedAt: text("removed_at"),
    removedBy: text("removed_by").references(() => workshopMembers.id),
    writeId: text("write_id"),
  },
  (t) => [
    uniqueIndex("workshop_item_cases_item_case_idx").on(t.itemId, t.caseId),
    index("workshop_item_cases_case_idx").on(t.caseId),
  ],
);

export const workshopComments = sqliteTable(
  "workshop_comments",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    itemId: text("item_id")
      .notNull()
      .references(() => workshopItems.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => workshopMembers.id),
    body: text("body").notNull(),
    createdAt: text("created_at").notNull().default(now),
    removedAt: text("removed_at"),
    removedBy: text("removed_by").references(() => workshopMembers.id),
    writeId: text("write_id"),
  },
  (t) => [index("workshop_comments_item_idx").on(t.itemId)],
);

/**
 * Structured feedback on an agenda item (a webinar designed by participants) from a trainer or a
 * peer: what worked, what to change. `agenda_item_id` names an item of the workshop's agenda JSON.
 */
export const workshopFeedback = sqliteTable(
  "workshop_feedback",
  {
    id: text("id").primaryKey(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    agendaItemId: text("agenda_item_id").notNull(),
    memberId: text("member_id")
      .notNull()
      .references(() => workshopMembers.id),
    worked: text("worked").notNull().default(""),
    change: text("change").notNull().default(""),
    createdAt: text("created_at").notNull().default(now),
    removedAt: text("removed_at"),
    removedBy: text("removed_by").references(() => workshopMembers.id),
    writeId: text("write_id"),
  },
  (t) => [index("workshop_feedback_workshop_idx").on(t.workshopId, t.agendaItemId)],
);

/** A member's dots on a step; the sum over a member's steps never exceeds the workshop's budget. */
export const workshopVotes = sqliteTable(
  "workshop_votes",
  {
    itemId: text("item_id")
      .notNull()
      .references(() => workshopItems.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => workshopMembers.id, { onDelete: "cascade" }),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    dots: integer("dots").notNull(),
    updatedAt: text("updated_at").notNull().default(now),
    writeId: text("write_id"),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] }), index("workshop_votes_member_idx").on(t.memberId)],
);

/** Every change to a step, attributed, with the step's content after it: nothing is overwritten unseen. */
export const workshopItemRevisions = sqliteTable(
  "workshop_item_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: text("item_id")
      .notNull()
      .references(() => workshopItems.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    memberId: text("member_id")
      .notNull()
      .references(() => workshopMembers.id),
    kind: text("kind").notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    detail: text("detail", { mode: "json" }),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("workshop_item_revisions_item_idx").on(t.itemId)],
);

/**
 * The change feed: one row per change, written in the same batch as the change. Ids grow in
 * commit order (SQLite has one writer), so a client resumes from the last id it saw and every API
 * process polling the table sees the same sequence.
 */
export const workshopEvents = sqliteTable(
  "workshop_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    payload: text("payload").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("workshop_events_workshop_idx").on(t.workshopId, t.id)],
);

/** Fixed-window request counters shared by every API process (join attempts, workshop creation). */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** The kinds of published record that can be proposed, curated, imported and restored. */
export type RecordKind = (typeof recordKinds)[number];
/** Where a record first came from. */
export const recordOrigins = ["data", "contribution", "import", "curator"] as const;
export type RecordOrigin = (typeof recordOrigins)[number];
/** What made a revision. */
export const revisionActions = [
  "seed",
  "create",
  "edit",
  "accept",
  "merge",
  "import",
  "restore",
  "undo",
  "delete",
] as const;
export type RevisionAction = (typeof revisionActions)[number];

export const curatorRoles = ["curator", "admin"] as const;
export type CuratorRole = (typeof curatorRoles)[number];

/** People who review contributions, edit records and import datasets; admins also manage curators. */
export const curators = sqliteTable("curators", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: curatorRoles }).notNull(),
  /** scrypt, as `scrypt$N$r$p$salt$hash` (base64url); null until the curator sets a password. */
  passwordHash: text("password_hash"),
  createdAt: text("created_at").notNull().default(now),
  createdBy: text("created_by"),
  removedAt: text("removed_at"),
});

/** A signed-in browser. Only the SHA-256 of the session token is stored; the CSRF token is not a secret of the same kind. */
export const curatorSessions = sqliteTable(
  "curator_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    curatorId: text("curator_id")
      .notNull()
      .references(() => curators.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (t) => [index("curator_sessions_curator_idx").on(t.curatorId)],
);

/** One-time links to set a password (a new curator, or an admin's reset); the SHA-256 of the token only. */
export const curatorTokens = sqliteTable("curator_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  curatorId: text("curator_id")
    .notNull()
    .references(() => curators.id, { onDelete: "cascade" }),
  expiresAt: integer("expires_at").notNull(),
  usedAt: integer("used_at"),
});

/** What curators did, for accountability: who, when, what, to which record. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    curatorId: text("curator_id").references(() => curators.id),
    action: text("action").notNull(),
    targetKind: text("target_kind"),
    targetId: text("target_id"),
    detail: text("detail", { mode: "json" }),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt)],
);

/**
 * Where every published record stands: its current revision (whose document, in the data-file format,
 * is the record), where it came from, and the hash of the data file the seed last applied, so that
 * re-seeding never reverts what curators and contributors changed. The tables above (cases,
 * stakeholders, …) are the queryable projection of the current documents.
 */
export const recordHeads = sqliteTable(
  "record_heads",
  {
    kind: text("kind", { enum: recordKinds }).notNull(),
    id: text("id").notNull(),
    /** The number of the current revision, which holds the current document; writes are guarded by it. */
    revision: integer("revision").notNull(),
    origin: text("origin", { enum: recordOrigins }).notNull(),
    /** The action of the current revision: only a record whose last change was the seed's follows its data file. */
    lastAction: text("last_action", { enum: revisionActions }).notNull(),
    seedHash: text("seed_hash"),
    /** The proposer's name as they gave it, when the record came from a contribution. */
    proposedBy: text("proposed_by"),
    reviewedBy: text("reviewed_by").references(() => curators.id),
    reviewedAt: text("reviewed_at"),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] })],
);

/** Every change to a published record, with the whole document after it: who, when, why. */
export const recordRevisions = sqliteTable(
  "record_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: recordKinds }).notNull(),
    recordId: text("record_id").notNull(),
    number: integer("number").notNull(),
    /** The document after the change; null when the change deleted the record. */
    doc: text("doc"),
    action: text("action", { enum: revisionActions }).notNull(),
    curatorId: text("curator_id").references(() => curators.id),
    proposalId: text("proposal_id"),
    batchId: text("batch_id"),
    reason: text("reason"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("record_revisions_record_idx").on(t.kind, t.recordId, t.number),
    index("record_revisions_batch_idx").on(t.batchId),
  ],
);

/**
 * A guard for batches: inserting 0 fails the CHECK and rolls the whole batch back, so a write can
 * stop itself when what it was based on changed meanwhile. Rows never outlive their batch.
 */
export const writeGuards = sqliteTable(
  "write_guards",
  {
    ok: integer("ok").notNull(),
  },
  (t) => [check("write_guard", sql`${t.ok} = 1`)],
);

/** A new record, a correction of one field, or a whole new version of a record (from its data file). */
export const proposalActions = ["create", "correct", "update"] as const;
export type ProposalAction = (typeof proposalActions)[number];
export type ProposalStatus = (typeof proposalStatuses)[number];

/**
 * Something proposed for the atlas: a new record (with the new stakeholders and sources it brings, as
 * data-file documents) or a correction of one field of a published record. Anyone may propose; the
 * proposer follows it through a private link whose SHA-256 is all that is stored.
 */
export const proposals = sqliteTable(
  "proposals",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: recordKinds }).notNull(),
    action: text("action", { enum: proposalActions }).notNull(),
    /** The record a correction is for, or the id a new record will take. */
    targetId: text("target_id").notNull(),
    /** The proposal itself, as JSON: the bundle of documents, or the correction. */
    body: text("body").notNull(),
    /** Where the proposal came from: the web form, a data-file change, or an import batch. */
    channel: text("channel", { enum: ["form", "data", "import"] }).notNull(),
    country: text("country"),
    status: text("status", { enum: proposalStatuses }).notNull().default("pending"),
    proposerName: text("proposer_name"),
    secretHash: text("secret_hash").unique(),
    /** The target's revision the correction was made against. */
    baseRevision: integer("base_revision"),
    batchId: text("batch_id"),
    version: integer("version").notNull().default(1),
    decidedBy: text("decided_by").references(() => curators.id),
    decidedAt: text("decided_at"),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    index("proposals_status_idx").on(t.status, t.createdAt),
    index("proposals_target_idx").on(t.kind, t.targetId),
    index("proposals_batch_idx").on(t.batchId),
  ],
);

/** The conversation on a proposal: curators' questions and decisions, the proposer's answers. */
export const proposalMessages = sqliteTable(
  "proposal_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    proposalId: text("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    author: text("author", { enum: ["curator", "proposer", "system"] }).notNull(),
    curatorId: text("curator_id").references(() => curators.id),
    kind: text("kind", { enum: ["question", "answer", "accepted", "rejected", "note"] }).notNull(),
    body: text("body").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("proposal_messages_proposal_idx").on(t.proposalId)],
);

/** A file uploaded for import, kept so the dry run and the import read the same bytes. */
export const importFiles = sqliteTable("import_files", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  content: blob("content", { mode: "buffer" }).notNull(),
  uploadedBy: text("uploaded_by").references(() => curators.id),
  createdAt: text("created_at").notNull().default(now),
});

/** One import: its rows land together (as proposals or published revisions) and can be undone together. */
export const importBatches = sqliteTable("import_batches", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: recordKinds }).notNull(),
  fileName: text("file_name").notNull(),
  publish: integer("publish", { mode: "boolean" }).notNull(),
  status: text("status", { enum: ["done", "undone"] }).notNull(),
  settings: text("settings", { mode: "json" }).notNull(),
  report: text("report", { mode: "json" }).notNull(),
  createdBy: text("created_by").references(() => curators.id),
  createdAt: text("created_at").notNull().default(now),
  undoneAt: text("undone_at"),
  undoneBy: text("undone_by").references(() => curators.id),
});

/** A named column and value mapping, saved to be used again for files from the same platform. */
export const importPresets = sqliteTable("import_presets", {
  name: text("name").primaryKey(),
  kind: text("kind", { enum: recordKinds }).notNull(),
  settings: text("settings", { mode: "json" }).notNull(),
  updatedBy: text("updated_by").references(() => curators.id),
  updatedAt: text("updated_at").notNull().default(now),
});

/** Who translated a record into a language, how, and whether someone fluent reviewed it. */
export const translationSets = sqliteTable(
  "translation_sets",
  {
    kind: text("kind", { enum: recordKinds }).notNull(),
    recordId: text("record_id").notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    translatedBy: text("translated_by").notNull(),
    method: text("method", { enum: ["human", "machine"] }).notNull(),
    reviewed: integer("reviewed", { mode: "boolean" }).notNull(),
    reviewedBy: text("reviewed_by"),
  },
  (t) => [primaryKey({ columns: [t.kind, t.recordId, t.locale] })],
);

/**
 * A record's strings in other languages, keyed by the English they translate (as in a PO file): a
 * translation applies where its English stands, so one that no longer matches is simply not used.
 * A gloss of a name has no English (`en` is empty) and names its field.
 */
export const translations = sqliteTable(
  "translations",
  {
    kind: text("kind", { enum: recordKinds }).notNull(),
    recordId: text("record_id").notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    field: text("field").notNull(),
    en: text("en").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.recordId, t.locale, t.en, t.field] })],
);
