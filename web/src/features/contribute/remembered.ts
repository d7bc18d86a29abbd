/**
 * The proposals sent from this browser, so their private links are not lost with a closed tab.
 * Only this device keeps them; the server never learns which proposals belong together.
 */
const storageKey = "atlas.proposals";

export interface RememberedProposal {
  id: string;
  secret: string;
  title: string;
  sentAt: string;
}

export function rememberedProposals(): RememberedProposal[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? "[]");
    return Array.isArray(parsed) ? (parsed as RememberedProposal[]) : [];
  } catch {
    return [];
  }
}

export function rememberProposal(proposal: RememberedProposal) {
  const others = rememberedProposals().filter((p) => p.id !== proposal.id);
  try {
    window.localStorage.setItem(storageKey, JSON.stringify([proposal, ...others].slice(0, 50)));
  } catch {
    // Not remembered here; the link shown is still the way back.
  }
}
