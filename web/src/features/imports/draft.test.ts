import { describe, expect, it } from "vitest";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { emptyDraft, fromSettings, toSettings, withColumn, withValue } from "./draft.ts";

/** The client's error, by shape (api.ts needs a window). */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>[] = [],
  ) {
    super(message);
  }
}

describe("the import draft", () => {
  it("leaves an unbegun source out of the settings and trims a begun one", () => {
    expect(toSettings(emptyDraft("stakeholder"))).not.toHaveProperty("source");
    const draft = { ...emptyDraft("case"), source: { title: " Register ", url: "https://r.example/", publisher: "" } };
    expect(toSettings(draft).source).toEqual({ title: "Register", url: "https://r.example/" });
  });

  it("maps values and columns, and goes back to the guess", () => {
    let draft = withValue(emptyDraft("stakeholder"), "country", "italia", "IT");
    draft = withValue(draft, "stakeholderType", "other", null);
    expect(toSettings(draft).values).toEqual({ country: { italia: "IT" }, stakeholderType: { other: null } });
    expect(withValue(draft, "country", "italia", undefined).values.country).toEqual({});
    draft = withColumn(withColumn(draft, "name", "Nombre"), "website", null);
    expect(draft.columns).toEqual({ name: "Nombre", website: null });
    expect(withColumn(draft, "name", undefined).columns).toEqual({ website: null });
  });

  it("round-trips a preset's settings", () => {
    const settings = toSettings({
      ...withValue(emptyDraft("stakeholder"), "country", "italia", "IT"),
      source: { title: "T", url: "https://t.example/", publisher: "P" },
      defaults: { country: "IT", city: " " },
    });
    expect(settings.defaults).toEqual({ country: "IT" });
    expect(toSettings(fromSettings(settings))).toEqual(settings);
  });

  it("places the server's details next to their fields", () => {
    const error = new ApiError(400, "invalid_body", "Invalid body", [
      { parameter: "settings", path: "settings.source.url", message: "Invalid URL" },
      { parameter: "file", message: "not valid JSON" },
    ]);
    expect(errorsByPath(error)).toEqual({ "source.url": "Invalid URL", file: "not valid JSON" });
    expect(formError(error)).toBeUndefined();
    expect(formError(new ApiError(409, "still_running", "Still running"))).toBe("Still running");
    expect(errorsByPath(new ApiError(409, "x", "y"))).toEqual({});
  });
});
