/**
 * A member's secret lives in their personal link, after `#k=`: a fragment never reaches a server or
 * its logs. On arrival it moves into localStorage (so a reload keeps the identity) and leaves the
 * address bar (so a screenshot or a shared screen does not show it).
 */
import { forget, recall, remember } from "../../lib/storage.ts";

const storageKey = (workshopId: string) => `atlas.workshop.${workshopId}`;

/** The secret carried by a link's fragment (`#k=…`), if any. */
export function parseSecretFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get("k");
  return value && /^[A-Za-z0-9_-]{16,200}$/.test(value) ? value : undefined;
}

/** The personal link of a member: open it on another device to be the same member there. */
export function toMemberLink(origin: string, workshopId: string, secret: string): string {
  return `${origin}/w/${encodeURIComponent(workshopId)}#k=${secret}`;
}

/** Without storage, the link still works for this visit. */
export const storeSecret = (workshopId: string, secret: string) => remember(storageKey(workshopId), secret);
export const loadSecret = (workshopId: string) => recall(storageKey(workshopId));
/** Forgets the secret, e.g. after the server says this member does not exist (anymore). */
export const forgetSecret = (workshopId: string) => forget(storageKey(workshopId));

/** Takes the secret from the address (storing it and removing it from the bar), else from storage. */
export function takeSecret(workshopId: string): string | undefined {
  const fromLink = parseSecretFragment(window.location.hash);
  if (fromLink) {
    storeSecret(workshopId, fromLink);
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    return fromLink;
  }
  return loadSecret(workshopId);
}

export const authorization = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });
