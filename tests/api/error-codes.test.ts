/**
 * Every error code the API can send has its message in every language in the API's own table
 * (api/src/http/error-messages.ts), which api/src/http/error-messages.test.ts holds to the six web
 * catalogues' `error.code.<code>` keys and to docs/api-errors.md. The codes are collected from the
 * API's source, where each is written out where it is thrown; a code built at run time would escape
 * this, so that is refused too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorMessages } from "../../api/src/http/error-messages.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const apiSource = join(root, "api/src");

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
});
