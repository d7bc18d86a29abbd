/**
 * The interactive graph: laid out in a worker, drawn as SVG or (above about a thousand nodes) on a
 * canvas, with zoom, pan, drag, hover and keyboard focus, a tooltip, and labels that never overlap.
 * What it shows and hides comes from the legend; what a click or Enter does comes from the page.
 */
import { quadtree } from "d3-quadtree";
import { pointer } from "d3-selection";
import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Scheme } from "../vocabularies/queries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { CanvasGraph } from "./CanvasGraph.tsx";
import { focusKeys, nextFocus } from "./focus.ts";
import { fitTransform, type Transform, toScreen } from "./geometry.ts";
import type { RendererProps } from "./graph-types.ts";
import { type LabelRequest, placeLabels } from "./labels.ts";
import { measureLabel } from "./measure.ts";
import { type Positions, toSvgDocument, type Visibility } from "./picture.ts";
import type { Network, NetworkNode } from "./queries.ts";
import { SvgGraph } from "./SvgGraph.tsx";
import { toScene } from "./scene.ts";
import { Tooltip, type TooltipTarget } from "./Tooltip.tsx";
import { useElementWidth } from "./useElementWidth.ts";
import { useLayout } from "./useLayout.ts";
import { useZoomAndDrag } from "./useZoomAndDrag.ts";

/** Above this many nodes, one DOM element per node costs more than drawing them all on a canvas. */
export const canvasThreshold = 1000;
const maxCanvasLabels = 300;
const margin = 40;

export interface GraphHandle {
  /** The picture as shown, as an SVG document. */
  toSvg: () => { svg: string; width: number; height: number } | null;
  /** Centres the view on a node and moves the keyboard focus to it. */
  focusNode: (id: string) => void;
}

interface Props {
  network: Network;
  height: number;
  name: string;
  describedBy?: string;
  hidden: Set<string>;
  selectedId?: string | null;
  onOpen: (node: NetworkNode) => void;
  wheel: "free" | "modifier";
  handle?: Ref<GraphHandle>;
}

export function NetworkGraph({ network, height, name, describedBy, hidden, selectedId, onOpen, wheel, handle }: Props) {
  const { t, formatNumber } = useI18n();
  const { label } = useTerms();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(container);
  const scene = useMemo(() => toScene(network), [network]);
  const layout = useLayout(scene);
  const [moved, setMoved] = useState<{ layout: typeof layout; positions: Positions } | null>(null);
  const positions: Positions | null = moved?.layout === layout && layout ? moved.positions : layout;
  const [transform, setTransform] = useState<Transform>({ k: 1, x: 0, y: 0 });
  const transformRef = useRef(transform);
  transformRef.current = transform;
  const [hover, setHover] = useState<number | null>(null);
  const [hoverEdge, setHoverEdge] = useState<{ index: number; at: { x: number; y: number } } | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [element, setElement] = useState<Element | null>(null);
  const canvas = scene.nodes.length > canvasThreshold;

  const visible = useMemo<Visibility>(() => {
    const nodeShown = scene.nodes.map((n) => !hidden.has(`node:${n.key}`));
    return {
      node: (i) => nodeShown[i] ?? false,
      edge: (e) => !hidden.has(`edge:${e.key}`) && (nodeShown[e.source] ?? false) && (nodeShown[e.target] ?? false),
    };
  }, [scene, hidden]);

  const selected = selectedId ? (scene.indexOf.get(selectedId) ?? null) : null;
  const centre = hover ?? focused ?? selected;
  const lit = useMemo(
    () => (centre === null ? null : new Set([centre, ...(scene.neighbours[centre] ?? [])])),
    [centre, scene],
  );

  const tree = useMemo(() => {
    if (!positions || !canvas) return null;
    return quadtree<number>()
      .x((i) => positions.x[i] ?? 0)
      .y((i) => positions.y[i] ?? 0)
      .addAll(scene.nodes.map((n) => n.index));
  }, [positions, canvas, scene]);

  const nodeAt = useCallback(
    (event: Event): number | undefined => {
      if (!canvas) {
        const found = (event.target as Element | null)?.closest?.("[data-index]");
        return found ? Number(found.getAttribute("data-index")) : undefined;
      }
      if (!tree || !element || !("clientX" in event || "touches" in event)) return undefined;
      const [sx, sy] = pointer(event, element);
      const t = transformRef.current;
      const index = tree.find((sx - t.x) / t.k, (sy - t.y) / t.k, 12 / t.k + 10);
      return index !== undefined && visible.node(index) ? index : undefined;
    },
    [canvas, tree, element, visible],
  );

  const zoom = useZoomAndDrag(element, {
    nodeAt,
    transformRef,
    onTransform: setTransform,
    onDrag: (index, x, y) => {
      if (!positions) return;
      const nx = Float64Array.from(positions.x);
      const ny = Float64Array.from(positions.y);
      nx[index] = x;
      ny[index] = y;
      setMoved({ layout, positions: { x: nx, y: ny } });
    },
    wheel,
  });

  const fit = useCallback(() => {
    if (!layout || width === 0) return;
    zoom.set(fitTransform(layout.x, layout.y, width, height, margin));
  }, [layout, width, height, zoom]);
  // Fit the graph to the view when a layout arrives, the width changes or the drawing surface is new.
  useEffect(fit, [fit]);

  const labels = useMemo(() => {
    if (!positions || width === 0) return [];
    const requests: LabelRequest[] = [];
    for (const n of scene.nodes) {
      if (!visible.node(n.index)) continue;
      const p = toScreen(transform, { x: positions.x[n.index] ?? 0, y: positions.y[n.index] ?? 0 });
      const forced = n.index === centre || n.index === selected;
      if (!forced && (p.x < -margin || p.y < -margin || p.x > width + margin || p.y > height + margin)) continue;
      requests.push({
        index: n.index,
        x: p.x,
        y: p.y,
        radius: n.radius * transform.k,
        width: measureLabel(n.shortLabel),
        priority: n.data.degree + n.data.betweenness * 100,
        forced,
      });
    }
    const kept = canvas
      ? requests
          .sort((a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority)
          .slice(0, maxCanvasLabels)
      : requests;
    return placeLabels(kept, { height: 14, bounds: { width, height } });
  }, [positions, width, height, transform, scene, visible, centre, selected, canvas]);

  const nodeName = useCallback(
    (index: number) => {
      const n = scene.nodes[index]?.data;
      if (!n) return "";
      const kind = n.kind === "case" ? t("network.caseNode") : label("stakeholderType" as Scheme, n.type ?? "");
      return `${n.label}, ${kind}, ${t("network.tooltip.metrics", { degree: n.degree, betweenness: formatNumber(Math.round(n.betweenness * 1000) / 1000) })}`;
    },
    [scene, t, label, formatNumber],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (!positions) return;
    const current = focused ?? scene.nodes.find((n) => visible.node(n.index))?.index;
    if (current === undefined) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const node = scene.nodes[current];
      if (node) onOpen(node.data);
      return;
    }
    if (event.key === "Escape") {
      setHover(null);
      setHoverEdge(null);
      return;
    }
    if (!focusKeys.has(event.key)) return;
    event.preventDefault();
    const points = scene.nodes.map((n) => ({ x: positions.x[n.index] ?? 0, y: positions.y[n.index] ?? 0 }));
    const next = nextFocus(points, visible.node, current, event.key);
    if (next === undefined) return;
    setFocused(next);
    const p = toScreen(transformRef.current, points[next] ?? { x: 0, y: 0 });
    if (p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin) {
      zoom.centreOn(points[next]?.x ?? 0, points[next]?.y ?? 0);
    }
  };

  useImperativeHandle(
    handle,
    () => ({
      toSvg: () =>
        positions && width > 0
          ? {
              svg: toSvgDocument(scene, positions, { width, height, transform, title: name }, visible, labels),
              width,
              height,
            }
          : null,
      focusNode: (id) => {
        const index = scene.indexOf.get(id);
        if (index === undefined || !positions) return;
        zoom.centreOn(positions.x[index] ?? 0, positions.y[index] ?? 0);
        setFocused(index);
        if (canvas) (element as HTMLElement | null)?.focus();
        else element?.querySelector<SVGGElement>(`[data-index="${index}"]`)?.focus();
      },
    }),
    [positions, width, height, transform, scene, visible, labels, name, zoom, canvas, element],
  );

  const tooltip: TooltipTarget | null = hoverEdge
    ? { kind: "edge", edge: scene.edges[hoverEdge.index]?.data, at: hoverEdge.at }
    : centre !== null && centre !== selected && positions
      ? {
          kind: "node",
          node: scene.nodes[centre]?.data,
          at: toScreen(transform, { x: positions.x[centre] ?? 0, y: positions.y[centre] ?? 0 }),
        }
      : null;

  const renderer: RendererProps | null = positions
    ? {
        scene,
        positions,
        width,
        height,
        transform,
        visible,
        lit,
        centre,
        focused,
        selected,
        labels,
        name,
        describedBy,
        nodeName,
        setElement,
        nodeAt,
        onHoverNode: setHover,
        onHoverEdge: (index, at) => setHoverEdge(index === null || !at ? null : { index, at }),
        onFocusNode: setFocused,
        onOpen: (index) => {
          const node = scene.nodes[index];
          if (node) onOpen(node.data);
        },
        onKeyDown,
      }
    : null;

  return (
    <div className="graph" ref={setContainer} style={{ blockSize: `${height}px` }}>
      {renderer ? (
        <>
          {canvas ? <CanvasGraph {...renderer} /> : <SvgGraph {...renderer} />}
          {canvas ? <p className="graph-note">{t("network.canvasNote")}</p> : null}
          <div className="graph-tools">
            <ToolButton label={t("network.zoomIn")} icon="M4 10h12M10 4v12" onClick={() => zoom.scaleBy(1.5)} />
            <ToolButton label={t("network.zoomOut")} icon="M4 10h12" onClick={() => zoom.scaleBy(1 / 1.5)} />
            <ToolButton label={t("network.zoomFit")} icon="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" onClick={fit} />
          </div>
          {tooltip ? <Tooltip target={tooltip} network={network} width={width} height={height} /> : null}
        </>
      ) : (
        <p className="state" role="status">
          {t("network.layingOut")}
        </p>
      )}
    </div>
  );
}

function ToolButton({ label, icon, onClick }: { label: string; icon: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} aria-label={label} title={label}>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
        <path d={icon} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
