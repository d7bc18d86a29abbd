/**
 * d3-zoom (wheel, pinch, drag on the background) and d3-drag (drag on a node) on one element. Each
 * leaves the other's gestures alone: zoom ignores presses on a node, drag starts only on one.
 */
import { drag } from "d3-drag";
import { select } from "d3-selection";
import { type ZoomBehavior, zoom, zoomIdentity } from "d3-zoom";
import { type RefObject, useEffect, useMemo, useRef } from "react";
import type { Transform } from "./geometry.ts";

interface Options {
  /** The node under a pointer event, if any. */
  nodeAt: (event: Event) => number | undefined;
  transformRef: RefObject<Transform>;
  onTransform: (t: Transform) => void;
  onDrag: (index: number, x: number, y: number) => void;
  /** "modifier": the wheel zooms only with Ctrl or ⌘ (and pinch), so the page still scrolls past. */
  wheel: "free" | "modifier";
}

export interface ZoomControls {
  set: (t: Transform) => void;
  scaleBy: (factor: number) => void;
  centreOn: (x: number, y: number) => void;
}

export function useZoomAndDrag(element: Element | null, options: Options): ZoomControls {
  const latest = useRef(options);
  latest.current = options;
  const behaviour = useMemo<ZoomBehavior<Element, unknown>>(() => zoom<Element, unknown>().scaleExtent([0.02, 12]), []);

  useEffect(() => {
    if (!element) return;
    const selection = select(element);
    behaviour
      .filter((event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean }) => {
        if (event.type === "wheel") return latest.current.wheel === "free" || Boolean(event.ctrlKey || event.metaKey);
        return !event.button && latest.current.nodeAt(event) === undefined;
      })
      .on("zoom", (event: { transform: Transform }) => {
        const { k, x, y } = event.transform;
        latest.current.onTransform({ k, x, y });
      });
    selection.call(behaviour);
    const dragging = drag<Element, unknown, { index: number; x: number; y: number } | undefined>()
      .container(element as never)
      .filter((event: MouseEvent) => !event.button && latest.current.nodeAt(event) !== undefined)
      .subject((event: { sourceEvent: Event; x: number; y: number }) => {
        const index = latest.current.nodeAt(event.sourceEvent);
        return index === undefined ? undefined : { index, x: event.x, y: event.y };
      })
      .on("drag", (event: { subject: { index: number }; x: number; y: number }) => {
        const t = latest.current.transformRef.current;
        latest.current.onDrag(event.subject.index, (event.x - t.x) / t.k, (event.y - t.y) / t.k);
      });
    selection.call(dragging as never);
    return () => {
      selection.on(".zoom", null).on(".drag", null);
    };
  }, [element, behaviour]);

  return useMemo(
    () => ({
      set: (t) => {
        if (element) select(element).call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
      },
      scaleBy: (factor) => {
        if (element) select(element).call(behaviour.scaleBy, factor);
      },
      centreOn: (x, y) => {
        if (element) select(element).call(behaviour.translateTo, x, y);
      },
    }),
    [element, behaviour],
  );
}
