import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("readEnv", () => {
  it("gives every setting a default", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(8787);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATABASE_URL).toMatch(/^file:.*var\/atlas\.db$/);
    expect(env.CORS_ORIGINS).toEqual([]);
  });

  it("parses a list of CORS origins", () => {
    expect(readEnv({ CORS_ORIGINS: "https://a.org, https://b.org" }).CORS_ORIGINS).toEqual([
      "https://a.org",
      "https://b.org",
    ]);
  });

  it("reads durations with their unit and the operations settings", () => {
    const env = readEnv({ BACKUP_EVERY: "6h", SHUTDOWN_TIMEOUT: "30s", BACKUP_KEEP: "3", WORKER_THREADS: "2" });
    expect(env).toMatchObject({
      BACKUP_EVERY: 21_600_000,
      SHUTDOWN_TIMEOUT: 30_000,
      BACKUP_KEEP: 3,
      WORKER_THREADS: 2,
    });
    expect(readEnv({}).BACKUP_EVERY).toBeUndefined();
    expect(() => readEnv({ BACKUP_EVERY: "6 hours" })).toThrow(/BACKUP_EVERY/);
    expect(() => readEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
  });

  it("names each bad setting", () => {
    expect(() => readEnv({ PORT: "eighty", CORS_ORIGINS: "ftp://x" })).toThrow(/PORT[\s\S]*CORS_ORIGINS/);
  });
});
