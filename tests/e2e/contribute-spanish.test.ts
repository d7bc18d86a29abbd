/**
 * The "done when", in Spanish: a stranger proposes a case with two stakeholders tied by a
 * relationship and its sources, whose title nearly repeats a published case; the curator sees the
 * duplicate warning, compares, accepts; the case is then in the network view and in the CSV and
 * GeoJSON downloads. A reader's correction becomes a second revision, and the curator restores the
 * first from the record's history page, and the audit log shows who did what. Labels come from the Spanish catalogue, so the test reads
 * the page as a Spanish speaker does.
 */
import { readFile } from "node:fs/promises";
import { createCurator, setPasswordWithLink } from "@atlas/api/accounts";
import { openDatabase } from "@atlas/db/client";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import es from "../../web/src/i18n/catalogues/es.json" with { type: "json" };
import { getJson } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";

type CaseList = { items: { id: string; title: string; country: string | null }[] };
type CaseDetail = { id: string; title: string; latitude: number | null; longitude: number | null; summary: string };

/** A Spanish label, with its {placeholders} filled. */
function l(key: keyof typeof es, params: Record<string, string | number> = {}): string {
  return es[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function signIn(page: Page, curator: { email: string; password: string }) {
  await page.goto("/curate");
  await page.getByLabel(l("curate.login.email")).fill(curator.email);
  await page.getByLabel(l("curate.login.password")).fill(curator.password);
  await page.getByRole("button", { name: l("curate.login.submit") }).click();
  await page.getByRole("heading", { name: l("curate.queue.title") }).waitFor();
}

describe.skipIf(!hasChromium)("a Spanish-speaking contributor, a curator and the published case", () => {
  const s = suiteSession();
  const curator = { email: "lucia.e2e@example.org", name: "Lucía Curadora", password: "una frase bastante larga" };
  // A word no other record holds, to find the case in the network and the downloads.
  const marker = "Zarzaganilla";
  const summary = `En el barrio de ${marker}, el ayuntamiento y una asociación vecinal cocinan juntos para personas mayores.`;

  beforeAll(async () => {
    const db = await openDatabase({ url: s.databaseUrl });
    const { token } = await createCurator(db, { email: curator.email, name: curator.name, role: "admin" }, null);
    await setPasswordWithLink(db, token, curator.password);
  });

  it("proposes, warns of a duplicate, publishes to the network and the downloads, and restores a revision", async () => {
    const api = getJson(s);
    const listed = (await api<CaseList>("/api/cases?country=ES&pageSize=50")).items;
    const near = (await Promise.all(listed.map(({ id }) => api<CaseDetail>(`/api/cases/${id}`)))).find(
      (c) => c.latitude !== null && c.title.length > 12,
    );
    if (!near) throw new Error("no located Spanish case to nearly repeat");
    // The same title with its last letter dropped: what a hurried proposer types.
    const title = near.title.slice(0, -1);

    // The proposer, in Spanish: what and where, next to the published case.
    const { page } = await s.newPage({ locale: "es-ES" });
    await page.goto("/contribute");
    await page.getByLabel(l("contribute.case.title"), { exact: true }).fill(title);
    await page.getByLabel(l("contribute.case.summary")).fill(summary);
    await page.getByLabel(l("contribute.place.country")).selectOption("ES");
    await page.getByLabel(l("contribute.place.city")).fill("Sevilla");
    await page.getByLabel(l("contribute.place.latitude")).fill(String(near.latitude));
    await page.getByLabel(l("contribute.place.longitude")).fill(String(near.longitude));
    await page.getByLabel(l("contribute.place.precision")).selectOption("city");
    await page.getByRole("button", { name: l("contribute.steps.next") }).click();
    await page.getByRole("heading", { name: new RegExp(l("contribute.step.typology")) }).waitFor();
    await page.getByRole("button", { name: l("contribute.steps.next") }).click();

    // Two new stakeholders, each with a type and a role.
    await page.getByRole("heading", { name: new RegExp(l("contribute.step.participants")) }).waitFor();
    const finder = page.getByLabel(l("contribute.participants.search"));
    const actors = ["Ayuntamiento de Zarzaganilla", "Asociación Vecinal Las Cocinas"];
    for (const [i, name] of actors.entries()) {
      await finder.fill(name);
      await page.getByRole("button", { name: l("contribute.participants.addNew", { name }) }).click();
      const group = page.getByRole("group", { name: l("contribute.participants.itemNew", { n: i + 1 }) });
      await expect.poll(() => group.getByLabel(l("contribute.participants.name")).inputValue()).toBe(name);
      await group.getByLabel(l("contribute.participants.type")).selectOption({ index: i === 0 ? 1 : 2 });
      await group.getByLabel(l("contribute.participants.role")).selectOption({ index: 1 });
    }
    await page.getByRole("button", { name: l("contribute.steps.next") }).click();

    // A source, then the tie between the two, resting on it.
    await page.getByRole("heading", { name: new RegExp(l("contribute.step.sources")) }).waitFor();
    await page.getByRole("button", { name: l("contribute.sources.add") }).click();
    const source = page.getByRole("group", { name: l("contribute.sources.item", { n: 1 }) });
    await source.getByLabel(l("contribute.sources.url")).fill("https://www.sevilla.org/cocinas-compartidas");
    await source.getByLabel(l("contribute.sources.title")).fill("Cocinas compartidas en Zarzaganilla");
    await source.getByLabel(l("contribute.sources.publisher")).fill("Ayuntamiento de Sevilla");
    await source.getByLabel(l("contribute.sources.year")).fill("2025");
    await page.getByRole("button", { name: l("contribute.steps.next") }).click();
    await page.getByRole("heading", { name: new RegExp(l("contribute.step.relationships")) }).waitFor();
    await page.getByRole("button", { name: l("contribute.relationships.add") }).click();
    const tie = page.getByRole("group", { name: l("contribute.relationships.item", { n: 1 }) });
    await tie.getByLabel(l("contribute.relationships.from"), { exact: true }).selectOption({ label: actors[0] });
    await tie.getByLabel(l("contribute.relationships.to"), { exact: true }).selectOption({ label: actors[1] });
    await tie.getByLabel(l("contribute.relationships.type")).selectOption({ index: 1 });
    await tie.getByLabel(l("contribute.relationships.basis")).fill("Un convenio firmado en 2025 para cocinar juntos.");
    const sourceBox = tie.getByRole("checkbox").first();
    if (!(await sourceBox.isChecked())) await sourceBox.check();
    await page.getByRole("button", { name: l("contribute.steps.next") }).click();
    await page.getByLabel(l("contribute.proposer.name")).fill("Carmen Ruiz");
    await page.getByRole("button", { name: l("contribute.send.submit") }).click();
    await page.getByRole("heading", { name: l("contribute.sent.title") }).waitFor();

    // The curator sees the warning that it nearly repeats the published case, compares, and accepts.
    const { page: desk } = await s.newPage({ locale: "es-ES" });
    desk.on("dialog", (d) => d.accept());
    await signIn(desk, curator);
    await desk.getByRole("link", { name: title, exact: true }).click();
    const duplicates = desk.getByRole("region", { name: l("curate.duplicates.title") });
    await duplicates.getByRole("link", { name: near.title, exact: true }).waitFor();
    await duplicates.getByRole("button", { name: l("curate.duplicates.compare", { name: near.title }) }).click();
    await duplicates.getByRole("columnheader", { name: l("curate.duplicates.published") }).waitFor();
    await desk.getByRole("button", { name: l("curate.decide.accept") }).click();
    await desk.getByRole("status").getByText(l("curate.decide.published")).waitFor();
    await desk.getByRole("link", { name: l("curate.decide.seeRecord") }).click();
    await desk.waitForURL(/\/cases\/[^/]+$/);
    const id = new URL(desk.url()).pathname.split("/").pop() ?? "";

    // The network of the cases that mention the marker: the two actors and their tie.
    const { page: reader } = await s.newPage({ locale: "es-ES" });
    await reader.goto(`/network?q=${marker}`);
    const nodes = reader.getByRole("table", { name: l("network.nodesTable") });
    for (const name of actors)
      await nodes.getByRole("rowheader", { name }).or(nodes.getByRole("cell", { name })).first().waitFor();
    await reader
      .locator("summary")
      .filter({ hasText: l("network.edgesTable") })
      .click();
    const edges = reader.getByRole("table", { name: l("network.edgesTable") });
    const tied = edges.locator("tbody tr").filter({ hasText: actors[0] }).filter({ hasText: actors[1] });
    await tied.first().waitFor();

    // The downloads of the list that finds it.
    await reader.goto(`/?q=${marker}`);
    // Written in Spanish (the form's language by default): the Spanish list shows it as the original, unmarked.
    const card = reader.getByRole("link", { name: title }).first();
    await card.waitFor();
    expect(
      await reader
        .locator(".fallback-mark")
        .filter({ hasText: l("translation.inOriginal", { language: "español" }) })
        .count(),
    ).toBe(0);
    const download = async (name: string) => {
      const [file] = await Promise.all([reader.waitForEvent("download"), reader.getByRole("link", { name }).click()]);
      return readFile((await file.path()) ?? "", "utf8");
    };
    const csv = await download(l("results.csv"));
    expect(csv).toContain(id);
    expect(csv).toContain(marker);
    const geojson = JSON.parse(await download(l("results.geojson"))) as {
      features: { id?: string; properties: { id?: string; title?: string }; geometry: { coordinates: number[] } }[];
    };
    const feature = geojson.features.find((f) => (f.properties.id ?? f.id) === id);
    expect(feature?.geometry.coordinates).toEqual([near.longitude, near.latitude]);

    // A reader corrects the summary; the curator accepts it: a second revision.
    await reader.goto(`/cases/${id}`);
    await reader.getByRole("button", { name: l("contribute.correction.open") }).click();
    await reader.getByLabel(l("contribute.correction.field")).selectOption("summary");
    await reader
      .getByLabel(l("contribute.correction.value"))
      .fill(`${summary} Desde 2026 también reparten a domicilio.`);
    await reader.getByLabel(l("contribute.sources.url")).fill("https://www.sevilla.org/cocinas-2026");
    await reader.getByLabel(l("contribute.sources.title")).fill("Reparto a domicilio");
    await reader.getByRole("button", { name: l("contribute.correction.submit") }).click();
    await reader.getByRole("link", { name: l("contribute.sent.open") }).waitFor();
    await desk.goto("/curate");
    await desk.getByRole("link", { name: title, exact: true }).click();
    await desk.getByRole("button", { name: l("curate.decide.accept") }).click();
    await desk.getByRole("status").getByText(l("curate.decide.published")).waitFor();

    // From the public history page, the curator restores the first revision.
    await desk.goto(`/history/case/${id}`);
    await desk
      .getByRole("heading", { name: new RegExp(`^${escapeRegExp(l("history.revision", { n: 2 }))}`) })
      .waitFor();
    await desk.getByRole("link", { name: l("history.curatorEdit") }).click();
    // The record's fields are labelled for the curator, not one block of JSON.
    await desk.getByLabel(l("contribute.field.summary")).waitFor();
    if (process.env.SCREENSHOT_DIR)
      await desk.screenshot({ path: `${process.env.SCREENSHOT_DIR}/curate-record-es.png`, fullPage: true });
    await desk.getByRole("button", { name: l("curate.record.restore", { n: 1 }) }).click();
    await desk
      .getByRole("heading", { name: new RegExp(`^${escapeRegExp(l("history.revision", { n: 3 }))}`) })
      .waitFor();
    await desk.goto(`/history/case/${id}`);
    await desk.getByText(l("history.action.restore")).first().waitFor();
    await expect.poll(async () => (await api<CaseDetail>(`/api/cases/${id}`)).summary).toBe(summary);
    await reader.goto(`/cases/${id}`);
    // In Spanish, as written: no note about a translation, no block marked as another language.
    await reader.getByText(summary).first().waitFor();
    expect(await reader.locator(".content-note, .fallback-mark").count()).toBe(0);

    // The audit log says who did it: the acceptances and the restore, newest first.
    await desk.goto("/curate");
    await desk.getByRole("link", { name: l("curate.nav.audit") }).click();
    const log = desk.getByRole("table");
    await log.getByRole("cell", { name: l("curate.audit.action.record.restore") }).waitFor();
    expect(await log.getByRole("cell", { name: l("curate.audit.action.proposal.accept") }).count()).toBe(2);
    expect(await log.locator("tbody tr").first().textContent()).toContain(l("curate.audit.action.record.restore"));

    // Signed out, /curate is told 401 before the sign-in form shows; anything else is a problem.
    const expected = /401 \(Unauthorized\)|api\/accounts\/me net::ERR_ABORTED/;
    expect(s.problems.filter((p) => !expected.test(p))).toEqual([]);
  }, 300_000);
});
