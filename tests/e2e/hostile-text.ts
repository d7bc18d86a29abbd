/**
 * Text chosen to break pages: an address longer than a phone is wide, a word of thousands of
 * letters, a right-to-left override, emoji sequences and markup. Each field gets as much as its
 * API limit allows, so a page that shows it faces the worst case.
 */
const url = `https://example.org/${"very-long-path-segment/".repeat(8)}?ref=${"x".repeat(60)}`;
const rtlOverride = "\u202Egnp.exe\u202C";
const emoji = "🧑🏽‍🤝‍🧑🏻🏳️‍🌈👩‍👩‍👧‍👦".repeat(6);
const markup = '<img src=x onerror="alert(1)"><b>bold</b>';

/**
 * Hostile text of at most `max` characters: every hazard, then one unbroken word to fill the rest.
 * Without `overrides` it leaves out the bidirectional override, which curated records refuse outright.
 */
export function hostileText(max: number, overrides = true): string {
  const hazards = `${url} ${overrides ? `${rtlOverride} ` : ""}${emoji} ${markup} `;
  return (hazards + "W".repeat(Math.max(0, max - hazards.length))).slice(0, max);
}

export const hostileUrl = url;

/** Reads how far a page scrolls sideways beyond its window, in CSS pixels (0 when it does not). */
export const sidewaysOverflow = () =>
  Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;
