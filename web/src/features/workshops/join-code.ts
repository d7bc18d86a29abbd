/**
 * The join code is shown once by the server (it keeps only a hash). The facilitator's own device
 * remembers it, so the workshop page can keep showing it for sharing during the session.
 */
const key = (workshopId: string) => `atlas.workshop.${workshopId}.code`;

export function storeJoinCode(workshopId: string, code: string): void {
  try {
    window.localStorage.setItem(key(workshopId), code);
  } catch {
    // Not remembered: a new code can be made from the facilitator controls.
  }
}

export function loadJoinCode(workshopId: string): string | undefined {
  try {
    return window.localStorage.getItem(key(workshopId)) ?? undefined;
  } catch {
    return undefined;
  }
}
