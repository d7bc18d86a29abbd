/**
 * The proposals sent from this browser, so their private links are not lost with a closed tab.
 * Only this device keeps them; the server never learns which proposals belong together.
 */
import { recall, remember } from "../../lib/storage.ts";

const storageKey = "atlas.proposals";

export interface RememberedProposal {
  id: string;
  secret: string;
  title: string;
  sentAt: string;
}

export function rememberedProposals(): RememberedProposal[] {
  try {
    const parsed: unknown = JSON.parse(recall(storageKey) ?? "[]");
    return Array.isArray(parsed) ? (parsed as RememberedProposal[]) : [];
  } catch {
    return [];
  }
}

export function rememberProposal(proposal: RememberedProposal) {
  const others = rememberedProposals().filter((p) => p.id !== proposal.id);
  // When storage is blocked nothing is remembered here; the link shown is still the way back.
  remember(storageKey, JSON.stringify([proposal, ...others].slice(0, 50)));
}
