import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { callApi } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";

describe.skipIf(!hasChromium)("a training-of-trainers session run from its agenda", () => {
  const s = suiteSession();

  it("goes from the journey in French to a workshop whose agenda moves live on the participants' screens", async () => {
    // The trainer follows step 2 of the journey, in French, to its examples and concepts.
    const { page: trainer } = await s.newPage();
    await trainer.goto("/journey");
    await trainer.getByLabel("Language").selectOption("fr");
    await trainer.getByRole("heading", { level: 1, name: "Le voyage du Phénix" }).waitFor();
    await trainer.getByRole("link", { name: "Regarder l'horizon" }).click();
    await trainer.getByRole("heading", { level: 1, name: "Regarder l'horizon" }).waitFor();
    const aside = trainer.getByRole("complementary", { name: "Dans l'atlas" });
    await aside.getByRole("heading", { name: "Phases de la coproduction" }).waitFor();
    await expect.poll(() => aside.locator(".case-card").count()).toBeGreaterThanOrEqual(2);
    const exampleIds = await aside
      .locator(".case-card .journey-example-title")
      .evaluateAll((links) =>
        links.slice(0, 2).map((a) => decodeURIComponent(a.getAttribute("href")?.split("/").pop() ?? "")),
      );
    const example = aside.locator(".case-card").first();
    const caseTitle = (await example.getByRole("link").first().textContent()) ?? "";
    await example.getByRole("link", { name: caseTitle }).click();
    await trainer.waitForURL(/\/cases\//);
    await trainer.getByRole("heading", { level: 1 }).waitFor();
    await trainer.goBack();
    await trainer.getByRole("heading", { level: 1, name: "Regarder l'horizon" }).waitFor();

    // …and creates a workshop on that step from the training-of-trainers morning.
    await trainer.getByRole("link", { name: "Lancer un atelier sur cette étape" }).click();
    await trainer.getByLabel("Programme de la séance").selectOption("training-of-trainers");
    await trainer.getByLabel("Votre nom, tel que les participants le verront").fill("Fatima");
    await trainer.getByRole("button", { name: "Créer l’atelier" }).click();
    const code = (await trainer.locator(".ws-code").textContent())?.trim() ?? "";
    await trainer.getByRole("link", { name: "Ouvrir l’atelier" }).click();
    await trainer.getByRole("heading", { level: 2, name: "Programme de la séance" }).waitFor();
    const workshopId = new URL(trainer.url()).pathname.split("/").pop() ?? "";
    const agendaNames = () => trainer.locator(".ws-agenda-name").allTextContents();
    expect(await agendaNames()).toEqual([
      "Accueil (check-in)",
      "Webinaire en direct I",
      "Retours",
      "Pause",
      "Webinaire en direct II",
      "Retours",
      "Clôture (check-out)",
    ]);

    // Two participants join and open the workshop; one adds a step.
    const origin = s.server.url;
    const join = async (name: string) => {
      const joined = await callApi<{ secret: string }>(origin, "POST", "/workshops/join", { code, name });
      const { page, context } = await s.newPage();
      // They chose English on an earlier visit: a French workshop shows in French only to those who chose nothing.
      await context.addInitScript(() => localStorage.setItem("atlas.locale", "en"));
      await page.goto(`/w/${workshopId}#k=${joined.body.secret}`);
      await page.locator(".ws-live-live").waitFor();
      return { page, secret: joined.body.secret };
    };
    const ana = await join("Ana");
    const bo = await join("Bo");
    const state = await callApi<{ lists: { id: string }[] }>(
      origin,
      "GET",
      `/workshops/${workshopId}`,
      undefined,
      ana.secret,
    );
    const step = await callApi<{ id: string }>(
      origin,
      "POST",
      `/workshops/${workshopId}/lists/${state.body.lists[0]?.id}/items`,
      { title: "Map the care cooperatives", phase: "co-design" },
      ana.secret,
    );
    expect(step.status).toBe(201);
    // The step's evidence: the two example cases the trainer looked at on the journey.
    for (const caseId of exampleIds) {
      const linked = await callApi(
        origin,
        "POST",
        `/workshops/${workshopId}/items/${step.body.id}/evidence`,
        { caseId, why: "Co-design with the city" },
        ana.secret,
      );
      expect(linked.status).toBe(200);
    }

    // The trainer binds voting to webinar II and names the pair who designed webinar I.
    await trainer.locator(".ws-live-live").waitFor();
    await trainer.getByText("Commandes d’animation").click();
    const editor = trainer.getByRole("region", { name: "Programme de la séance" }).last();
    const item = (n: number) => editor.getByRole("group", { name: `Point ${n}`, exact: true });
    await item(5).getByLabel("Ouvre").selectOption("voting");
    await item(2).getByLabel("Ana").check();
    await item(2).getByLabel("Bo").check();
    await trainer.getByRole("button", { name: "Enregistrer le programme" }).click();
    for (const page of [ana.page, bo.page]) {
      await page.getByText("Voting opens during “Live webinar II”.").waitFor();
    }

    // Before its slot, voting is closed in the page and on the server.
    const addDot = (page: Page) => page.getByRole("button", { name: "Add a dot to “Map the care cooperatives”" });
    await expect.poll(() => addDot(ana.page).getAttribute("aria-disabled")).toBe("true");
    const early = await callApi<{ error: { code: string } }>(
      origin,
      "PUT",
      `/workshops/${workshopId}/items/${step.body.id}/vote`,
      { dots: 1 },
      bo.secret,
    );
    expect([early.status, early.body.error.code]).toEqual([409, "voting_closed"]);

    // The trainer runs the morning; each move reaches both participants without a reload.
    const now = (page: Page) => page.locator(".ws-agenda-now").textContent();
    await trainer.getByRole("button", { name: "Commencer la séance" }).click();
    for (const page of [ana.page, bo.page]) {
      await expect.poll(() => now(page)).toBe("Now: Check-in");
      await page.getByRole("timer").getByText("Check-in").waitFor();
    }
    for (const expected of ["Live webinar I", "Feedback", "Break", "Live webinar II"]) {
      await trainer.getByRole("button", { name: /^Suivant/ }).click();
      for (const page of [ana.page, bo.page]) await expect.poll(() => now(page)).toBe(`Now: ${expected}`);
    }
    await ana.page.getByText("Voting is open.").waitFor();
    await expect.poll(() => addDot(ana.page).getAttribute("aria-disabled")).toBe("false");
    await addDot(ana.page).click();
    await ana.page.getByText("1 of your dots").first().waitFor();

    // The trainer gives the pair feedback on their webinar; they see it live, and cannot review themselves.
    const round = trainer.locator("details", { hasText: "Donner un retour sur « Webinaire en direct I »" });
    await round.locator("summary").click();
    await round.getByLabel("Ce qui a marché").fill("Le cas de Séville a rendu la coproduction concrète");
    await round.getByLabel("Ce qu’il faut changer").fill("Laisser plus de temps aux questions");
    await round.getByRole("button", { name: "Envoyer le retour" }).click();
    for (const page of [ana.page, bo.page]) {
      const round = page.getByRole("list", { name: "Feedback on “Live webinar I”" });
      await round.getByText("What to change: Laisser plus de temps aux questions").waitFor();
    }
    expect(await ana.page.getByText("Give feedback on “Live webinar I”").count()).toBe(0);
    expect(await ana.page.getByText("Give feedback on “Live webinar II”").count()).toBe(1);

    // Extending gives everyone more time; check-out locks the steps and closes voting.
    await trainer.getByRole("button", { name: "+5 min" }).click();
    await trainer.getByRole("button", { name: /^Suivant/ }).click();
    await trainer.getByRole("button", { name: /^Suivant/ }).click();
    for (const page of [ana.page, bo.page]) {
      await expect.poll(() => now(page)).toBe("Now: Check-out");
      await page.getByText("The steps are locked: the session has reached its closing item.").waitFor();
    }
    await expect.poll(() => addDot(bo.page).getAttribute("aria-disabled")).toBe("true");
    const late = await callApi<{ error: { code: string } }>(
      origin,
      "PUT",
      `/workshops/${workshopId}/items/${step.body.id}/vote`,
      { dots: 1 },
      bo.secret,
    );
    expect(late.status).toBe(409);

    // Back, then on to the end: the agenda keeps the times each item ran.
    await trainer.getByRole("button", { name: "Revenir au point précédent" }).click();
    await expect.poll(() => now(bo.page)).toBe("Now: Feedback");
    await trainer.getByRole("button", { name: /^Suivant/ }).click();
    await trainer.getByRole("button", { name: "Terminer la séance" }).click();
    await expect.poll(() => now(ana.page)).toBe("The session has ended.");
    await expect.poll(() => ana.page.locator(".ws-agenda-ran").count()).toBe(7);

    // The national-workshop pack, opened from the ended agenda: the agenda as run, the list with its
    // votes and evidence, the cases on a map with their sources, their stakeholders, the feedback.
    await trainer.getByRole("link", { name: "Dossier de l’atelier national (imprimer ou PDF)" }).click();
    await trainer.getByRole("heading", { level: 2, name: "Le programme tel qu’il s’est déroulé" }).waitFor();
    const pack = trainer.locator(".ws-pack");
    expect(await pack.locator(".ws-pack-table tbody tr").count()).toBe(7);
    expect(await pack.locator(".ws-pack-table tbody tr").nth(1).textContent()).toContain("Conçu par Ana, Bo");
    const listed = pack.locator(".ws-report-steps > li");
    await listed.getByRole("heading", { level: 3, name: "1. Map the care cooperatives" }).waitFor();
    expect(await listed.first().locator(".meta").textContent()).toContain("1 vote");
    expect(await listed.first().locator(".ws-report-evidence li").count()).toBe(2);
    const cases = pack.locator(".ws-pack-case-list > li");
    expect(await cases.count()).toBe(2);
    for (const n of [0, 1]) {
      expect(await cases.nth(n).getByRole("link").first().getAttribute("href")).toBe(`/cases/${exampleIds[n]}`);
      const sources = cases.nth(n).getByRole("list", { name: "Sources" }).getByRole("link");
      expect(await sources.count()).toBeGreaterThan(0);
      expect(await sources.first().getAttribute("href")).toMatch(/^https?:\/\//);
    }
    const map = pack.getByRole("img", { name: "Carte des cas probants, numérotés comme dans la liste ci-dessous" });
    await expect.poll(() => map.getAttribute("data-basemap")).toBe("loaded");
    expect((await map.locator("text").allTextContents()).join(",")).toBe("1,2");
    const graph = pack.getByRole("img", { name: /^Graphe des acteurs des cas probants/ });
    await expect.poll(() => graph.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(720);
    await pack.getByText("Ce qu’il faut changer : Laisser plus de temps aux questions").waitFor();
    await trainer.emulateMedia({ media: "print" });
    await expect.poll(() => trainer.locator(".ws-print-actions").isVisible()).toBe(false);

    // A participant opens it in their own language; someone who is not a member is refused.
    await ana.page.goto(`/w/${workshopId}/print`);
    await ana.page.getByRole("heading", { level: 2, name: "Agenda as run" }).waitFor();
    await ana.page.getByRole("heading", { level: 2, name: "Stakeholders of the evidence cases" }).waitFor();
    // Everything so far stayed clean; the stranger's refusal below is logged by the browser, as it should be.
    expect(s.problems).toEqual([]);
    const { page: stranger } = await s.newPage();
    const guess = "A".repeat(32);
    await stranger.goto(`/w/${workshopId}/print#k=${guess}`);
    await stranger.getByRole("heading", { name: "This list needs its workshop link" }).waitFor();
    expect(await stranger.locator(".ws-pack").count()).toBe(0);
    const listId = state.body.lists[0]?.id;
    const refused = await callApi(origin, "GET", `/workshops/${workshopId}/lists/${listId}/export`, undefined, guess);
    expect(refused.status).toBe(404);
  });
});
