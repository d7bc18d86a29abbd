/** Saving the picture: the SVG document as a file, or rendered to a PNG at twice its size. */

import { saveFile } from "../../lib/download.ts";

export function downloadSvg(svg: string, name: string) {
  saveFile(new Blob([svg], { type: "image/svg+xml" }), name);
}

export async function downloadPng(svg: string, width: number, height: number, name: string, scale = 2) {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob) saveFile(blob, name);
  } finally {
    URL.revokeObjectURL(url);
  }
}
