/** Label widths for layout and placement, measured with the labels' own font on an offscreen canvas. */
import { labelFont } from "./picture.ts";

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export function measureLabel(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (context === undefined) {
    context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    if (context) context.font = labelFont;
  }
  // Without a canvas (never in the browser), an average glyph width is close enough.
  const width = Math.ceil(context ? context.measureText(text).width : text.length * 6.5);
  widths.set(text, width);
  return width;
}
