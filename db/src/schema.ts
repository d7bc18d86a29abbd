/**
 * The whole domain in one drizzle schema: cases, stakeholders, their participation and
 * relationships, complementary currencies, sources and controlled vocabularies, and the
 * workshops where groups co-design recommendation lists backed by cases.
 * Full-text (FTS5) and spatial (R*Tree) indexes are SQL-only and live in a custom migration.
 */
import { sql } from "drizzle-orm";
import { foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { nowSql } from "./sql.ts";
import { locales, schemes, workshopPhases } from "./vocabulary.ts";

export {
  caseSchemes,
  type Locale,
  locales,
  type Scheme,
  schemes,
  type WorkshopPhase,
  workshopPhases,
} from "./vocabulary.ts";

export const caseStatuses = ["active", "ended", "planned"] as const;
export const scales = ["neighbourhood", "municipal", "regional", "national", "cross-border"] as const;
export const locationPrecisions = ["site", "city", "region", "country"] as const;
export const currencyStatuses = ["active", "ended", "planned", "suspended"] as const;
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
    endYear: integer("end_year"),
    status: text("status", { enum: caseStatuses }),
    statusYear: integer("status_year"),
    scale: text("scale", { enum: scales }),
    outcomes: text("outcomes"),
    lessons: text("lessons"),
    codedBy: text("coded_by"),
  },
  (t) => [
    index("cases_country_idx").on(t.country),
    index("cases_start_year_idx").on(t.startYear),
    // Lists sort by title without regard to case: an index in that collation serves the first page.
    index("cases_title_idx").on(sql`${t.title} COLLATE NOCASE`),
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
    endYear: integer("end_year"),
    status: text("status", { enum: currencyStatuses }),
    statusYear: integer("status_year"),
    model: text("model"),
    unitOfAccount: text("unit_of_account"),
    convertibility: text("convertibility", { enum: convertibilities }),
    backing: text("backing"),
    demurrage: text("demurrage"),
    issuance: text("issuance"),
    governance: text("governance"),
    legalForm: text("legal_form"),
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

/** Key-value facts about the database itself, such as the hash of the seeded data. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at").notNull().default(nowSql),
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
