/** The seed's part for the journey: the checked file replaces what the database held, in the seed's batch. */
import type { Database } from "../client.ts";
import type { Statement } from "../records/statements.ts";
import * as t from "../schema.ts";
import type { AtlasData } from "./data-files.ts";

export function journeyStatements(db: Database, data: AtlasData): Statement[] {
  const journey = data.journey;
  return [
    db.delete(t.journeys),
    ...(journey ? [db.insert(t.journeys).values({ id: journey.id, doc: JSON.stringify(journey) })] : []),
  ];
}
