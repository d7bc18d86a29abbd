import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { decodeText } from "./decode.ts";

const read = (text: string, delimiter?: string) => parseCsv(decodeText(new TextEncoder().encode(text)), delimiter);

describe("CSV", () => {
  it("finds the delimiter among comma, semicolon, tab and pipe", () => {
    expect(read("a;b;c\n1;2,5;3\n4;5;6\n").delimiter).toBe(";");
    expect(read("a\tb\n1\t2\n").delimiter).toBe("\t");
    expect(read("a|b\n1|2\n").delimiter).toBe("|");
    expect(read("a,b\n1,2\n").delimiter).toBe(",");
  });

  it("keeps quoted line breaks, doubled quotes and delimiters inside fields", () => {
    const table = read('name,description\r\n"La Flor","A <p>first</p>\r\nsecond ""line"", with a comma"\r\n');
    expect(table.rows).toEqual([["La Flor", 'A <p>first</p>\nsecond "line", with a comma']]);
  });

  it("pads short rows, skips blank lines and names empty or repeated headers", () => {
    const table = read("name,,name\n\nA,1\n \nB,2,3\n");
    expect(table.header).toEqual(["name", "column 2", "name (2)"]);
    expect(table.rows).toEqual([
      ["A", "1", ""],
      ["B", "2", "3"],
    ]);
  });

  it("uses a delimiter it is given", () => {
    expect(read("a;b,c\n1;2,3\n", ",").header).toEqual(["a;b", "c"]);
  });
});
