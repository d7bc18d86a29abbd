/** The graph as SVG, one focusable element per node: for networks up to about a thousand nodes. */
import { memo, useEffect, useMemo, useRef } from "react";
import { symbolPath } from "./encoding.ts";
import { endAngle, toEdgePath } from "./geometry.ts";
import type { RendererProps } from "./graph-types.ts";
import { arrowLength, edgeGeometryOf } from "./picture.ts";
import type { SceneEdge, SceneNode } from "./scene.ts";

interface NodeProps {
  node: SceneNode;
  x: number;
  y: number;
  name: string;
  lit: boolean;
  selected: boolean;
  tabbable: boolean;
}

const SvgNode = memo(function SvgNode({ node, x, y, name, lit, selected, tabbable }: NodeProps) {
  const d = useMemo(() => symbolPath(node.style.shape, node.radius), [node]);
  const classes = ["graph-node", node.key === "case" ? "is-case" : "", lit ? "lit" : "", selected ? "selected" : ""];
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is made one with role and keys
    <g
      className={classes.filter(Boolean).join(" ")}
      data-index={node.index}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected || undefined}
    >
      <path d={d} fill={node.style.fill} vectorEffect="non-scaling-stroke" />
    </g>
  );
});

interface EdgeProps {
  edge: SceneEdge;
  d: string;
  arrow: string | null;
  lit: boolean;
}

const SvgEdge = memo(function SvgEdge({ edge, d, arrow, lit }: EdgeProps) {
  const { stroke, dash, width } = edge.style;
  return (
    <g className={lit ? "graph-edge lit" : "graph-edge"} data-edge={edge.index}>
      <path
        d={d}
        fill="none"
        stroke={stroke}
        strokeWidth={width}
        strokeDasharray={dash ?? undefined}
        vectorEffect="non-scaling-stroke"
      />
      {arrow ? (
        <path d={`M0,${-arrowLength / 2}L${arrowLength},0L0,${arrowLength / 2}Z`} transform={arrow} fill={stroke} />
      ) : null}
      <path
        className="graph-edge-hit"
        d={d}
        fill="none"
        stroke="transparent"
        strokeWidth={10}
        vectorEffect="non-scaling-stroke"
      />
    </g>
  );
});

export function SvgGraph(props: RendererProps) {
  const { scene, positions, width, height, transform, visible, lit, centre, focused, selected, labels } = props;
  const svgRef = useRef<SVGSVGElement | null>(null);
  const edges = useMemo(
    () =>
      scene.edges.map((edge) => {
        const g = edgeGeometryOf(scene, positions, edge);
        return {
          edge,
          d: toEdgePath(g, edge.lane !== 0),
          arrow: edge.data.directed ? `translate(${g.end.x},${g.end.y}) rotate(${endAngle(g)})` : null,
        };
      }),
    [scene, positions],
  );
  const firstVisible = scene.nodes.find((n) => visible.node(n.index))?.index ?? null;
  const tabbable = focused !== null && visible.node(focused) ? focused : firstVisible;

  // Roving focus: when the keyboard moves to another node, the DOM focus follows it.
  useEffect(() => {
    const svg = svgRef.current;
    if (focused === null || !svg || !svg.contains(document.activeElement)) return;
    const target = svg.querySelector<SVGGElement>(`[data-index="${focused}"]`);
    if (target && document.activeElement !== target) target.focus();
  }, [focused]);

  const indexOf = (target: EventTarget | null) => {
    const element = (target as Element | null)?.closest?.("[data-index]");
    return element ? Number(element.getAttribute("data-index")) : undefined;
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: the drawing is an SVG; role="group" names it as the set of node buttons
    <svg
      ref={(element) => {
        svgRef.current = element;
        props.setElement(element);
      }}
      className={lit ? "graph-svg is-lit" : "graph-svg"}
      width={width}
      height={height}
      role="group"
      aria-label={props.name}
      aria-describedby={props.describedBy}
      onKeyDown={props.onKeyDown}
      onPointerOver={(event) => {
        const index = indexOf(event.target);
        if (index !== undefined) return props.onHoverNode(index);
        const edge = (event.target as Element).closest?.("[data-edge]");
        if (!edge) return;
        const box = event.currentTarget.getBoundingClientRect();
        props.onHoverEdge(Number(edge.getAttribute("data-edge")), {
          x: event.clientX - box.left,
          y: event.clientY - box.top,
        });
      }}
      onPointerOut={(event) => {
        if (indexOf(event.target) !== undefined) props.onHoverNode(null);
        else if ((event.target as Element).closest?.("[data-edge]")) props.onHoverEdge(null);
      }}
      onClick={(event) => {
        const index = indexOf(event.target) ?? props.nodeNear(event.nativeEvent);
        if (index !== undefined) props.onOpen(index);
      }}
      onFocus={(event) => {
        const index = indexOf(event.target);
        if (index !== undefined) props.onFocusNode(index);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) props.onFocusNode(null);
      }}
    >
      <g transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}>
        <g className="graph-edges">
          {edges.map(({ edge, d, arrow }) =>
            visible.edge(edge) ? (
              <SvgEdge
                key={edge.data.id}
                edge={edge}
                d={d}
                arrow={arrow}
                lit={centre !== null && (edge.source === centre || edge.target === centre)}
              />
            ) : null,
          )}
        </g>
        <g className="graph-nodes">
          {scene.nodes.map((node) =>
            visible.node(node.index) ? (
              <SvgNode
                key={node.id}
                node={node}
                x={positions.x[node.index] ?? 0}
                y={positions.y[node.index] ?? 0}
                name={props.nodeName(node.index)}
                lit={lit?.has(node.index) ?? false}
                selected={selected === node.index}
                tabbable={tabbable === node.index}
              />
            ) : null,
          )}
        </g>
      </g>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: plain text, not focusable; each node button already carries its name */}
      <g className="graph-labels" aria-hidden="true">
        {labels.map((l) => (
          <text key={l.index} x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central">
            {scene.nodes[l.index]?.shortLabel}
          </text>
        ))}
      </g>
    </svg>
  );
}
