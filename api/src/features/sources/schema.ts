/**
 * A source as every record's citations give it: one zod shape (the `Source` of the API, derived
 * from the table) and the columns a query selects for it, so both follow the table.
 */
import * as t from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { createSchemaFactory } from "drizzle-zod";

const { createSelectSchema } = createSchemaFactory({ zodInstance: z });

export const sourceColumns = {
  id: t.sources.id,
  url: t.sources.url,
  title: t.sources.title,
  publisher: t.sources.publisher,
  year: t.sources.year,
  accessed: t.sources.accessed,
};

export const sourceRef = createSelectSchema(t.sources)
  .pick({ id: true, url: true, title: true, publisher: true, year: true, accessed: true })
  .openapi("Source");
