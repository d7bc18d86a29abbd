/**
 * Every stakeholder and currency initiative of the real data, as a Murmurations profile, validated
 * against the published schemas (fixtures/murmurations, copied from the Murmurations library).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readAtlasData } from "@atlas/db/data-files";
import { openTestDatabase } from "@atlas/db/testing";
import { Ajv } from "ajv";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { currenciesSchema, organizationsSchema } from "./murmurations.ts";

const fixtures = fileURLToPath(new URL("./fixtures/murmurations/", import.meta.url));
const library = "https://test-library.murmurations.network/v2/";

/** The schemas with their fields registered where their `$ref`s point (see fixtures/SOURCE.md). */
function validators() {
  // The library's schemas carry keywords of their own (enumNames, metadata, context), so not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const file of readdirSync(join(fixtures, "fields"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(fixtures, "fields", file), "utf8")), `${library}fields/${file}`);
  }
  const compile = (name: string) => {
    const schema = JSON.parse(readFileSync(join(fixtures, "schemas", `${name}.json`), "utf8"));
    schema.$schema = undefined;
    return ajv.compile(schema);
  };
  return { organization: compile(organizationsSchema), currency: compile(currenciesSchema) };
}

let request: (path: string) => Promise<Response>;
let stakeholderIds: string[];
let currencyIds: string[];
beforeAll(async () => {
  const db = await openTestDatabase(await readAtlasData());
  const app = createApp();
  request = (path) => Promise.resolve(app.request(path, {}, { db }));
  stakeholderIds = (await db.all<{ id: string }>(sql`SELECT id FROM stakeholders ORDER BY id`)).map((r) => r.id);
  currencyIds = (await db.all<{ id: string }>(sql`SELECT id FROM currencies ORDER BY id`)).map((r) => r.id);
}, 120_000);

describe("Murmurations profiles of the atlas's data", () => {
  const { organization, currency } = validators();

  it("validates every stakeholder against organizations_schema-v1.0.0", async () => {
    expect(stakeholderIds.length).toBeGreaterThan(100);
    const invalid: unknown[] = [];
    for (const id of stakeholderIds) {
      const res = await request(`/api/murmurations/stakeholders/${id}`);
      const profile = await res.json();
      if (!organization(profile)) invalid.push({ id, errors: organization.errors });
    }
    expect(invalid).toEqual([]);
  }, 120_000);

  it("validates every currency initiative against complementary_currencies-v2.0.0", async () => {
    expect(currencyIds.length).toBeGreaterThan(30);
    const invalid: unknown[] = [];
    for (const id of currencyIds) {
      const profile = await (await request(`/api/murmurations/currencies/${id}`)).json();
      if (!currency(profile)) invalid.push({ id, errors: currency.errors });
    }
    expect(invalid).toEqual([]);
  }, 120_000);

  it("maps a time bank's model, movement and unit of account, and nothing it cannot know", async () => {
    const profile = (await (
      await request("/api/murmurations/currencies/agia-varvara-time-bank-currency")
    ).json()) as Record<string, unknown>;
    expect(profile).toMatchObject({
      linked_schemas: [currenciesSchema],
      monetary_model: "points",
      movement: "timebank",
      unit_of_account_type: "time",
    });
    expect(profile.num_users_year).toBeUndefined();
  });

  it("rejects a profile the schema would not take, so the check can fail", () => {
    expect(currency({ linked_schemas: [currenciesSchema], name: "No address" })).toBe(false);
    expect(organization({ linked_schemas: [organizationsSchema], name: "X", country_iso_3166: "Narnia" })).toBe(false);
  });

  it("answers 404 for an unknown record", async () => {
    expect((await request("/api/murmurations/stakeholders/nobody")).status).toBe(404);
  });
});
