/**
 * The whole domain in one drizzle schema: cases, stakeholders, their participation and
 * relationships, complementary currencies, sources and controlled vocabularies.
 * Full-text (FTS5) and spatial (R*Tree) indexes are SQL-only and live in a custom migration.
 */
import { sql } from "drizzle-orm";
import { foreignKey, index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const locales = ["en", "es", "fr", "ar", "it", "el"] as const;
export type Locale = (typeof locales)[number];

/** Vocabulary schemes: every many-valued typology and every typed link draws its keys from one. */
export const schemes = [
  "phase",
  "level",
  "collaborationType",
  "policyDomain",
  "need",
  "doughnutDimension",
  "sseForm",
  "stakeholderType",
  "role",
  "relationshipType",
  "currencyModel",
  "currencyGovernance",
] as const;
export type Scheme = (typeof schemes)[number];

/** The schemes a case is coded with, many values each. */
export const caseSchemes = [
  "phase",
  "level",
  "collaborationType",
  "policyDomain",
  "need",
  "doughnutDimension",
  "sseForm",
] as const satisfies readonly Scheme[];
export type CaseScheme = (typeof caseSchemes)[number];

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
    index("cases_title_idx").on(t.title),
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
    index("case_terms_term_idx").on(t.scheme, t.key),
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
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
