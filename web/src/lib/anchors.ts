/** The id of a term's entry on the concepts page, shared by its links and the entry itself. */
export function termAnchor(scheme: string, key: string): string {
  return `${scheme}-${key}`;
}
