import { describe, expect, it } from "vitest";
import {
  type Citation,
  escapeBibtex,
  parseCitedVersion,
  toBibtex,
  toCslJson,
  toPermalink,
  toTextCitation,
} from "./citation.ts";

const citation: Citation = {
  viewTitle: "Explore cases — Country: Tunisia & Morocco",
  url: "https://atlas.example/?country=TN%2CMA&dataset=1.0.0%2Ba1b2c3d4e5f6&cited=2026-11-30",
  accessed: "2026-11-30",
  dataset: {
    title: "Co-production Atlas: cases",
    publisher: "Co-production Atlas",
    version: "1.0.0",
    label: "1.0.0+a1b2c3d4e5f6",
    shortHash: "a1b2c3d4e5f6",
    hash: "a1b2c3d4e5f6".padEnd(64, "0"),
    modified: "2026-11-28",
    licence: { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  },
};

describe("toPermalink", () => {
  it("adds the dataset version and the date, keeping the view's own parameters", () => {
    const url = new URL(toPermalink("https://atlas.example/network?country=TN#x", citation.dataset, "2026-11-30"));
    expect(url.pathname).toBe("/network");
    expect(url.searchParams.get("country")).toBe("TN");
    expect(url.searchParams.get("dataset")).toBe("1.0.0+a1b2c3d4e5f6");
    expect(url.searchParams.get("cited")).toBe("2026-11-30");
    expect(url.hash).toBe("");
  });

  it("replaces an older version when a cited view is cited again", () => {
    const url = new URL(
      toPermalink("https://atlas.example/?dataset=0.9.0%2Bffffff&cited=2025-01-01", citation.dataset, "2026-11-30"),
    );
    expect(url.searchParams.getAll("dataset")).toEqual(["1.0.0+a1b2c3d4e5f6"]);
  });
});

describe("parseCitedVersion", () => {
  it("reads what a permalink was cited on", () => {
    expect(parseCitedVersion("?dataset=1.0.0%2Babcdef123456&cited=2026-11-30")).toEqual({
      label: "1.0.0+abcdef123456",
      cited: "2026-11-30",
    });
  });
  it("ignores anything that is not a version", () => {
    expect(parseCitedVersion("?dataset=<script>")).toBeNull();
    expect(parseCitedVersion("?country=TN")).toBeNull();
  });
});

describe("toBibtex", () => {
  const bib = toBibtex(citation);
  it("is one @misc entry with a stable key, the version, the address and the date of access", () => {
    expect(bib).toMatch(/^@misc\{atlas-1-0-0-a1b2c3d4-2026-11-30,\n/);
    expect(bib).toContain("  version = {1.0.0+a1b2c3d4e5f6},");
    expect(bib).toContain(`  url = {${citation.url}},`);
    expect(bib).toContain("  urldate = {2026-11-30},");
    expect(bib).toContain("  year = {2026},");
    expect(bib).toContain("  author = {{Co-production Atlas}},");
  });
  it("escapes LaTeX's special characters in the text but not in the address", () => {
    expect(bib).toContain("Tunisia \\& Morocco");
    expect(escapeBibtex("50% of {x}_1 #2 $")).toBe("50\\% of \\{x\\}\\_1 \\#2 \\$");
    expect(bib).toContain("%2CMA");
  });
  it("has balanced braces", () => {
    const unescaped = bib.replace(/\\[{}]/g, "");
    expect(unescaped.split("{").length).toBe(unescaped.split("}").length);
  });
});

describe("toCslJson", () => {
  it("describes a dataset item that citeproc reads", () => {
    const [item] = toCslJson(citation);
    expect(item).toMatchObject({
      type: "dataset",
      version: "1.0.0+a1b2c3d4e5f6",
      URL: citation.url,
      issued: { "date-parts": [[2026, 11, 28]] },
      accessed: { "date-parts": [[2026, 11, 30]] },
      author: [{ literal: "Co-production Atlas" }],
    });
  });
});

describe("toTextCitation", () => {
  it("fills the catalogue's template", () => {
    const text = toTextCitation(
      citation,
      "{author}. ({year}). {title} [Data set, version {version}]. {publisher}. Retrieved {date}, from {url}",
      () => "30 November 2026",
    );
    expect(text).toBe(
      `Co-production Atlas. (2026). Explore cases — Country: Tunisia & Morocco [Data set, version 1.0.0+a1b2c3d4e5f6]. Co-production Atlas. Retrieved 30 November 2026, from ${citation.url}`,
    );
  });
});
