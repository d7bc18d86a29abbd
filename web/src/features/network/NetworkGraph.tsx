/**
 * The interactive graph: laid out in a worker, drawn as SVG or (above about a thousand nodes) on a
 * canvas, with zoom, pan, drag, hover and keyboard focus, a tooltip, and labels that never overlap.
 * What it shows and hides comes from the legend; what a click or Enter does comes from the page.
 */
import { type Ref, useCallback, useImperativeHandle, useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Scheme } from "../vocabularies/queries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { CanvasGraph } from "./CanvasGraph.tsx";
import type { RendererProps } from "./graph-types.ts";
import { toSvgDocument } from "./picture.ts";
import type { Network, NetworkNode } from "./queries.ts";
import { SvgGraph } from "./SvgGraph.tsx";
import { toScene } from "./scene.ts";
import { Tooltip } from "./Tooltip.tsx";
import { useElementWidth } from "./useElementWidth.ts";
import { useGraphController } from "./useGraphController.ts";

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
  const openIndex = (index: number) => {
    const node = scene.nodes[index];
    if (node) onOpen(node.data);
  };
  const graph = useGraphController({ scene, width, height, hidden, selectedId, wheel, onOpen: openIndex });
  const { positions, transform, visible, labels, canvas, zoom, fit } = graph;

  // Accessible name of one node: its label, kind and measures.
  const nodeName = useCallback(
    (index: number) => {
      const n = scene.nodes[index]?.data;
      if (!n) return "";
      const kind = n.kind === "case" ? t("network.caseNode") : label("stakeholderType" as Scheme, n.type ?? "");
      return `${n.label}, ${kind}, ${t("network.tooltip.metrics", { degree: n.degree, betweenness: formatNumber(Math.round(n.betweenness * 1000) / 1000) })}`;
    },
    [scene, t, label, formatNumber],
  );

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
      focusNode: graph.focusNode,
    }),
    [positions, width, height, transform, scene, visible, labels, name, graph.focusNode],
  );

  const renderer: RendererProps | null = positions
    ? {
        scene,
        positions,
        width,
        height,
        transform,
        visible,
        lit: graph.lit,
        centre: graph.centre,
        focused: graph.focused,
        selected: graph.selected,
        labels,
        name,
        describedBy,
        nodeName,
        setElement: graph.setElement,
        nodeAt: graph.nodeAt,
        nodeNear: graph.nodeNear,
        onHoverNode: graph.onHoverNode,
        onHoverEdge: graph.onHoverEdge,
        onFocusNode: graph.onFocusNode,
        onOpen: openIndex,
        onKeyDown: graph.onKeyDown,
      }
    : null;
  const tooltip = graph.tooltip;

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
