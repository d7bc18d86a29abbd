import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";

type StepDetail = {
  step: {
    title: string;
    question: string | null;
    reflection: string[];
    examples: { case: { id: string; title: string; locale: string }; coding: { label: string }[] }[];
  };
};

describe.skipIf(!hasChromium)("the programme's journey in the browser", () => {
  const s = suiteSession();
  let step2: StepDetail["step"];
  let englishTitles: Map<string, string>;

  beforeAll(async () => {
    const res = await fetch(`${s.server.url}/api/journey/watching-the-horizon?locale=fr`);
    step2 = ((await res.json()) as StepDetail).step;
    const en = await fetch(`${s.server.url}/api/journey/watching-the-horizon?locale=en`);
    englishTitles = new Map(((await en.json()) as StepDetail).step.examples.map((e) => [e.case.id, e.case.title]));
  });

  it("takes a trainer in French from step 2 to its example cases, its concepts and its worksheet", async () => {
    const { page } = await s.newPage();
    await page.goto("/journey");
    await page.getByRole("heading", { level: 1, name: "The Phoenix Journey" }).waitFor();
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { level: 1, name: "Le voyage du Phénix" }).waitFor();
    await expect
      .poll(() => page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Parcours" }).count())
      .toBe(1);
    await page.getByRole("link", { name: "Regarder l'horizon" }).click();
    await page.getByRole("heading", { level: 1, name: "Regarder l'horizon" }).waitFor();
    if (!step2.question) throw new Error("step 2 has no question");
    await page.getByText(step2.question).waitFor();

    // Two example cases, each shown with the coding it was chosen for, each opening on its case.
    const aside = page.getByRole("complementary", { name: "Dans l'atlas" });
    const examples = step2.examples.slice(0, 2);
    expect(examples).toHaveLength(2);
    for (const example of examples) {
      const card = aside.locator(".case-card", { hasText: example.case.title });
      await expect.poll(() => card.textContent()).toContain(`Choisi pour son codage : ${example.coding[0]?.label}`);
      await card.getByRole("link", { name: example.case.title }).click();
      await page.waitForURL(new RegExp(`/cases/${example.case.id}$`));
      // The case page shows its title in French once case pages are translated, in English until then.
      // The address changes before the case page has replaced the journey's heading: wait for the new one.
      const titles = [example.case.title, englishTitles.get(example.case.id)];
      const heading = page.getByRole("heading", { level: 1 });
      await expect.poll(async () => titles.includes((await heading.textContent()) ?? "")).toBe(true);
      await page.goBack();
      await page.getByRole("heading", { level: 1, name: "Regarder l'horizon" }).waitFor();
    }

    // The co-production concepts: a phase opens on its French definition and leads to the glossary.
    await aside.getByRole("heading", { name: "Phases de la coproduction" }).waitFor();
    const codesign = aside.locator("details", { hasText: "Co-conception" });
    await codesign.locator("summary").click();
    await codesign.getByText(/Les usagers des services et les communautés/).waitFor();
    await codesign.getByRole("link", { name: "Dans le glossaire" }).click();
    await page.waitForURL(/\/concepts#phase-co-design$/);
    await page.getByRole("heading", { level: 2, name: "Phases de la coproduction" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Regarder l'horizon" }).waitFor();

    // The worksheet: its own permalink in French, every reflection question, a print layout, a PDF.
    await page.getByRole("link", { name: "Fiche de travail à imprimer ou enregistrer en PDF" }).click();
    await page.waitForURL(/\/journey\/watching-the-horizon\/worksheet\?lang=fr$/);
    await page.getByRole("heading", { level: 1, name: "Regarder l'horizon" }).waitFor();
    for (const question of step2.reflection) await page.getByText(question).waitFor();
    expect(await page.locator("main").getAttribute("lang")).toBe("fr");
    await page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" }).waitFor();
    await page.emulateMedia({ media: "print" });
    await expect
      .poll(() => page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" }).isVisible())
      .toBe(false);
    expect(await page.locator(".journey-url").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(s.problems).toEqual([]);
  });

  it("prefills a workshop for the step, and prints the worksheet in the language of its address", async () => {
    const { page } = await s.newPage();
    await page.goto("/journey/watching-the-horizon");
    await page.getByRole("link", { name: "Start a workshop on this step" }).click();
    await page.waitForURL(/\/workshops\?/);
    await expect.poll(() => page.getByLabel("Title").inputValue()).toBe("Step 2 · Watching the horizon");
    expect(await page.getByLabel("Challenge the group works on").inputValue()).toBe(
      "How can co-production through public-social collaboration improve social policies and services to meet human needs?",
    );

    await page.goto("/journey/watching-the-horizon/worksheet?lang=ar");
    await page.getByRole("heading", { level: 1, name: "مراقبة الأفق" }).waitFor();
    expect(await page.locator("main").getAttribute("dir")).toBe("rtl");
    await page.getByLabel("لغة ورقة العمل").selectOption("el");
    await page.waitForURL(/lang=el$/);
    await page.getByRole("heading", { level: 1, name: "Κοιτάζοντας τον ορίζοντα" }).waitFor();
    expect(s.problems).toEqual([]);
  });
});
