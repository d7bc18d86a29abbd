/** The columns of a source as every record's citations return it (the `Source` of the API). */
import * as t from "@atlas/db/schema";

export const sourceColumns = {
  id: t.sources.id,
  url: t.sources.url,
  title: t.sources.title,
  publisher: t.sources.publisher,
  year: t.sources.year,
  accessed: t.sources.accessed,
};
