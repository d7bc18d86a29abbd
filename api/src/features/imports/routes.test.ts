/**
 * The imports API through its routes, against a seeded database: upload, preview, dry run and its CSV,
 * a batch written behind the answer and followed to the end, undo, presets, bad files and bad calls,
 * and who may call each route.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { curatorSession, member, nextAddress, type TestApp, testApp, testWorkshop } from "../../testing.ts";

const csv = [
  "Nombre;Tipo de entidad;País;Ciudad;Latitud;Longitud;Descripción",
  'Cooperativa Tramuntana;Cooperativa;España;Girona;41,98;2,82;"<p>Una <b>cooperativa</b> &amp; más</p>"',
  "Associazione Il Faro;non_profit_non_gov;Italia;Bari;41.12;16.87;",
  "Gemeinschaft Dritte;Kirche;Deutschland;;;;",
  "Sin Nombre;;Spain;Madrid;40.41;-3.70;",
  ";Cooperativa;ES;;;;",
].join("\r\n");

const settings = {
  kind: "stakeholder",
  source: { title: "A regional register", url: "https://register.example.org/", publisher: "Register" },
  values: { stakeholderType: { kirche: null } },
};

let t: TestApp;
let curator: Awaited<ReturnType<typeof curatorSession>>;
let fileId: string;

const upload = (name: string, text: string) =>
  curator.call<{ id: string; bytes: number }>("POST", "/imports/files", {
    name,
    content: Buffer.from(text, "latin1").toString("base64"),
  });

beforeAll(async () => {
  t = await testApp();
  curator = await curatorSession(t);
  const stored = await upload("register.csv", csv);
  expect(stored.status).toBe(201);
  fileId = stored.body.id;
});

async function settled(batchId: string) {
  let batch: { status: string; done: number; total: number } | undefined;
  await expect
    .poll(
      async () => {
        batch = (await curator.call<typeof batch>("GET", `/imports/batches/${batchId}`)).body;
        return batch?.status;
      },
      { timeout: 60_000, interval: 100 },
    )
    .not.toBe("running");
  return batch as NonNullable<typeof batch>;
}

describe("the imports API", () => {
  it("previews a Latin-1 file with semicolons: columns guessed in Spanish, values counted and mapped", async () => {
    const res = await curator.call<{
      format: string;
      encoding: string;
      delimiter: string;
      columns: Record<string, string>;
      values: { target: string; values: { value: string; key?: string | null; count: number }[] }[];
      fields: { name: string; required: boolean }[];
      choices: Record<string, string[]>;
    }>("POST", `/imports/files/${fileId}/preview`, { settings });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ format: "csv", encoding: "windows-1252", delimiter: ";" });
    expect(res.body.columns).toMatchObject({ name: "Nombre", type: "Tipo de entidad", country: "País" });
    const countries = res.body.values.find((v) => v.target === "country")?.values ?? [];
    expect(countries.find((v) => v.value === "Italia")?.key).toBe("IT");
    expect(countries.find((v) => v.value === "Deutschland")?.key).toBe("DE");
    const types = res.body.values.find((v) => v.target === "stakeholderType")?.values ?? [];
    expect(types.find((v) => v.value === "Kirche")?.key).toBeNull();
    expect(res.body.fields.find((f) => f.name === "name")?.required).toBe(true);
    expect(res.body.choices.stakeholderType).toContain("sse-organisation");
  });

  it("dry-runs with a report per row, also as CSV", async () => {
    const res = await curator.call<{
      importable: number;
      report: {
        rows: number;
        errors: number;
        items: {
          row: number;
          status: string;
          messages: { column: string; code: string; level: string; params: Record<string, unknown> }[];
        }[];
      };
    }>("POST", `/imports/files/${fileId}/dry-run`, { settings });
    expect(res.status).toBe(200);
    expect(res.body.report.rows).toBe(5);
    expect(res.body.importable).toBeGreaterThanOrEqual(2);
    expect(res.body.importable).toBeLessThan(5);
    expect(res.body.report.items[0]?.status).not.toBe("error");
    const missingName = res.body.report.items.find((i) => i.row === 5);
    expect(missingName?.status).toBe("error");
    expect(missingName?.messages.map((m) => m.column)).toContain("Nombre");
    // The web says it in the reader's language from the code and the values it names.
    expect(missingName?.messages).toContainEqual(
      expect.objectContaining({ code: "missing_required", level: "error", params: { field: "name" } }),
    );
    const file = await curator.call<string>("POST", `/imports/files/${fileId}/report.csv`, { settings });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("register-dry-run.csv");
    expect(String(file.body).split("\r\n")[0]).toBe("row,status,column,code,message");
  });

  it("imports as proposals behind the answer, lists the batch, and undoes it", async () => {
    const started = await curator.call<{ batchId: string; total: number }>("POST", `/imports/files/${fileId}/batches`, {
      settings,
      publish: false,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const batch = await settled(started.body.batchId);
    expect(batch).toMatchObject({ status: "done", done: started.body.total, total: started.body.total });
    expect(started.body.total).toBeGreaterThanOrEqual(2);
    const queue = await curator.call<{ items: { batchId: string | null }[] }>(
      "GET",
      "/curation/proposals?channel=import",
    );
    expect(queue.body.items.filter((p) => p.batchId === started.body.batchId)).toHaveLength(started.body.total);
    const list = await curator.call<{ items: { id: string; createdBy: string }[] }>("GET", "/imports/batches");
    expect(list.body.items[0]).toMatchObject({ id: started.body.batchId, createdBy: "Clara Curator" });
    const undone = await curator.call<{ withdrawn: number }>(
      "POST",
      `/imports/batches/${started.body.batchId}/undo`,
      {},
    );
    expect(undone.status).toBe(200);
    expect(undone.body.withdrawn).toBe(started.body.total);
    const again = await curator.call("POST", `/imports/batches/${started.body.batchId}/undo`, {});
    expect(again.status).toBe(409);
    expect((await curator.call("GET", `/imports/batches/${started.body.batchId}`)).body).toMatchObject({
      status: "undone",
    });
  });

  it("publishes a batch that shows on the public API, and undoes it", async () => {
    const started = await curator.call<{ batchId: string }>("POST", `/imports/files/${fileId}/batches`, {
      settings,
      publish: true,
    });
    expect(started.status).toBe(201);
    expect((await settled(started.body.batchId)).status).toBe("done");
    const found = await t.json<{ items: { name: string }[] }>("/api/stakeholders?q=Tramuntana");
    expect(found.body.items.map((s) => s.name)).toContain("Cooperativa Tramuntana");
    expect((await curator.call("POST", `/imports/batches/${started.body.batchId}/undo`, {})).status).toBe(200);
    const gone = await t.json<{ items: { name: string }[] }>("/api/stakeholders?q=Tramuntana");
    expect(gone.body.items.map((s) => s.name)).not.toContain("Cooperativa Tramuntana");
  });

  it("reads GeoJSON as cases: properties as columns, a polygon placed at a representative point", async () => {
    const geojson = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { titre: "Jardin partagé des Lices", résumé: "Un jardin cogéré avec la ville.", pays: "France" },
          geometry: { type: "Point", coordinates: [5.37, 43.3] },
        },
        {
          type: "Feature",
          properties: { titre: "Maison de quartier", résumé: "Gérée par les habitants.", pays: "France" },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [4.8, 45.7],
                [4.9, 45.7],
                [4.9, 45.8],
                [4.8, 45.7],
              ],
            ],
          },
        },
      ],
    };
    const stored = await upload("cases.geojson", JSON.stringify(geojson));
    const caseSettings = { kind: "case", source: settings.source };
    const shown = await curator.call<{ format: string; columns: Record<string, string>; rowCount: number }>(
      "POST",
      `/imports/files/${stored.body.id}/preview`,
      { settings: caseSettings },
    );
    expect(shown.body).toMatchObject({ format: "geojson", rowCount: 2 });
    expect(shown.body.columns).toMatchObject({
      title: "titre",
      summary: "résumé",
      country: "pays",
      latitude: "latitude",
    });
    const run = await curator.call<{ report: { rows: number; items: { messages: { code: string }[] }[] } }>(
      "POST",
      `/imports/files/${stored.body.id}/dry-run`,
      { settings: caseSettings },
    );
    expect(run.body.report.rows).toBe(2);
  });

  it("saves, lists and deletes a preset", async () => {
    expect((await curator.call("PUT", "/imports/presets/Regional register", { settings })).status).toBe(204);
    const list = await curator.call<{ items: { name: string; settings: { values: unknown } }[] }>(
      "GET",
      "/imports/presets?kind=stakeholder",
    );
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        name: "Regional register",
        settings: expect.objectContaining({ values: settings.values }),
      }),
    );
    expect((await curator.call("DELETE", "/imports/presets/Regional register")).status).toBe(204);
    expect((await curator.call("DELETE", "/imports/presets/Regional register")).status).toBe(404);
  });

  it("answers bad files and bad calls with the error shape, naming the field", async () => {
    const broken = await upload("broken.geojson", '{"type": "FeatureCollection", "features": [');
    const read = await curator.call<{ error: { code: string; details: { parameter: string }[] } }>(
      "POST",
      `/imports/files/${broken.body.id}/dry-run`,
      { settings },
    );
    expect(read.status).toBe(400);
    expect(read.body.error).toMatchObject({ code: "unreadable_file", details: [{ parameter: "file" }] });
    const noSource = await curator.call<{ error: { code: string } }>("POST", `/imports/files/${fileId}/batches`, {
      settings: { kind: "stakeholder" },
      publish: false,
    });
    expect(noSource.body.error.code).toBe("missing_source");
    const badKind = await curator.call("POST", `/imports/files/${fileId}/preview`, { settings: { kind: "currency" } });
    expect(badKind.status).toBe(400);
    const notBase64 = await curator.call("POST", "/imports/files", { name: "x.csv", content: "%%%" });
    expect(notBase64.status).toBe(400);
    const unknown = await curator.call("POST", "/imports/files/00000000-0000-4000-8000-000000000000/preview", {
      settings,
    });
    expect(unknown.status).toBe(404);
    expect((await curator.call("GET", "/imports/batches/imp-aaaaaaaaaaaa")).status).toBe(404);
  });
});

describe("who may call the imports API", () => {
  type Caller = "stranger" | "member" | "curator" | "admin";
  const routes: [string, (id: string) => string, unknown?][] = [
    ["POST", () => "/imports/files", { name: "a.csv", content: "YSxiCjEsMgo=" }],
    ["POST", (id) => `/imports/files/${id}/preview`, { settings }],
    ["POST", (id) => `/imports/files/${id}/dry-run`, { settings }],
    ["POST", (id) => `/imports/files/${id}/report.csv`, { settings }],
    ["POST", (id) => `/imports/files/${id}/batches`, { settings: { kind: "stakeholder" }, publish: false }],
    ["GET", () => "/imports/batches"],
    ["GET", () => "/imports/batches/imp-aaaaaaaaaaaa"],
    ["POST", () => "/imports/batches/imp-aaaaaaaaaaaa/undo", {}],
    ["GET", () => "/imports/presets"],
    ["PUT", () => "/imports/presets/matrix", { settings }],
    ["DELETE", () => "/imports/presets/none"],
  ];
  const calls = {} as Record<Caller, ReturnType<typeof member>>;
  beforeAll(async () => {
    const w = await testWorkshop(t);
    calls.stranger = member(t, undefined, nextAddress());
    calls.member = member(t, w.secret, nextAddress());
    calls.curator = curator.call;
    calls.admin = (await curatorSession(t, "admin", "Ada Admin")).call;
  });
  for (const [method, path, body] of routes) {
    for (const caller of ["stranger", "member", "curator", "admin"] as Caller[]) {
      const allowed = caller === "curator" || caller === "admin";
      it(`${method} ${path(":id")} as ${caller}: ${allowed ? "allowed" : "denied"}`, async () => {
        const res = await calls[caller](method, path(fileId), body);
        if (allowed) expect([401, 403], JSON.stringify(res.body)).not.toContain(res.status);
        else expect(res.status, JSON.stringify(res.body)).toBe(401);
      });
    }
  }
  it("refuses a curator's write without the CSRF token or from another site", async () => {
    const write = (headers: Record<string, string>) =>
      t.request("/api/imports/presets/x", {
        method: "PUT",
        headers: { cookie: curator.cookie, "content-type": "application/json", ...headers },
        body: JSON.stringify({ settings }),
      });
    expect((await write({ origin: "http://localhost" })).status).toBe(403);
    expect((await write({ origin: "https://evil.example", "x-csrf-token": curator.csrfToken })).status).toBe(403);
  });
});
