/**
 * The join code is shown once by the server (it keeps only a hash). The facilitator's own device
 * remembers it, so the workshop page can keep showing it for sharing during the session; if the
 * device cannot, a new code can be made from the facilitator controls.
 */
import { recall, remember } from "../../lib/storage.ts";

const key = (workshopId: string) => `atlas.workshop.${workshopId}.code`;

export const storeJoinCode = (workshopId: string, code: string) => remember(key(workshopId), code);
export const loadJoinCode = (workshopId: string) => recall(key(workshopId));
