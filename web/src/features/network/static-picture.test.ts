import { describe, expect, it } from "vitest";
import { toStaticSvg } from "./static-picture.ts";

const node = (id: string, type: string) => ({
  id,
  kind: "stakeholder" as const,
  label: `Actor ${id}`,
  type,
  sector: null,
  country: null,
  caseIds: [],
  countries: [],
  degree: 1,
  betweenness: 0,
  brokerage: null,
  publicSocialBrokerage: null,
  component: 1,
});
const network = {
  nodes: [node("a", "public-local"), node("b", "sse-organisation"), node("c", "citizens")],
  edges: [
    { id: "e1", source: "a", target: "b", kind: "relationship", type: "funding", directed: true },
    { id: "e2", source: "b", target: "c", kind: "relationship", type: "partnership", directed: false },
  ],
} as never;

describe("toStaticSvg", () => {
  it("draws every actor and tie with its label, the same way each time", () => {
    const first = toStaticSvg(network, 720, 480, "Stakeholders");
    expect(first.svg).toContain("<title>Stakeholders</title>");
    expect(first.svg.match(/<title>Actor /g)).toHaveLength(3);
    expect(first.svg).toContain(">Actor a</text>");
    expect(toStaticSvg(network, 720, 480, "Stakeholders").svg).toBe(first.svg);
  });

  it("is no taller than the drawing needs, and never taller than asked", () => {
    const picture = toStaticSvg(network, 720, 480, "Stakeholders");
    expect(picture.height).toBeLessThanOrEqual(480);
    expect(picture.svg).toContain(`height="${picture.height}"`);
    expect(toStaticSvg(network, 720, 120, "Stakeholders").height).toBe(120);
  });
});
