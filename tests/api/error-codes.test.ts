/**
 * Every error code the API can send has its message in every language: in the API's own table
 * (api/src/http/error-messages.ts), as an `error.code.<code>` key in the six web catalogues, and as
 * a row of docs/api-errors.md. The codes are collected from the API's source, where each is written
 * out where it is thrown; a code built at run time would escape this, so that is refused too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorMessages } from "../../api/src/http/error-messages.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const apiSource = join(root, "api/src");
const locales = ["en", "es", "fr", "ar", "it", "el"] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** `new ApiError(status, "code"`, `errorJson(c, status, "code"`, `new ImportError("code"`, and the raw HTTP answers. */
const thrown = [
  /new ApiError\(\s*[^,()]+,\s*"([a-z_]+)"/g,
  /errorJson\(\s*c,\s*[^,()]+,\s*"([a-z_]+)"/g,
  /new ImportError\(\s*"([a-z_]+)"/g,
];
const built = [/new ApiError\(\s*[^,()]+,\s*`/g, /errorJson\(\s*c,\s*[^,()]+,\s*`/g, /new ImportError\(\s*`/g];

function collectCodes() {
  const codes = new Map<string, string>();
  const builtAt: string[] = [];
  for (const file of sourceFiles(apiSource)) {
    const text = readFileSync(file, "utf8");
    const where = file.slice(root.length);
    for (const pattern of thrown) for (const m of text.matchAll(pattern)) codes.set(m[1] ?? "", where);
    if (file.endsWith("client-errors.ts"))
      for (const m of text.matchAll(/code: "([a-z_]+)"/g)) codes.set(m[1] ?? "", where);
    if (built.some((pattern) => pattern.test(text))) builtAt.push(where);
    for (const pattern of built) pattern.lastIndex = 0;
  }
  return { codes, builtAt };
}

describe("the API's error codes", () => {
  const { codes, builtAt } = collectCodes();

  it("are found in its source, among them those of the workshop agenda", () => {
    for (const code of ["voting_closed", "list_locked", "agenda_finished", "not_begun", "own_design", "no_agenda"]) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(50);
  });

  it("are written out where they are thrown, never built at run time", () => {
    expect(builtAt).toEqual([]);
  });

  it("each have a message in every language", () => {
    const missing = [...codes].filter(([code]) => !(code in errorMessages)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each(locales)("each have an error.code key in the %s catalogue", (locale) => {
    const catalogue = JSON.parse(readFileSync(join(root, `web/src/i18n/catalogues/${locale}.json`), "utf8"));
    const keys = [...new Set([...codes.keys(), ...Object.keys(errorMessages)])].map((code) => `error.code.${code}`);
    expect(keys.filter((key) => typeof catalogue[key] !== "string" || catalogue[key] === "")).toEqual([]);
  });

  it("each have a row in docs/api-errors.md", () => {
    const doc = readFileSync(join(root, "docs/api-errors.md"), "utf8");
    const documented = new Set([...doc.matchAll(/^\| `([a-z_]+)`/gm)].map((m) => m[1]));
    expect([...codes.keys()].filter((code) => !documented.has(code))).toEqual([]);
  });
});
