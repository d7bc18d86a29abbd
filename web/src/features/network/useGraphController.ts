/**
 * The graph's controller: owns the transform (through d3-zoom), the dragged positions, hover, keyboard
 * focus and hit-testing, and hands the renderers what to draw. The rules are the pure functions of
 * `graph-controller.ts`; this hook only keeps their state between frames.
 */
import { pointer } from "d3-selection";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fitTransform, type Transform } from "./geometry.ts";
import {
  centreOf,
  drawsOnCanvas,
  hitTest,
  keyAction,
  labelsInView,
  litAround,
  margin,
  toNodeTree,
  tooltipFor,
  toVisibility,
  withNodeMoved,
} from "./graph-controller.ts";
import { measureLabel } from "./measure.ts";
import type { Positions } from "./picture.ts";
import type { Scene } from "./scene.ts";
import { toAspect, useLayout } from "./useLayout.ts";
import { useZoomAndDrag } from "./useZoomAndDrag.ts";

interface Options {
  scene: Scene;
  width: number;
  height: number;
  hidden: Set<string>;
  selectedId?: string | null;
  wheel: "free" | "modifier";
  onOpen: (index: number) => void;
}

export function useGraphController({ scene, width, height, hidden, selectedId, wheel, onOpen }: Options) {
  const layout = useLayout(scene, toAspect(width, height));
  const [moved, setMoved] = useState<{ layout: typeof layout; positions: Positions } | null>(null);
  const positions: Positions | null = moved?.layout === layout && layout ? moved.positions : layout;
  const [transform, setTransform] = useState<Transform>({ k: 1, x: 0, y: 0 });
  const transformRef = useRef(transform);
  transformRef.current = transform;
  const [hover, setHover] = useState<number | null>(null);
  const [hoverEdge, setHoverEdge] = useState<{ index: number; at: { x: number; y: number } } | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [element, setElement] = useState<Element | null>(null);
  const canvas = drawsOnCanvas(scene);

  const visible = useMemo(() => toVisibility(scene, hidden), [scene, hidden]);
  const selected = selectedId ? (scene.indexOf.get(selectedId) ?? null) : null;
  const centre = centreOf(hover, focused, selected);
  const lit = useMemo(() => litAround(scene, centre), [centre, scene]);

  const tree = useMemo(() => (positions ? toNodeTree(scene, positions) : null), [positions, scene]);

  const nodeAt = useCallback(
    (event: Event): number | undefined => {
      if (!canvas) {
        const found = (event.target as Element | null)?.closest?.("[data-index]");
        return found ? Number(found.getAttribute("data-index")) : undefined;
      }
      if (!tree || !element || !("clientX" in event || "touches" in event)) return undefined;
      const [x, y] = pointer(event, element);
      return hitTest(tree, transformRef.current, { x, y }, visible);
    },
    [canvas, tree, element, visible],
  );

  // Only for clicks: a press near a node must still pan and pinch the view, so zoom and drag use nodeAt.
  const nodeNear = useCallback(
    (event: MouseEvent): number | undefined => {
      if (!tree || !element) return undefined;
      const [x, y] = pointer(event, element);
      return hitTest(tree, transformRef.current, { x, y }, visible);
    },
    [tree, element, visible],
  );

  const zoom = useZoomAndDrag(element, {
    nodeAt,
    transformRef,
    onTransform: setTransform,
    onDrag: (index, x, y) => {
      if (positions) setMoved({ layout, positions: withNodeMoved(positions, index, x, y) });
    },
    wheel,
  });

  const fit = useCallback(() => {
    if (!layout || width === 0) return;
    zoom.set(fitTransform(layout.x, layout.y, width, height, margin));
  }, [layout, width, height, zoom]);
  // Fit the graph to the view when a layout arrives, the width changes or the drawing surface is new.
  useEffect(fit, [fit]);

  const labels = useMemo(
    () =>
      positions
        ? labelsInView(scene, { positions, transform, width, height, visible, centre, selected, canvas }, measureLabel)
        : [],
    [positions, width, height, transform, scene, visible, centre, selected, canvas],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (!positions) return;
    const action = keyAction(event.key, scene, positions, visible, focused, {
      transform: transformRef.current,
      width,
      height,
    });
    if (!action) return;
    if (action.kind === "clear-hover") {
      setHover(null);
      setHoverEdge(null);
      return;
    }
    event.preventDefault();
    if (action.kind === "open") return onOpen(action.index);
    if (action.kind === "stay") return;
    setFocused(action.index);
    if (action.reveal) zoom.centreOn(action.point.x, action.point.y);
  };

  /** Centres the view on a node and moves the keyboard focus to it. */
  const focusNode = (id: string) => {
    const index = scene.indexOf.get(id);
    if (index === undefined || !positions) return;
    zoom.centreOn(positions.x[index] ?? 0, positions.y[index] ?? 0);
    setFocused(index);
    if (canvas) (element as HTMLElement | null)?.focus();
    else element?.querySelector<SVGGElement>(`[data-index="${index}"]`)?.focus();
  };

  const tooltip = positions ? tooltipFor(scene, positions, transform, hoverEdge, centre, selected) : null;

  return {
    canvas,
    positions,
    transform,
    visible,
    lit,
    centre,
    focused,
    selected,
    labels,
    tooltip,
    element,
    zoom,
    fit,
    focusNode,
    setElement,
    nodeAt,
    nodeNear,
    onKeyDown,
    onHoverNode: setHover,
    onHoverEdge: (index: number | null, at?: { x: number; y: number }) =>
      setHoverEdge(index === null || !at ? null : { index, at }),
    onFocusNode: setFocused,
  };
}
