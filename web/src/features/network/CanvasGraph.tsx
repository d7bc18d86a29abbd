/** The graph on a canvas, for networks beyond about a thousand nodes; one focusable surface. */
import { useEffect, useMemo, useRef } from "react";
import { drawBase, drawBaseImage, drawOverlay, toEdgeGeometries } from "./canvas-draw.ts";
import type { Transform } from "./geometry.ts";
import type { RendererProps } from "./graph-types.ts";

/** How long the view must rest before the base layer is drawn again at full quality. */
const settle = 150;

export function CanvasGraph(props: RendererProps) {
  const { scene, positions, width, height, transform, visible, lit, centre, focused, labels } = props;
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const base = useRef<{ canvas: HTMLCanvasElement; drawnAt: Transform; of: unknown[] } | null>(null);
  const pixelRatio = typeof window === "undefined" ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const geometry = useMemo(() => toEdgeGeometries(scene, positions), [scene, positions]);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext("2d");
    if (!ctx) return;
    const view = { width, height, transform, pixelRatio };
    const of = [scene, positions, geometry, visible, width, height, pixelRatio];
    const redrawBase = () => {
      const canvas = base.current?.canvas ?? document.createElement("canvas");
      canvas.width = Math.round(width * pixelRatio);
      canvas.height = Math.round(height * pixelRatio);
      const baseCtx = canvas.getContext("2d");
      if (!baseCtx) return;
      drawBase(baseCtx, scene, positions, geometry, view, visible);
      base.current = { canvas, drawnAt: transform, of };
    };
    const draw = () => {
      drawBaseImage(
        ctx,
        (base.current as { canvas: HTMLCanvasElement }).canvas,
        base.current?.drawnAt ?? transform,
        view,
      );
      drawOverlay(ctx, scene, positions, geometry, view, visible, { lit, centre, focused }, labels);
    };
    const stale = !base.current || base.current.of.some((value, i) => value !== of[i]);
    // Coalesce bursts of changes (zoom events) into one drawing per frame.
    const frame = requestAnimationFrame(() => {
      if (stale) redrawBase();
      draw();
    });
    const moved = base.current && base.current.drawnAt !== transform;
    const timer = moved
      ? setTimeout(() => {
          redrawBase();
          draw();
        }, settle)
      : undefined;
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [scene, positions, geometry, width, height, transform, pixelRatio, visible, lit, centre, focused, labels]);

  return (
    <>
      <canvas
        ref={(element) => {
          canvasRef.current = element;
          props.setElement(element);
        }}
        className="graph-canvas"
        width={Math.round(width * pixelRatio)}
        height={Math.round(height * pixelRatio)}
        style={{ inlineSize: `${width}px`, blockSize: `${height}px` }}
        tabIndex={0}
        aria-label={props.name}
        aria-describedby={props.describedBy}
        onKeyDown={props.onKeyDown}
        onPointerMove={(event) => props.onHoverNode(props.nodeAt(event.nativeEvent) ?? null)}
        onPointerLeave={() => props.onHoverNode(null)}
        onClick={(event) => {
          const index = props.nodeAt(event.nativeEvent);
          if (index !== undefined) props.onOpen(index);
        }}
        onFocus={() => props.onFocusNode(focused ?? scene.nodes.find((n) => visible.node(n.index))?.index ?? null)}
        onBlur={() => props.onFocusNode(null)}
      />
      <p className="visually-hidden" aria-live="polite">
        {focused !== null ? props.nodeName(focused) : ""}
      </p>
    </>
  );
}
