import type { ReactNode } from "react";

/** A text with the words a search matched marked (ranges from the API, [start, end) offsets). */
export function Highlighted({ text, ranges = [] }: { text: string; ranges?: [number, number][] }) {
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
