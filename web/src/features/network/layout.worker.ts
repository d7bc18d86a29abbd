/** Runs the layout off the main thread, so the page stays responsive while thousands of nodes settle. */
import { computeLayout, type LayoutInput } from "./layout.ts";

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const result = computeLayout(event.data);
  (self as unknown as Worker).postMessage(result, [result.x.buffer, result.y.buffer]);
};
