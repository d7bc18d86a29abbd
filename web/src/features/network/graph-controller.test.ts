import { describe, expect, it } from "vitest";
import {
  centreOf,
  drawsOnCanvas,
  hitTest,
  keyAction,
  labelsInView,
  litAround,
  toNodeTree,
  tooltipFor,
  toVisibility,
  withNodeMoved,
} from "./graph-controller.ts";
import type { Network } from "./queries.ts";
import { toScene } from "./scene.ts";

const node = (id: string, type: string, degree: number) =>
  ({ id, label: id, kind: "stakeholder", type, degree, betweenness: 0 }) as Network["nodes"][number];
const edge = (id: string, source: string, target: string) =>
  ({ id, source, target, kind: "relationship", type: "funding", directed: false }) as Network["edges"][number];

// a — b — c in a row, d alone far to the right.
const scene = toScene({
  nodes: [
    node("a", "public-local", 1),
    node("b", "sse-organisation", 2),
    node("c", "funder", 1),
    node("d", "funder", 0),
  ],
  edges: [edge("ab", "a", "b"), edge("bc", "b", "c")],
});
const positions = { x: Float64Array.from([0, 100, 200, 5000]), y: Float64Array.from([0, 0, 0, 0]) };
const identity = { k: 1, x: 0, y: 0 };
const all = toVisibility(scene, new Set());
const key = (i: number) => scene.nodes[i]?.key ?? "";

describe("toVisibility", () => {
  it("hides a legend entry's nodes and every tie touching them", () => {
    const v = toVisibility(scene, new Set([`node:${key(0)}`]));
    expect(v.node(0)).toBe(false);
    expect(v.node(1)).toBe(true);
    const [ab, bc] = scene.edges;
    expect(ab && v.edge(ab)).toBe(false);
    expect(bc && v.edge(bc)).toBe(true);
    expect(v.node(99)).toBe(false);
  });
});

describe("centre and lit", () => {
  it("centres on the hovered node first, then the focused, then the selected", () => {
    expect(centreOf(1, 2, 3)).toBe(1);
    expect(centreOf(null, 2, 3)).toBe(2);
    expect(centreOf(null, null, 3)).toBe(3);
    expect(centreOf(null, null, null)).toBeNull();
  });
  it("lights the centre and its neighbours, nothing when nothing is centred", () => {
    expect(litAround(scene, 1)).toEqual(new Set([1, 0, 2]));
    expect(litAround(scene, 3)).toEqual(new Set([3]));
    expect(litAround(scene, null)).toBeNull();
  });
});

describe("hitTest", () => {
  const tree = toNodeTree(scene, positions);
  it("finds the visible node under a screen point through the transform", () => {
    const zoomed = { k: 2, x: 10, y: 10 };
    expect(hitTest(tree, zoomed, { x: 210, y: 12 }, all)).toBe(1);
    expect(hitTest(tree, zoomed, { x: 110, y: 10 }, all)).toBeUndefined();
  });
  it("passes over a hidden node", () => {
    expect(hitTest(tree, identity, { x: 100, y: 0 }, toVisibility(scene, new Set([`node:${key(1)}`])))).toBe(undefined);
  });
});

describe("withNodeMoved", () => {
  it("moves one node in a copy, leaving the layout untouched", () => {
    const moved = withNodeMoved(positions, 1, 7, 8);
    expect([moved.x[1], moved.y[1]]).toEqual([7, 8]);
    expect(positions.x[1]).toBe(100);
  });
});

describe("labelsInView", () => {
  const view = {
    positions,
    transform: { k: 1, x: 60, y: 150 },
    width: 400,
    height: 300,
    visible: all,
    centre: null,
    selected: null,
  };
  const measure = (text: string) => text.length * 7;
  it("labels the nodes on screen and leaves out those far outside", () => {
    const shown = labelsInView(scene, { ...view, canvas: false }, measure).map((l) => l.index);
    expect(shown.sort()).toEqual([0, 1, 2]);
  });
  it("always labels the centred or selected node, even off screen", () => {
    const shown = labelsInView(scene, { ...view, selected: 3, canvas: false }, measure).map((l) => l.index);
    expect(shown).toContain(3);
  });
  it("labels nothing before the view has a width", () => {
    expect(labelsInView(scene, { ...view, width: 0, canvas: false }, measure)).toEqual([]);
  });
});

describe("keyAction", () => {
  const view = { transform: identity, width: 400, height: 300 };
  it("opens the focused node, or the first visible one before any focus", () => {
    expect(keyAction("Enter", scene, positions, all, 2, view)).toEqual({ kind: "open", index: 2 });
    expect(keyAction(" ", scene, positions, all, null, view)).toEqual({ kind: "open", index: 0 });
  });
  it("clears the hover on Escape and ignores other keys", () => {
    expect(keyAction("Escape", scene, positions, all, 0, view)).toEqual({ kind: "clear-hover" });
    expect(keyAction("a", scene, positions, all, 0, view)).toBeNull();
  });
  it("moves the focus with the arrows, revealing a node near the edge of the view", () => {
    expect(keyAction("ArrowRight", scene, positions, all, 0, { ...view, transform: { k: 1, x: 100, y: 150 } })).toEqual(
      {
        kind: "focus",
        index: 1,
        point: { x: 100, y: 0 },
        reveal: false,
      },
    );
    expect(keyAction("ArrowRight", scene, positions, all, 0, view)).toMatchObject({
      kind: "focus",
      index: 1,
      reveal: true,
    });
  });
  it("keeps the key when there is nowhere to go, so the page does not scroll", () => {
    expect(keyAction("ArrowLeft", scene, positions, all, 0, view)).toEqual({ kind: "stay" });
  });
  it("does nothing when no node is visible", () => {
    const none = { node: () => false, edge: () => false };
    expect(keyAction("Enter", scene, positions, none, null, view)).toBeNull();
  });
});

describe("tooltipFor", () => {
  it("points at a hovered tie first, then at the centred node unless it is the selected one", () => {
    const at = { x: 3, y: 4 };
    expect(tooltipFor(scene, positions, identity, { index: 0, at }, 1, null)).toEqual({
      kind: "edge",
      edge: scene.edges[0]?.data,
      at,
    });
    expect(tooltipFor(scene, positions, { k: 2, x: 1, y: 1 }, null, 1, null)).toEqual({
      kind: "node",
      node: scene.nodes[1]?.data,
      at: { x: 201, y: 1 },
    });
    expect(tooltipFor(scene, positions, identity, null, 1, 1)).toBeNull();
    expect(tooltipFor(scene, positions, identity, null, null, null)).toBeNull();
  });
});

describe("drawsOnCanvas", () => {
  it("draws more than a thousand nodes on a canvas", () => {
    expect(drawsOnCanvas(scene)).toBe(false);
    const big = toScene({ nodes: Array.from({ length: 1001 }, (_, i) => node(`n${i}`, "funder", 0)), edges: [] });
    expect(drawsOnCanvas(big)).toBe(true);
  });
});
