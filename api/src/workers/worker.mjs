// The entry of every worker thread. Worker threads do not inherit the tsx loader the server runs
// under, so each registers it before importing the TypeScript tasks.
import { register } from "tsx/esm/api";

register();
const { runInWorker } = await import("./tasks.ts");

export default runInWorker;
