import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.ts";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("decoding uploaded files", () => {
  it("reads UTF-8 with and without a byte-order mark, and normalises line endings", () => {
    const text = "name;país\r\nCafé;España\r\n";
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toEqual({ text: "name;país\nCafé;España\n", encoding: "utf-8", bom: false });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(marked)).toEqual({ text: "name;país\nCafé;España\n", encoding: "utf-8", bom: true });
  });

  it("reads a file that is not UTF-8 as Windows-1252 (Latin-1 and its curly quotes)", () => {
    // "Café ’s" in Windows-1252: é = 0xE9, ’ = 0x92.
    const decoded = decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x73));
    expect(decoded).toMatchObject({ text: "Café ’s", encoding: "windows-1252" });
  });

  it("reads UTF-16 with its byte-order mark", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00))).toMatchObject({ text: "Aé", encoding: "utf-16le" });
  });

  it("uses the encoding it is given", () => {
    expect(decodeText(bytes(0xc3, 0xa9), "windows-1252").text).toBe("Ã©");
  });
});
