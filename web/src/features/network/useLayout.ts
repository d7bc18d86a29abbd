import { useEffect, useMemo, useState } from "react";
import { computeLayout, type LayoutInput, type LayoutResult } from "./layout.ts";
import { measureLabel } from "./measure.ts";
import { type Scene, toLinks } from "./scene.ts";

/** One seed for every layout: the same network is always drawn the same way. */
export const layoutSeed = 20240917;

/** Up to this many nodes, a layout takes a few milliseconds: done at once, with no worker to start. */
const inlineLimit = 60;

/**
 * The view's shape in coarse steps, so a drawing is laid out again when a phone turns, not at every
 * pixel of a resize.
 */
export const toAspect = (width: number, height: number) =>
  width > 0 ? Math.round(Math.min(3, Math.max(1 / 3, height / width)) * 4) / 4 : 1;

/** The scene's layout: at once for a small network, else in a worker (null until it arrives). */
export function useLayout(scene: Scene, aspect = 1): LayoutResult | null {
  const input = useMemo<LayoutInput>(
    () => ({
      nodes: scene.nodes.map((n) => ({ radius: n.radius, labelWidth: measureLabel(n.shortLabel) })),
      links: toLinks(scene),
      seed: layoutSeed,
      aspect,
    }),
    [scene, aspect],
  );
  const inline = useMemo(() => (input.nodes.length <= inlineLimit ? computeLayout(input) : null), [input]);
  const [result, setResult] = useState<{ input: LayoutInput; layout: LayoutResult } | null>(null);
  useEffect(() => {
    if (input.nodes.length <= inlineLimit) return;
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<LayoutResult>) => setResult({ input, layout: event.data });
    worker.postMessage(input);
    return () => worker.terminate();
  }, [input]);
  return inline ?? (result?.input === input ? result.layout : null);
}
