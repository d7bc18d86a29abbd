import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { toCsvField } from "../../http/csv.ts";
import { toEdgesCsv, toNodesCsv } from "./csv.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { toGraph, toNetwork } from "./network.ts";
import { rowsOf } from "./testing.ts";

const options = { view: "stakeholders", coParticipation: true } as const;
function sample() {
  const rows = rowsOf();
  const coop = rows.participations.find((p) => p.stakeholderId === "coop");
  if (coop) coop.name = 'Coop "Uno" & <Friends>, Ltd';
  for (const p of rows.participations) if (p.stakeholderId === "coop") p.name = coop?.name ?? "";
  return toNetwork(rows, toGraph(rows, options), options);
}

const lists = ["key", "node", "edge", "data", "attribute", "attvalue", "attributes"];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && lists.includes(name),
});
type Data = { key: string; "#text": string | number | boolean };

describe("toGraphml", () => {
  const xml = toGraphml(sample());
  const doc = parser.parse(xml).graphml;

  it("is well-formed XML in the GraphML namespace, undirected by default", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(doc.graph.edgedefault).toBe("undirected");
  });

  it("declares typed keys and carries every node's and edge's attributes", () => {
    type Key = { id: string; for: string; "attr.name": string; "attr.type": string };
    const find = (name: string, kind: string) =>
      (doc.key as Key[]).find((k) => k["attr.name"] === name && k.for === kind) as Key;
    expect(find("betweenness", "node")["attr.type"]).toBe("double");
    expect(find("directed", "edge")["attr.type"]).toBe("boolean");
    const name = (key: string, kind: string) => find(key, kind).id;
    const graph = doc.graph;
    const coop = graph.node.find((n: { id: string }) => n.id === "coop");
    const value = (item: { data: Data[] }, key: string) => item.data.find((d) => d.key === key)?.["#text"];
    expect(value(coop, name("label", "node"))).toBe('Coop "Uno" & <Friends>, Ltd');
    expect(value(coop, name("sector", "node"))).toBe("social");
    expect(value(coop, name("degree", "node"))).toBe(1);
    const r1 = graph.edge.find((e: { id: string }) => e.id === "r1");
    expect([r1.source, r1.target]).toEqual(["city", "coop"]);
    expect(value(r1, name("type", "edge"))).toBe("funding");
    expect(value(r1, name("directed", "edge"))).toBe(true);
    expect(value(r1, name("basis", "edge"))).toBe("A grant");
    expect(graph.node).toHaveLength(3);
    expect(graph.edge).toHaveLength(5);
  });
});

describe("toGexf", () => {
  const xml = toGexf(sample());
  const doc = parser.parse(xml).gexf;

  it("is well-formed GEXF 1.2 that networkx and Gephi read", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.xmlns).toBe("http://www.gexf.net/1.2draft");
    expect(doc.version).toBe(1.2);
    expect(doc.graph.defaultedgetype).toBe("undirected");
  });

  it("labels nodes and edges and carries the attributes by declared id", () => {
    const [nodeAttributes, edgeAttributes] = doc.graph.attributes;
    const id = (attributes: { attribute: { id: string; title: string }[] }, title: string) =>
      attributes.attribute.find((a) => a.title === title)?.id;
    const coop = doc.graph.nodes.node.find((n: { id: string }) => n.id === "coop");
    expect(coop.label).toBe('Coop "Uno" & <Friends>, Ltd');
    const nodeValue = (title: string) =>
      coop.attvalues.attvalue.find((v: { for: string }) => v.for === id(nodeAttributes, title))?.value;
    expect(nodeValue("betweenness")).toBe(0);
    expect(nodeValue("cases")).toBe("care");
    const co = doc.graph.edges.edge.find((e: { id: string }) => e.id === "co:city--residents");
    expect(co.weight).toBe(1);
    const edgeValue = (title: string) =>
      co.attvalues.attvalue.find((v: { for: string }) => v.for === id(edgeAttributes, title))?.value;
    expect(edgeValue("kind")).toBe("co-participation");
    expect(edgeValue("directed")).toBe(false);
    expect(id(edgeAttributes, "weight")).toBeUndefined();
  });
});

describe("CSV", () => {
  it("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(toCsvField("plain")).toBe("plain");
    expect(toCsvField('a "b", c')).toBe('"a ""b"", c"');
    expect(toCsvField("two\nlines")).toBe('"two\nlines"');
    expect(toCsvField(0.25)).toBe("0.25");
    expect(toCsvField(null)).toBe("");
    expect(toCsvField(false)).toBe("false");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(toCsvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(toCsvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes nodes and edges with Gephi's column names, one CRLF-ended row each", () => {
    const nodes = toNodesCsv(sample()).split("\r\n");
    expect(nodes[0]).toBe(
      "Id,Label,kind,type,sector,country,cases,caseCount,countries,degree,betweenness,brokerage,publicSocialBrokerage,component",
    );
    expect(nodes).toContain(
      'coop,"Coop ""Uno"" & <Friends>, Ltd",stakeholder,sse-organisation,social,ES,care,1,ES,1,0,0,0,1',
    );
    expect(nodes.at(-1)).toBe("");
    const edges = toEdgesCsv(sample()).split("\r\n");
    expect(edges[0]).toBe("Id,Source,Target,Type,Label,Weight,kind,type,directed,cases,startYear,endYear,basis");
    expect(edges).toContain("r1,city,coop,directed,funding,1,relationship,funding,true,care,2015,,A grant");
    expect(edges).toContain(
      "co:city--residents,city,residents,undirected,co-participation,1,co-participation,,false,housing,,,",
    );
  });
});
