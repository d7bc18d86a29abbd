/** Symbols drawn on a canvas at run time, so the map needs no sprite server. */
import { colors } from "./style.ts";

/** A diamond: the currency layer's symbol, distinct from the round case points. */
export function drawDiamond(size = 18): ImageData {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  const h = size / 2;
  ctx.beginPath();
  ctx.moveTo(h, 1);
  ctx.lineTo(size - 1, h);
  ctx.lineTo(h, size - 1);
  ctx.lineTo(1, h);
  ctx.closePath();
  ctx.fillStyle = colors.currency;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = "#ffffff";
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
