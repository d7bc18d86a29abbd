import { openDatabase } from "@atlas/db/client";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it, vi } from "vitest";
import { memberApi } from "./api.ts";
import { hasChromium, type Session, suiteSession } from "./browser.ts";

describe.skipIf(!hasChromium)("a live workshop in two browsers", () => {
  const s = suiteSession();

  it("shows each member what the other does without reloading, and holds them to their dots", async () => {
    const { page: facilitator } = await s.newPage();
    await facilitator.goto("/workshops");
    await facilitator.getByLabel("Title").fill("Care in Seville");
    await facilitator.getByLabel("Dots per participant").fill("2");
    await facilitator.getByLabel("Your name, as participants will see it").fill("Fatima");
    await facilitator.getByRole("button", { name: "Create the workshop" }).click();
    const code = (await facilitator.locator(".ws-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    await facilitator.getByRole("link", { name: "Open the workshop" }).click();
    await facilitator.getByRole("heading", { level: 1, name: "Care in Seville" }).waitFor();
    expect(facilitator.url()).not.toContain("#k=");

    const { page: participant } = await s.newPage();
    await participant.goto("/workshops");
    await participant.getByLabel("Workshop code").fill(code.toLowerCase());
    await participant.getByLabel("Your name, as others will see it").fill("Ana");
    await participant.getByRole("button", { name: "Join" }).click();
    await participant.getByRole("heading", { level: 1, name: "Care in Seville" }).waitFor();
    await participant.locator(".ws-live-live").waitFor();
    await facilitator.locator(".ws-live-live").waitFor();

    await facilitator.getByRole("button", { name: "Add a step" }).click();
    await facilitator.getByLabel("Step", { exact: true }).fill("Listen to residents first");
    await facilitator.getByRole("button", { name: "Add the step" }).click();
    const started = Date.now();
    await participant.getByRole("heading", { level: 3, name: /Listen to residents first/ }).waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(2_000);

    await participant.getByRole("button", { name: "Add a step" }).click();
    await participant.getByLabel("Step", { exact: true }).fill("Fund a care cooperative");
    await participant.getByRole("button", { name: "Add the step" }).click();
    await facilitator.getByRole("heading", { level: 3, name: /Fund a care cooperative/ }).waitFor({ timeout: 5_000 });

    const addDot = (title: string) => participant.getByRole("button", { name: `Add a dot to “${title}”` });
    await addDot("Listen to residents first").click();
    await participant.getByText("1 of your 2 dots left").waitFor();
    await addDot("Fund a care cooperative").click();
    await participant.getByText("0 of your 2 dots left").waitFor();
    await expect.poll(() => addDot("Listen to residents first").isDisabled()).toBe(true);
    await expect.poll(() => addDot("Fund a care cooperative").isDisabled()).toBe(true);
    await participant.getByRole("button", { name: "Take a dot from “Listen to residents first”" }).click();
    await expect.poll(() => addDot("Fund a care cooperative").isEnabled()).toBe(true);
    await facilitator.getByText("1 vote").first().waitFor({ timeout: 5_000 });

    const steps = (page: typeof participant) => page.locator(".ws-items h3").allTextContents();
    await facilitator.getByRole("button", { name: "Move “Fund a care cooperative”", exact: true }).focus();
    await facilitator.keyboard.press("ArrowUp");
    await expect
      .poll(() => steps(participant), { timeout: 5_000 })
      .toEqual(["1. Fund a care cooperative", "2. Listen to residents first"]);
    // Exporting reads the list; renaming and removing it change it: they are not among the exports.
    const exports = facilitator.getByRole("group", { name: "Export:" });
    expect(await exports.getByRole("button").allTextContents()).toEqual(["Markdown", "CSV"]);
    expect(await exports.getByRole("link").allTextContents()).toEqual(["Workshop pack (print or PDF)"]);
    await facilitator.getByRole("button", { name: "Remove the list" }).waitFor();

    // Lowering the dots leaves Ana over the new budget: she is told, and can only take dots back.
    await addDot("Listen to residents first").click();
    await participant.getByText("0 of your 2 dots left").waitFor();
    await facilitator.getByRole("heading", { level: 2, name: "Facilitator controls" }).click();
    await facilitator.getByLabel("Dots per participant").fill("1");
    await facilitator.getByRole("button", { name: "Save the settings" }).click();
    const over = participant.getByRole("status").filter({ hasText: "1 dot more than the 1 each member now has" });
    await over.waitFor({ timeout: 5_000 });
    await expect.poll(() => addDot("Fund a care cooperative").isDisabled()).toBe(true);
    await participant.getByRole("button", { name: "Take a dot from “Listen to residents first”" }).click();
    await expect.poll(() => over.count()).toBe(0);
    await participant.getByText("0 of your 1 dots left").waitFor();
    expect(s.problems).toEqual([]);
  });

  it("asks what to keep when two people edit the same step, and reorders by drag and drop", async () => {
    const api = memberApi(s.server.url);
    const w = await api<{ workshopId: string; secret: string; joinCode: string }>("POST", "/workshops", {
      title: "Energy in Karditsa",
      language: "en",
      facilitatorName: "Eleni",
    });
    const ana = await api<{ secret: string }>("POST", "/workshops/join", { code: w.joinCode, name: "Ana" });
    const state = await api<{ lists: { id: string }[] }>("GET", `/workshops/${w.workshopId}`, undefined, w.secret);
    const listPath = `/workshops/${w.workshopId}/lists/${state.lists[0]?.id}/items`;
    for (const title of ["Pool the roofs", "Share the savings"]) {
      await api("POST", listPath, { title, phase: "co-delivery" }, w.secret);
    }
    const { page: eleni } = await s.newPage();
    const { page: anaPage } = await s.newPage();
    await eleni.goto(`/w/${w.workshopId}#k=${w.secret}`);
    await anaPage.goto(`/w/${w.workshopId}#k=${ana.secret}`);
    for (const page of [eleni, anaPage]) await page.locator(".ws-live-live").waitFor();

    const editBoth = async () => {
      for (const page of [eleni, anaPage]) await page.getByRole("button", { name: "Edit" }).first().click();
    };
    const save = (page: typeof eleni) => page.getByRole("button", { name: "Save", exact: true }).click();

    // Different fields: merged without asking.
    await editBoth();
    await eleni.getByLabel("Step", { exact: true }).fill("Pool the school roofs");
    await save(eleni);
    await anaPage.getByRole("heading", { level: 3, name: /Pool the school roofs/ }).waitFor();
    await anaPage.getByLabel("Description").fill("Start with the two schools.");
    await save(anaPage);
    await eleni.getByText("Start with the two schools.").waitFor({ timeout: 5_000 });
    await eleni.getByRole("heading", { level: 3, name: /Pool the school roofs/ }).waitFor();

    // The same field: the member is shown the other text and decides.
    await editBoth();
    await eleni.getByLabel("Step", { exact: true }).fill("Pool every public roof");
    await save(eleni);
    await anaPage.getByRole("heading", { level: 3, name: /Pool every public roof/ }).waitFor();
    await anaPage.getByLabel("Step", { exact: true }).fill("Pool the roofs of schools and clinics");
    await save(anaPage);
    await anaPage.getByText("Eleni changed this step while you were editing").waitFor();
    await anaPage.getByRole("definition").filter({ hasText: "Pool every public roof" }).waitFor();
    await anaPage.getByRole("button", { name: "Keep my text" }).click();
    await eleni.getByRole("heading", { level: 3, name: /Pool the roofs of schools and clinics/ }).waitFor();

    const steps = (page: typeof eleni) => page.locator(".ws-items h3").allTextContents();
    await anaPage.locator(".ws-handle").nth(1).dragTo(anaPage.locator(".ws-item").nth(0));
    await expect
      .poll(() => steps(eleni), { timeout: 5_000 })
      .toEqual(["1. Share the savings", "2. Pool the roofs of schools and clinics"]);
    // Chromium logs every 4xx; the two 409s here are the conflicts this test provokes.
    const conflicts = s.problems.filter((p) => p.includes("status of 409"));
    expect(conflicts).toHaveLength(2);
    expect(s.problems.filter((p) => !conflicts.includes(p))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)("a workshop page that loses its event stream", () => {
  const s = suiteSession();

  afterAll(() => {
    vi.useRealTimers();
  });

  it("catches up when its server is back, with a new stream token, and reloads if the feed was pruned", async () => {
    const api = memberApi(s.server.url);
    const w = await api<{ workshopId: string; secret: string; joinCode: string }>("POST", "/workshops", {
      title: "Water in Gabès",
      language: "en",
      facilitatorName: "Salma",
    });
    const ana = await api<{ secret: string }>("POST", "/workshops/join", { code: w.joinCode, name: "Ana" });
    const state = await api<{ lists: { id: string }[] }>("GET", `/workshops/${w.workshopId}`, undefined, w.secret);
    const { page } = await s.newPage();
    const stream: string[] = [];
    page.on("response", (r) => {
      const last = new URL(r.url()).pathname.split("/").at(-1);
      if (last === "events" || last === "stream-tokens") stream.push(`${r.request().method()} ${last} ${r.status()}`);
    });
    await page.goto(`/w/${w.workshopId}#k=${ana.secret}`);
    await page.locator(".ws-live-live").waitFor();

    // Another process on the same database takes the writes while this page's server is away.
    const other = await s.startAnotherServer();
    const addStep = (title: string) =>
      memberApi(other.url)(
        "POST",
        `/workshops/${w.workshopId}/lists/${state.lists[0]?.id}/items`,
        { title, phase: "co-design" },
        w.secret,
      );
    const step = (title: string) => page.getByRole("heading", { level: 3, name: new RegExp(title) });

    await s.restartServer(async () => {
      await page.locator(".ws-live-offline").waitFor();
      await addStep("Written while the server was away");
      // Past the two-minute life of the page's stream token, well within the day the feed keeps.
      vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
      vi.setSystemTime(Date.now() + 3 * 60_000);
      stream.length = 0;
    });
    await step("Written while the server was away").waitFor({ timeout: 15_000 });
    await page.locator(".ws-live-live").waitFor();
    // The browser's own reconnect is refused (the token expired); the page asks for a new one and resumes.
    expect(stream.slice(0, 3)).toEqual(["GET events 404", "POST stream-tokens 200", "GET events 200"]);

    await s.restartServer(async () => {
      await page.locator(".ws-live-offline").waitFor();
      // A day passes: the next write prunes the feed, its own event included, so nothing can be replayed.
      vi.setSystemTime(Date.now() + 2 * 86_400_000);
      await addStep("Written before the feed was pruned");
      const db = await openDatabase({ url: s.databaseUrl });
      const events = async () =>
        Number((await db.$client.execute("SELECT count(*) AS n FROM workshop_events")).rows[0]?.n);
      await expect.poll(events).toBe(0);
      db.$client.close();
    });
    await step("Written before the feed was pruned").waitFor({ timeout: 15_000 });
    await page.locator(".ws-live-live").waitFor();
    await addStep("Written after the reload");
    await step("Written after the reload").waitFor({ timeout: 5_000 });
    // Chromium logs each refused stream (the expired tokens, once per restart) as a console error, and
    // may report the stream it dropped while the server was down as aborted, or, when the restart
    // outlasts its retry delay (busy cores), its reconnect as refused; nothing else may appear.
    const refused = "console: Failed to load resource: the server responded with a status of 404 (Not Found)";
    const serverDown = "console: Failed to load resource: net::ERR_CONNECTION_REFUSED";
    const expected = (p: string) =>
      p === refused ||
      p === serverDown ||
      /^request failed: \S+\/events\?token=\S+ net::(ERR_ABORTED|ERR_CONNECTION_REFUSED)$/.test(p);
    expect(s.problems.filter((p) => !expected(p))).toEqual([]);
    expect(s.problems.filter((p) => p === refused).length).toBeGreaterThanOrEqual(2);
  });
});

/** A workshop made through the API, with its facilitator's and one participant's pages open and live. */
async function openWorkshop(s: Session, title: string, facilitatorName: string, participantName: string) {
  const api = memberApi(s.server.url);
  const w = await api<{ workshopId: string; secret: string; joinCode: string }>("POST", "/workshops", {
    title,
    language: "en",
    facilitatorName,
  });
  const joined = await api<{ secret: string }>("POST", "/workshops/join", {
    code: w.joinCode,
    name: participantName,
  });
  const { page: facilitator } = await s.newPage();
  const { page: participant } = await s.newPage();
  await facilitator.goto(`/w/${w.workshopId}#k=${w.secret}`);
  await participant.goto(`/w/${w.workshopId}#k=${joined.secret}`);
  const live = (page: Page) => page.getByRole("status").filter({ hasText: /^Live$/ });
  for (const page of [facilitator, participant]) await live(page).waitFor();
  // Counted from here: every change the participant sees after this must come without a reload.
  let reloads = 0;
  participant.on("load", () => reloads++);
  await facilitator.getByRole("heading", { level: 2, name: "Facilitator controls" }).click();
  return { facilitator, participant, reloads: () => reloads };
}

describe.skipIf(!hasChromium)("a facilitator running a workshop from the panel", () => {
  const s = suiteSession();

  /** Accepts the next confirmation the page asks for, and gives back its question. */
  const acceptNextConfirm = (page: Page) =>
    new Promise<string>((resolve) => {
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      });
    });

  it("closes and reopens the workshop, and the participant sees both live and can add a step again", async () => {
    const { facilitator, participant, reloads } = await openWorkshop(s, "Housing in Leipzig", "Jonas", "Mira");
    const closedNote = participant
      .getByRole("status")
      .filter({ hasText: "The facilitator has closed this workshop. It can still be read and exported." });
    const addStep = participant.getByRole("button", { name: "Add a step" });
    await addStep.waitFor();

    const asked = acceptNextConfirm(facilitator);
    await facilitator.getByRole("button", { name: "Close the workshop" }).click();
    expect(await asked).toBe("Close this workshop? Nothing can be changed until you reopen it.");
    await closedNote.waitFor({ timeout: 5_000 });
    await addStep.waitFor({ state: "detached" });

    await facilitator.getByRole("button", { name: "Reopen the workshop" }).click();
    await closedNote.waitFor({ state: "detached", timeout: 5_000 });
    await addStep.click();
    await participant.getByLabel("Step", { exact: true }).fill("Map the empty flats");
    await participant.getByRole("button", { name: "Add the step" }).click();
    await facilitator.getByRole("heading", { level: 3, name: /Map the empty flats/ }).waitFor({ timeout: 5_000 });
    await facilitator.getByRole("button", { name: "Close the workshop" }).waitFor();
    expect(reloads()).toBe(0);
    expect(s.problems).toEqual([]);
  });

  it("opens the participants' pages in the workshop's language, unless they chose one in the menu", async () => {
    const { facilitator, participant } = await openWorkshop(s, "Water in Marseille", "Claire", "Yanis");
    await facilitator.getByLabel("Language of the workshop").selectOption("fr");
    await facilitator.getByRole("button", { name: "Save the settings" }).click();
    // The participant, whose browser is in English and who never picked a language, follows live.
    await participant.getByRole("button", { name: "Ajouter une étape" }).waitFor({ timeout: 10_000 });
    expect(await participant.evaluate(() => document.documentElement.lang)).toBe("fr");
    // A language picked in the menu is the reader's and stays, even on the workshop's page.
    await participant.getByLabel("Langue", { exact: true }).selectOption("en");
    await participant.getByRole("button", { name: "Add a step" }).waitFor();
    await participant.reload();
    await participant.getByRole("button", { name: "Add a step" }).waitFor();
    expect(await participant.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("removes a participant, whose open page leaves for the way in, while their step stays under their name", async () => {
    const { facilitator, participant, reloads } = await openWorkshop(s, "Parks in Katowice", "Ola", "Tomasz");
    await participant.getByRole("button", { name: "Add a step" }).click();
    await participant.getByLabel("Step", { exact: true }).fill("Let neighbours adopt a park");
    await participant.getByRole("button", { name: "Add the step" }).click();
    const step = facilitator.getByRole("article", { name: /Let neighbours adopt a park/ });
    await step.getByText("Proposed by Tomasz").waitFor({ timeout: 5_000 });

    const members = facilitator.getByRole("region", { name: "Members" });
    await members.getByText("2 members").waitFor();
    const asked = acceptNextConfirm(facilitator);
    await members.getByRole("button", { name: "Remove Tomasz" }).click();
    expect(await asked).toBe(
      "Remove Tomasz from the workshop? Their link stops working and their dots are withdrawn; what they wrote stays, under their name.",
    );

    await participant
      .getByRole("heading", { level: 1, name: "Take part in this workshop" })
      .waitFor({ timeout: 5_000 });
    await participant.getByRole("button", { name: "Forget the link stored on this device" }).waitFor();
    await participant.getByRole("heading", { level: 1, name: "Parks in Katowice" }).waitFor({ state: "detached" });
    expect(reloads()).toBe(0);

    await members.getByText("1 member", { exact: true }).waitFor();
    await members.getByRole("button", { name: "Remove Tomasz" }).waitFor({ state: "detached" });
    await step.getByText("Proposed by Tomasz").waitFor();
    await facilitator.reload();
    await facilitator
      .getByRole("article", { name: /Let neighbours adopt a park/ })
      .getByText("Proposed by Tomasz")
      .waitFor();

    // Chromium logs the removed member's refused requests (the reload of the workshop, the stream and
    // its token all answer 404), and may report the stream the server ended as aborted.
    const refused = "console: Failed to load resource: the server responded with a status of 404 (Not Found)";
    const expected = (p: string) =>
      p === refused || /^request failed: \S+\/events\?token=\S+ net::ERR_ABORTED$/.test(p);
    expect(s.problems.filter((p) => !expected(p))).toEqual([]);
    expect(s.problems).toContain(refused);
  });
});

// Its own session: the removal test above leaves a removed member's page answering 404s.
describe.skipIf(!hasChromium)("evidence from the atlas", () => {
  const s = suiteSession();

  it("backs a step with a case found in the atlas, and the other member sees the evidence live", async () => {
    const { facilitator, participant } = await openWorkshop(s, "Care in Seville", "Lucía", "Karim");
    const found = (await (await fetch(`${s.server.url}/api/cases?q=Batll%C3%B3&pageSize=1`)).json()) as {
      items: { id: string; title: string }[];
    };
    const evidence = found.items[0];
    if (!evidence) throw new Error("no case matches the search");
    await facilitator.getByRole("button", { name: "Add a step" }).click();
    await facilitator.getByLabel("Step", { exact: true }).fill("Hand a public building to a neighbourhood association");
    await facilitator.getByRole("button", { name: "Add the step" }).click();
    const step = facilitator.getByRole("article", { name: /Hand a public building/ });
    await step.getByRole("button", { name: "Link a case" }).click();
    await step.getByLabel("Find a case in the atlas").fill("Batlló");
    await step.getByLabel("Find a case in the atlas").press("Enter");
    await step.getByRole("radio", { name: new RegExp(evidence.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
    await step
      .getByLabel("Why this case supports the step")
      .fill("A community association has run it under a concession.");
    await step.getByRole("button", { name: "Link as evidence" }).click();
    const seen = participant.getByRole("article", { name: /Hand a public building/ });
    await seen.getByText(evidence.title).waitFor({ timeout: 5_000 });
    await seen.getByText("A community association has run it under a concession.").waitFor();
    expect(s.problems).toEqual([]);
  });
});
