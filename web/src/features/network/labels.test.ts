import { describe, expect, it } from "vitest";
import { type LabelRequest, placeLabels } from "./labels.ts";

const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxOf(placed: { x: number; y: number; anchor: string }, width: number, height: number) {
  const x0 =
    placed.anchor === "middle" ? placed.x - width / 2 : placed.anchor === "start" ? placed.x : placed.x - width;
  return { x0, y0: placed.y - height / 2, x1: x0 + width, y1: placed.y + height / 2 };
}

describe("placeLabels", () => {
  it("puts a lone label under its node", () => {
    expect(placeLabels([{ index: 0, x: 100, y: 100, radius: 10, width: 60, priority: 1 }], { height: 14 })).toEqual([
      { index: 0, x: 100, y: 120, anchor: "middle" },
    ]);
  });

  it("never lets two placed labels overlap, even in a crowd, and labels the most connected first", () => {
    const requests: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({
      index: i,
      x: (i % 8) * 40,
      y: Math.floor(i / 8) * 30,
      radius: 6,
      width: 70,
      priority: i === 17 ? 100 : i,
    }));
    const placed = placeLabels(requests, { height: 14 });
    const boxes = placed.map((p) => boxOf(p, 70, 14));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i] as never, boxes[j] as never)).toBe(false);
    }
    expect(placed[0]?.index).toBe(17);
    expect(placed.length).toBeLessThan(40);
  });

  it("moves a label aside when the space below is taken by another node", () => {
    const placed = placeLabels(
      [
        { index: 0, x: 100, y: 100, radius: 10, width: 40, priority: 2 },
        { index: 1, x: 100, y: 122, radius: 8, width: 40, priority: 1 },
      ],
      { height: 14 },
    );
    expect(placed.find((p) => p.index === 0)?.anchor).toBe("middle");
    expect(placed.find((p) => p.index === 0)?.y).toBeLessThan(100);
  });

  it("places a forced label (the focused node) even where it overlaps", () => {
    const requests = [
      { index: 0, x: 0, y: 0, radius: 5, width: 50, priority: 2 },
      { index: 1, x: 0, y: 0, radius: 5, width: 50, priority: 1, forced: true },
    ];
    expect(placeLabels(requests, { height: 14 }).map((p) => p.index)).toContain(1);
  });

  it("labels a key actor in a crowd of nodes, before a more connected ordinary one, never over a label", () => {
    // A hub amid a ring of neighbours: every place beside it covers a node.
    const ring = Array.from({ length: 12 }, (_, i) => ({
      index: i + 1,
      x: 100 + Math.cos((i * Math.PI) / 6) * 16,
      y: 100 + Math.sin((i * Math.PI) / 6) * 16,
      radius: 5,
      width: 10,
      priority: 1,
    }));
    const hub = { index: 0, x: 100, y: 100, radius: 8, width: 60, priority: 50, key: true };
    const rival = { index: 20, x: 100, y: 130, radius: 5, width: 60, priority: 90 };
    const placed = placeLabels([...ring, rival, hub], { height: 14 });
    expect(placed[0]?.index).toBe(0);
    const boxes = placed.map((p) => boxOf(p, p.index === 0 || p.index === 20 ? 60 : 10, 14));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i] as never, boxes[j] as never)).toBe(false);
    }
    // Without the key mark the crowd leaves it unlabelled.
    expect(placeLabels([...ring, { ...hub, key: false }], { height: 14 }).map((p) => p.index)).not.toContain(0);
  });
});
