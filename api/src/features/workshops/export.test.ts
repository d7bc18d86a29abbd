import { describe, expect, it } from "vitest";
import { fileName, toCsv, toMarkdown } from "./export.ts";
import type { Report } from "./schema.ts";

const report: Report = {
  workshop: {
    title: "Care in Seville",
    territory: "Seville",
    challenge: "Home care\nfor older people",
    language: "en",
  },
  list: { id: "l1", title: "Our *plan*" },
  votesShown: true,
  generatedAt: "2026-11-26T10:00:00.000Z",
  steps: [
    {
      number: 1,
      title: "Map needs",
      description: "Ask residents <script>alert(1)</script>",
      phase: "co-design",
      phaseLabel: "Co-design",
      stakeholderTypes: [{ key: "public-local", label: "Local public administration" }],
      votes: 4,
      evidence: [
        {
          caseId: "seville-care",
          title: "Seville care [co-delivery]",
          place: "Sevilla, Spain",
          why: "It worked",
          location: { longitude: -5.98, latitude: 37.39 },
          sources: [{ title: "Source A", url: "https://example.org/a", publisher: "Example", year: 2020 }],
        },
        { caseId: null, title: "A case no longer in the atlas", place: "", why: "", location: null, sources: [] },
      ],
    },
    {
      number: 2,
      title: '=HYPERLINK("http://evil")',
      description: "",
      phase: "co-delivery",
      phaseLabel: "Co-delivery",
      stakeholderTypes: [],
      votes: null,
      evidence: [],
    },
  ],
  feedback: [{ itemNumber: 2, itemKind: "webinar", itemTitle: "", author: "Tarek", worked: "Clear cases", change: "" }],
};

describe("toMarkdown", () => {
  const md = toMarkdown(report, (id) => `https://atlas.example/cases/${id}`);

  it("writes the steps in order with phase, responsible types, votes and linked evidence with sources", () => {
    expect(md).toContain("# Our \\*plan\\*");
    expect(md).toContain("> Home care for older people");
    expect(md).toContain("## 1. Map needs");
    expect(md).toContain("*Phase: Co-design · Responsible: Local public administration · Votes: 4*");
    expect(md).toContain(
      "- [Seville care \\[co-delivery\\]](https://atlas.example/cases/seville-care) (Sevilla, Spain): It worked",
    );
    expect(md).toContain("  Sources: [Source A](https://example.org/a) (Example, 2020)");
    expect(md).toContain("- A case no longer in the atlas");
    expect(md.indexOf("## 1.")).toBeLessThan(md.indexOf("## 2."));
  });

  it("adds the feedback on the agenda's webinars, by item", () => {
    const md = toMarkdown(report, (id) => `https://atlas.example/cases/${id}`);
    expect(md).toContain("## Feedback on the webinars");
    expect(md).toContain("- **Agenda item 2** (Tarek)\n  What worked: Clear cases");
    expect(md).not.toContain("What to change");
  });

  it("leaves hidden votes out and makes markup in user text literal", () => {
    expect(md).toContain("*Phase: Co-delivery*");
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\<script\\>");
  });

  it("uses the workshop's language for its headings", () => {
    const fr = toMarkdown({ ...report, workshop: { ...report.workshop, language: "fr" } }, (id) => id);
    expect(fr).toContain("Éléments probants");
    expect(fr).toContain("Exporté de l’Atlas");
  });
});

describe("toCsv", () => {
  const csv = toCsv(report);
  const lines = csv.split("\r\n");

  it("has one header and one row per step, multiple values separated by |", () => {
    expect(lines[0]).toBe(
      "step,title,description,phase,stakeholder_types,votes,evidence_case_ids,evidence_cases,evidence_places,evidence_why,evidence_sources",
    );
    expect(lines[1]).toBe(
      '1,Map needs,Ask residents <script>alert(1)</script>,co-design,public-local,4,seville-care | ,Seville care [co-delivery] | A case no longer in the atlas,"Sevilla, Spain | ",It worked | ,https://example.org/a',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
  });

  it("defuses formulas and leaves hidden votes empty", () => {
    expect(lines[2]).toBe(`2,"'=HYPERLINK(""http://evil"")",,co-delivery,,,,,,,`);
  });
});

describe("fileName", () => {
  it("keeps letters of any script and joins words with hyphens", () => {
    expect(fileName("Our plan: 2027!", "md")).toBe("our-plan-2027.md");
    expect(fileName("خطة العمل", "csv")).toBe("خطة-العمل.csv");
    expect(fileName("***", "csv")).toBe("recommendations.csv");
  });
});
