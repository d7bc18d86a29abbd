/**
 * How far apart two colours look, for normal vision and the three dichromacies: sRGB to linear light,
 * the simulation matrices of Machado, Oliveira & Fernandes (2009, severity 1), then CIE L*a*b* (D65)
 * and the CIE76 difference ΔE. Used by the palette's test; about 2.3 is a just-noticeable difference,
 * and distinct categories on a map want well over 10.
 */
export type Vision = "normal" | "protan" | "deutan" | "tritan";
type Matrix = [number, number, number][];

const simulations: Record<Exclude<Vision, "normal">, Matrix> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toXyz: Matrix = [
  [0.4124, 0.3576, 0.1805],
  [0.2126, 0.7152, 0.0722],
  [0.0193, 0.1192, 0.9505],
];

const times = (m: Matrix, v: number[]) => m.map(([a, b, c]) => a * (v[0] ?? 0) + b * (v[1] ?? 0) + c * (v[2] ?? 0));
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));
const labF = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);

/** A #rrggbb colour as CIE L*a*b*, as seen with `vision`. */
export function toLab(hex: string, vision: Vision = "normal"): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
  const seen = vision === "normal" ? rgb : times(simulations[vision], rgb);
  const [x = 0, y = 0, z = 0] = times(toXyz, seen.map(clamp));
  const [fx, fy, fz] = [labF(x / 0.95047), labF(y), labF(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 ΔE between two colours as seen with `vision`. */
export function colorDistance(a: string, b: string, vision: Vision = "normal"): number {
  const [l1, a1, b1] = toLab(a, vision);
  const [l2, a2, b2] = toLab(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The closest pair among `colors` as seen with `vision`, and its distance. */
export function closestPair(colors: string[], vision: Vision): { pair: [string, string]; distance: number } {
  let closest = { pair: ["", ""] as [string, string], distance: Number.POSITIVE_INFINITY };
  for (const [i, a] of colors.entries())
    for (const b of colors.slice(i + 1)) {
      const distance = colorDistance(a, b, vision);
      if (distance < closest.distance) closest = { pair: [a, b], distance };
    }
  return closest;
}
