import { describe, expect, it } from "vitest";
import { toSvgDocument } from "./picture.ts";
import type { Network } from "./queries.ts";
import { toScene } from "./scene.ts";

const node = (id: string, label: string, type: string, degree: number) =>
  ({ id, label, kind: "stakeholder", type, degree }) as Network["nodes"][number];
const edge = (id: string, source: string, target: string, type: string, directed: boolean) =>
  ({ id, source, target, kind: "relationship", type, directed }) as Network["edges"][number];

const scene = toScene({
  nodes: [
    node("a", "City <Council> & co", "public-local", 2),
    node("b", "Coop", "sse-organisation", 1),
    node("c", "Bank", "funder", 1),
  ],
  edges: [
    edge("r1", "a", "b", "funding", true),
    edge("r2", "a", "b", "agreement", false),
    edge("r3", "a", "c", "partnership", false),
  ],
});
const positions = { x: [0, 100, -100], y: [0, 0, 50] };
const view = { width: 400, height: 300, transform: { k: 1, x: 200, y: 150 }, title: "Network" };

describe("toSvgDocument", () => {
  it("draws the visible nodes, edges, arrowheads and labels as one escaped SVG document", () => {
    const svg = toSvgDocument(scene, positions, view, { node: () => true, edge: () => true }, [
      { index: 0, x: 200, y: 170, anchor: "middle" },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"')).toBe(true);
    expect(svg).toContain("<title>City &lt;Council&gt; &amp; co</title>");
    expect(svg).toContain(">City &lt;Council&gt; &amp; co</text>");
    expect(svg.match(/fill="none"/g)).toHaveLength(3);
    // One directed edge, one arrowhead; the parallel pair is curved.
    expect(svg.match(/rotate\(/g)).toHaveLength(1);
    expect(svg.match(/Q/g)).toHaveLength(2);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it("leaves out what the legend hides", () => {
    const svg = toSvgDocument(
      scene,
      positions,
      view,
      { node: (i) => i !== 2, edge: (e) => e.key !== "funding" && e.target !== 2 },
      [],
    );
    expect(svg).not.toContain("<title>Bank</title>");
    expect(svg.match(/fill="none"/g)).toHaveLength(1);
  });
});
