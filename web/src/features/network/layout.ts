/**
 * Force-directed layout with d3-force, run to rest in one go (in a worker, see layout.worker.ts).
 * Initial positions come from a seeded generator, so the same network always gets the same picture.
 * The forces scale with the size of the network: roomy for a case's few actors with their labels,
 * tight and quick for thousands of nodes.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";
import { randomLcg } from "d3-random";

export interface LayoutInput {
  nodes: { radius: number; labelWidth: number }[];
  links: [number, number][];
  seed: number;
  /**
   * Height over width of the view the drawing will fill (1 when unknown). Gravity pulls harder across
   * the short side, so a tall phone view gets a tall drawing and its nodes are drawn larger once fitted.
   */
  aspect?: number;
}

export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  ticks: number;
}

interface Body extends SimulationNodeDatum {
  radius: number;
  room: number;
}

function settings(n: number) {
  if (n <= 60) return { distance: 110, charge: -650, ticks: 300, collide: true };
  if (n <= 600) return { distance: 45, charge: -110, ticks: 300, collide: true };
  if (n <= 2000) return { distance: 28, charge: -40, ticks: 200, collide: true };
  return { distance: 18, charge: -14, ticks: 150, collide: false };
}

export function computeLayout(input: LayoutInput): LayoutResult {
  const n = input.nodes.length;
  const s = settings(n);
  const random = randomLcg(input.seed);
  const spread = 30 * Math.sqrt(n + 1);
  const stretch = Math.min(3, Math.max(1 / 3, input.aspect ?? 1));
  const bodies: Body[] = input.nodes.map((node) => ({
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
    radius: node.radius,
    // Room for the label beside a node in small networks, where every label is shown.
    room: n <= 60 ? Math.max(node.radius + 8, Math.min(node.labelWidth / 2, 70)) : node.radius + 2,
  }));
  const links = input.links.map(([source, target]) => ({ source, target }));
  const simulation = forceSimulation(bodies)
    .randomSource(random)
    .force(
      "link",
      forceLink<Body, { source: number; target: number }>(links).distance((l) => {
        const a = l.source as unknown as Body;
        const b = l.target as unknown as Body;
        return s.distance + a.radius + b.radius;
      }),
    )
    .force(
      "charge",
      forceManyBody<Body>()
        .strength(s.charge)
        .distanceMax(s.distance * 12)
        .theta(0.9),
    )
    // Gravity keeps disconnected groups in view instead of drifting apart.
    .force("x", forceX<Body>(0).strength(0.06 * stretch))
    .force("y", forceY<Body>(0).strength(0.06 / stretch))
    .alphaDecay(1 - 0.001 ** (1 / s.ticks))
    .stop();
  if (s.collide) simulation.force("collide", forceCollide<Body>((b) => b.room).iterations(2));
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  bodies.forEach((b, i) => {
    x[i] = b.x ?? 0;
    y[i] = b.y ?? 0;
  });
  return { x, y, ticks };
}
