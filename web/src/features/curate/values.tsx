/** How a record's values read in the review: text as given (never HTML), links as text with their domain. */
import { domainOf } from "../contribute/sources-draft.ts";

export function Value({ value }: { value: unknown }) {
  if (value === undefined || value === null || value === "") return <span className="muted">—</span>;
  if (typeof value === "string") {
    return /^https?:\/\//.test(value) ? <LinkText url={value} /> : <span className="value-text">{value}</span>;
  }
  if (typeof value === "number" || typeof value === "boolean") return <span>{String(value)}</span>;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return <span>{value.join(", ")}</span>;
  // JSON reads left to right in every language; bidi reordering would flip its brackets.
  return (
    <pre className="value-json" dir="ltr">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** A contributed address, readable before anyone follows it; followed without passing on who sent us. */
export function LinkText({ url }: { url: string }) {
  return (
    <span className="link-text">
      <a href={url} rel="noopener noreferrer nofollow ugc" target="_blank">
        {url}
      </a>{" "}
      <span className="muted">({domainOf(url)})</span>
    </span>
  );
}
