/**
 * Issue #10's import in the browser: a curator uploads the messy 500-organisation export at
 * /curate/imports, maps its values, gets a source error next to its field, dry-runs it, downloads the
 * report, imports it as proposals with a progress bar, and undoes the batch by keyboard.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, type Session, suiteSession } from "./browser.ts";

const fixture = fileURLToPath(new URL("../fixtures/imports/participedia-organisations.csv", import.meta.url));
const email = "imports.curator@example.org";
const password = "a long enough passphrase";

/** A curator as the README says: the command line's one-time link, then the password set through the API. */
async function addCurator(s: Session) {
  const script = fileURLToPath(new URL("../../api/src/cli/curator.ts", import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", script, "add", "--email", email, "--name", "Ines Importer"],
    { env: { ...process.env, DATABASE_URL: s.databaseUrl } },
  );
  const token = /#token=([\w-]+)/.exec(stdout)?.[1];
  if (!token) throw new Error(`no one-time link in: ${stdout}`);
  const res = await fetch(`${s.server.url}/api/accounts/password`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: s.server.url },
    body: JSON.stringify({ token, password }),
  });
  if (!res.ok) throw new Error(`could not set the password: ${await res.text()}`);
}

describe.skipIf(!hasChromium)("importing a dataset in the browser", () => {
  const s = suiteSession();

  beforeAll(async () => {
    await addCurator(s);
  }, 120_000);

  it("uploads, maps, dry-runs, imports as a batch and undoes it", async () => {
    const { page } = await s.newPage();
    await page.goto("/curate/imports");
    await page.getByText("Sign in as a curator to import datasets.").waitFor();
    const login = await page.evaluate(
      async (body) => {
        const res = await fetch("/api/accounts/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        await res.text();
        return res.status;
      },
      { email, password },
    );
    expect(login).toBe(200);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Import a dataset" }).waitFor();

    await page.getByLabel("CSV or GeoJSON file").setInputFiles(fixture);
    await page.getByRole("button", { name: "Read the file" }).click();
    await page.getByText("500 rows read as CSV, windows-1252, delimiter ;.").waitFor();
    await expect.poll(() => page.getByLabel("Stakeholder type (required)").inputValue()).toBe("sector");
    await expect.poll(() => page.getByLabel("Name (required)").inputValue()).toBe("title");

    // The values the atlas cannot guess: Participedia's "government" and a country name it lacks.
    await page.getByRole("combobox", { name: /^government$/i }).selectOption("public-local");
    await page.getByRole("combobox", { name: "Palestinian Territories", exact: true }).selectOption("PS");

    await page.getByLabel("Title", { exact: true }).fill("Participedia organizations export");
    await page.getByLabel("Address (URL)").fill("participedia.net");
    await page.getByRole("button", { name: "Dry run" }).click();
    const urlField = page.locator(".im-field", { has: page.getByLabel("Address (URL)") });
    await urlField.getByRole("alert").waitFor();
    await page.getByLabel("Address (URL)").fill("https://participedia.net/search?selectedCategory=organizations");
    await page.getByLabel("Publisher").fill("Participedia");
    await page.getByRole("button", { name: "Dry run" }).click();

    const counts = page.locator(".im-counts");
    await expect.poll(() => counts.textContent(), { timeout: 60_000 }).toContain("Rows500");
    expect(await counts.textContent()).toContain("Errors9");
    await page
      // Said by the web from the message's code and its field's label.
      .getByRole("cell", { name: /^Missing, and needed: (Name|Stakeholder type)$/ })
      .first()
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the report (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("participedia-organisations-dry-run.csv");

    await page.getByLabel("as proposals in the review queue").check();
    await page.getByRole("button", { name: /^Import \d+ rows$/ }).click();
    const done = page.getByText(/proposals are in the review queue, batch imp-/);
    await done.waitFor({ timeout: 120_000 });
    expect(await page.locator("#im-progress-bar").getAttribute("max")).toBe(
      await page.locator("#im-progress-bar").getAttribute("value"),
    );

    // Undo by keyboard: the confirmation appears after the focused button.
    const undo = page.getByRole("button", { name: "Undo batch" }).first();
    await undo.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Yes, undo it" }).waitFor();
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Yes, undo it");
    await page.keyboard.press("Enter");
    await page.getByText(/undone: \d+ proposals withdrawn/).waitFor({ timeout: 60_000 });
    // Expected: the 401 of /accounts/me before signing in, the 400 of the dry run with a bad URL.
    expect(s.problems.filter((p) => !/status of 40[01]/.test(p))).toEqual([]);
  }, 300_000);
});
