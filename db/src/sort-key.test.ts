import { describe, expect, it } from "vitest";
import { toSortKey } from "./sort-key.ts";

const sorted = (titles: string[]) =>
  [...titles].sort((a, b) => (toSortKey(a) < toSortKey(b) ? -1 : toSortKey(a) > toSortKey(b) ? 1 : 0));

describe("toSortKey", () => {
  it("sorts titles opening with quotes among the others, and accented letters with their base letter", () => {
    expect(
      sorted([
        "Zaragoza market",
        "“Adopt a family for Easter”, Paphos",
        "'Hepimiz Biriz' women's cooperative",
        "Çanakkale: from participatory budgeting",
        "İzmir contract purchasing",
        "«Ville amie», Lyon",
        "Barcelona care",
        "¿Quién cuida?",
      ]),
    ).toEqual([
      "“Adopt a family for Easter”, Paphos",
      "Barcelona care",
      "Çanakkale: from participatory budgeting",
      "'Hepimiz Biriz' women's cooperative",
      "İzmir contract purchasing",
      "¿Quién cuida?",
      "«Ville amie», Lyon",
      "Zaragoza market",
    ]);
  });

  it("keeps a title with no letter or digit sortable", () => {
    expect(toSortKey("“…”")).toBe("");
    expect(toSortKey("2030 Agenda")).toBe("2030 agenda");
  });
});
