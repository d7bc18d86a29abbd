/**
 * The timeline's data: each initiative as a bar from its launch to its end (or to now while it is
 * still reported active), grouped by country or monetary model. Initiatives without a known launch
 * year cannot be placed and are counted apart.
 */
export interface TimelineItem {
  id: string;
  name: string;
  country: string;
  model: string | null;
  launchYear: number | null;
  endYear: number | null;
  status: string | null;
}

export interface Bar {
  id: string;
  name: string;
  start: number;
  end: number;
  /** No end year and not reported ended: the bar runs to the current year. */
  open: boolean;
  /** Reported ended but without an end year: only the launch is known. */
  endUnknown: boolean;
}

export interface Timeline {
  groups: { key: string; bars: Bar[] }[];
  unplaced: number;
  domain: [number, number];
}

export function toTimeline(items: TimelineItem[], groupBy: "country" | "model", currentYear: number): Timeline {
  const placed = items.filter((i): i is TimelineItem & { launchYear: number } => i.launchYear !== null);
  const groups = new Map<string, Bar[]>();
  for (const item of placed) {
    const key = (groupBy === "country" ? item.country : item.model) ?? "";
    const ended = item.status === "ended";
    const bar: Bar = {
      id: item.id,
      name: item.name,
      start: item.launchYear,
      end: item.endYear ?? (ended ? item.launchYear : currentYear),
      open: item.endYear === null && !ended,
      endUnknown: item.endYear === null && ended,
    };
    groups.set(key, [...(groups.get(key) ?? []), bar]);
  }
  const ordered = [...groups.entries()]
    .map(([key, bars]) => ({ key, bars: bars.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name)) }))
    .sort((a, b) => b.bars.length - a.bars.length || a.key.localeCompare(b.key));
  const starts = placed.map((i) => i.launchYear);
  const domain: [number, number] = starts.length ? [Math.min(...starts), currentYear] : [currentYear - 1, currentYear];
  return { groups: ordered, unplaced: items.length - placed.length, domain };
}
