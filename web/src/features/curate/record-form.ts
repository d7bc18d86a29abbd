/**
 * A record's document as a form: one entry per top-level field, text for words and numbers, JSON
 * for lists and objects (participants, relationships, translations), so a curator edits labelled
 * fields rather than one block of JSON. `toDocument` reads the entries back, field by field.
 */

export type FormEntry =
  | { field: string; kind: "text" | "longText"; text: string }
  | { field: string; kind: "number"; text: string }
  | { field: string; kind: "json"; text: string };

/** Fields that hold sentences, shown as text areas. */
const longTexts = new Set(["summary", "description", "outcomes", "lessons", "locationNote", "startNote", "launchNote"]);

export function toFormEntries(doc: Record<string, unknown>): FormEntry[] {
  return Object.entries(doc).map(([field, value]): FormEntry => {
    if (typeof value === "number") return { field, kind: "number", text: String(value) };
    if (typeof value === "string")
      return { field, kind: longTexts.has(field) || value.length > 120 ? "longText" : "text", text: value };
    return { field, kind: "json", text: JSON.stringify(value, null, 2) };
  });
}

export type ReadDocument = { doc: Record<string, unknown>; problems: Record<string, string> };

/**
 * The document the entries say: an emptied field is left out (a field no source gives stays empty),
 * a number must read as one, JSON must parse. Problems are by field, in the words `say` gives.
 */
export function toDocument(
  entries: FormEntry[],
  say: { notNumber: string; notJson: (message: string) => string },
): ReadDocument {
  const doc: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const e of entries) {
    const text = e.text.trim();
    if (text === "" && e.field !== "id") continue;
    if (e.kind === "number") {
      const n = Number(text.replace(",", "."));
      if (Number.isFinite(n)) doc[e.field] = n;
      else problems[e.field] = say.notNumber;
    } else if (e.kind === "json") {
      try {
        doc[e.field] = JSON.parse(text);
      } catch (error) {
        problems[e.field] = say.notJson((error as Error).message);
      }
    } else doc[e.field] = e.kind === "text" ? text : e.text.trim();
  }
  return { doc, problems };
}

/** The field a server error is about: `doc.participants.2.role` → `participants`. */
export function toEntryField(path: string): string | undefined {
  const [root, field] = path.split(".");
  return root === "doc" && field ? field : undefined;
}
