/**
 * The API's messages and the web catalogues say the same thing, and every code is documented: a
 * client that maps a code to its own text shows what the server would have said.
 */
import { readFile } from "node:fs/promises";
import { locales } from "@atlas/db/schema";
import { describe, expect, it } from "vitest";
import { errorMessages } from "./error-messages.ts";

const repository = new URL("../../../", import.meta.url);
const codes = Object.keys(errorMessages) as (keyof typeof errorMessages)[];

describe("error codes", () => {
  it.each(locales)("have the same message in the %s catalogue as in the API", async (locale) => {
    const catalogue = JSON.parse(
      await readFile(new URL(`web/src/i18n/catalogues/${locale}.json`, repository), "utf8"),
    ) as Record<string, string>;
    for (const code of codes) {
      expect(catalogue[`error.code.${code}`], code).toBe(errorMessages[code].text[locale]);
    }
  });

  it("are each listed in docs/api-errors.md", async () => {
    const docs = await readFile(new URL("docs/api-errors.md", repository), "utf8");
    const listed = new Set([...docs.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1]));
    expect(codes.filter((code) => !listed.has(code))).toEqual([]);
  });
});
