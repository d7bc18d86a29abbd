/**
 * `npm run bench:live -w @atlas/tests` (also the last part of `npm run bench`): goal P11, live updates.
 * The real server runs in this process on a loopback port with a fresh database. One workshop is
 * filled to its member limit, each member following it on its own event stream (fetch, parsed here);
 * another has a single stream, the baseline. Their edits take turns, and each is timed from sending
 * to its event's arrival at every client. The clients share the server's event loop, so their own
 * reading and parsing is counted too. A third workshop's single stream is edited through a second
 * server process on the same database file, as behind a load balancer: its events reach the stream
 * through the feed's cross-process change check. Prints the figures of this one run; never fails on
 * a time, only when an event does not arrive.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readEnv } from "@atlas/api/env";
import { startServer } from "@atlas/api/server";
import { changeCheckMs, pollIntervalMs } from "../../api/src/features/workshops/hub.ts";
import { joinPerCodePrefix } from "../../api/src/features/workshops/limits.ts";
import { maxMembers } from "../../api/src/features/workshops/members.ts";
import { normalizeJoinCode } from "../../api/src/features/workshops/secrets.ts";
import { startAtlas } from "../ops/atlas-process.ts";
import { percentile } from "./measure.ts";
import { formatMs } from "./report.ts";
import { type SseEvent, toSseParser } from "./sse.ts";

const edits = 30;
const warmupEdits = 3;
const pauseMs = 50;
/** An event not at a client this long after its edit was sent counts as missing. */
const deliveryTimeoutMs = 5_000;
const concurrency = 20;
const targetMs = 250;
const targetRatio = 5;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for `promise`, or `ms` at most, leaving no timer behind. */
async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** Runs `task` for every element, `concurrency` at a time, keeping the order of results. */
async function inBatches<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += concurrency) {
    results.push(...(await Promise.all(items.slice(start, start + concurrency).map(task))));
  }
  return results;
}

/** A distinct caller address per participant, as a trusted proxy would report it. */
const addressOf = (i: number) => `10.77.${Math.floor(i / 256)}.${i % 256}`;

function apiClient(baseUrl: string) {
  return async <T>(method: string, path: string, options: { secret?: string; from?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = {};
    if (options.secret) headers.authorization = `Bearer ${options.secret}`;
    if (options.from) headers["x-forwarded-for"] = options.from;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const res = await fetch(`${baseUrl}/api${path}`, { method, headers, body });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}
type Api = ReturnType<typeof apiClient>;

/** An edit on its way: when it was sent and, per client, how long its event took to arrive. */
interface Edit {
  sent: number;
  latencies: Map<number, number>;
  expected: number;
  done: () => void;
}
const inFlight = new Map<string, Edit>();

/** Edits are told apart by their title, which each one makes unique. */
function receive(client: number, event: SseEvent, at: number): void {
  const data = JSON.parse(event.data) as { type: string; item?: { title: string } };
  if (data.type !== "item" || !data.item) return;
  const edit = inFlight.get(data.item.title);
  if (!edit || edit.latencies.has(client)) return;
  edit.latencies.set(client, at - edit.sent);
  if (edit.latencies.size === edit.expected) edit.done();
}

/** Opens a member's event stream; resolves once the server has subscribed it (its first bytes). */
async function openStream(baseUrl: string, api: Api, workshopId: string, secret: string, client: number) {
  const { token } = await api<{ token: string }>("POST", `/workshops/${workshopId}/stream-tokens`, {
    secret,
    body: {},
  });
  const controller = new AbortController();
  const url = `${baseUrl}/api/workshops/${workshopId}/events?token=${encodeURIComponent(token)}`;
  // From the participant's own address, as their browser would be: streams are capped per address.
  const res = await fetch(url, { signal: controller.signal, headers: { "x-forwarded-for": addressOf(client) } });
  if (res.status !== 200 || !res.body) throw new Error(`stream ${client}: ${res.status} ${await res.text()}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parse = toSseParser((event) => receive(client, event, performance.now()));
  let opened: () => void = () => {};
  const open = new Promise<void>((resolve) => (opened = resolve));
  const reading = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        opened();
        parse(chunk.value);
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  await Promise.race([open, reading.then(() => Promise.reject(new Error(`stream ${client} ended at once`)))]);
  return {
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

/**
 * Fills the workshop, each participant from its own address. At most `joinPerCodePrefix.max` joins
 * a minute may try one code prefix, so past that many the facilitator rotates the code until its
 * prefix is a new one, rather than the run waiting up to a minute for the next window.
 */
async function joinParticipants(api: Api, workshopId: string, secret: string, firstCode: string, count: number) {
  const codes = [firstCode];
  const secrets: string[] = [];
  const prefixes = new Set([normalizeJoinCode(firstCode).slice(0, 2)]);
  for (let start = 0; start < count; start += joinPerCodePrefix.max) {
    const code = codes.at(-1) as string;
    const names = Array.from({ length: Math.min(joinPerCodePrefix.max, count - start) }, (_, i) => start + i);
    const joined = await inBatches(names, (n) =>
      api<{ secret: string }>("POST", "/workshops/join", {
        from: addressOf(n),
        body: { code, name: `Participant ${n + 1}` },
      }),
    );
    secrets.push(...joined.map((j) => j.secret));
    if (secrets.length < count) codes.push(await rotateToNewPrefix(api, workshopId, secret, prefixes));
  }
  return { secrets, codes: codes.length };
}

async function rotateToNewPrefix(api: Api, workshopId: string, secret: string, used: Set<string>) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { joinCode } = await api<{ joinCode: string }>("POST", `/workshops/${workshopId}/join-code`, {
      secret,
      body: {},
    });
    const prefix = normalizeJoinCode(joinCode).slice(0, 2);
    if (used.has(prefix)) continue;
    used.add(prefix);
    return joinCode;
  }
  throw new Error("no join code with a new prefix after 20 rotations");
}

interface Step {
  workshopId: string;
  id: string;
  secret: string;
  version: number;
}

/** The clients following one workshop, whose step is edited, and what its edits measured. */
interface Audience {
  step: Step;
  clients: number;
  latencies: number[];
  /** Per edit: last arrival minus first, the cost of fanning one event out. */
  spreads: number[];
  answers: number[];
  missing: number;
  /** Edits go through this client (another process) instead of the streams' server. */
  via?: Api;
}

/** One edit of the audience's step; resolves when every client has its event, or at the timeout. */
async function edit(api: Api, audience: Audience, title: string) {
  const { step, clients } = audience;
  let done: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (done = resolve));
  const sending: Edit = { sent: performance.now(), latencies: new Map(), expected: clients, done };
  inFlight.set(title, sending);
  const item = await api<{ version: number }>("PATCH", `/workshops/${step.workshopId}/items/${step.id}`, {
    secret: step.secret,
    body: { title, description: "", phase: "co-design", stakeholderTypes: [], version: step.version },
  });
  const answer = performance.now() - sending.sent;
  step.version = item.version;
  await within(arrived, deliveryTimeoutMs - answer);
  inFlight.delete(title);
  return { latencies: [...sending.latencies.values()], answer };
}

/**
 * Sequential edits, a pause after each, the audiences taking turns (each round starting from the
 * next one), so that load from elsewhere on the machine falls on all of them alike.
 */
async function timeEdits(api: Api, audiences: Audience[]): Promise<void> {
  for (let i = 0; i < warmupEdits + edits; i++) {
    for (let j = 0; j < audiences.length; j++) {
      const audience = audiences[(i + j) % audiences.length] as Audience;
      const { latencies, answer } = await edit(
        audience.via ?? api,
        audience,
        `${audience.clients} clients${audience.via ? " via another process" : ""}: edit ${i + 1}`,
      );
      await sleep(pauseMs);
      if (i < warmupEdits) continue;
      audience.latencies.push(...latencies);
      audience.answers.push(answer);
      if (latencies.length > 0) audience.spreads.push(Math.max(...latencies) - Math.min(...latencies));
      audience.missing += audience.clients - latencies.length;
    }
  }
  for (const audience of audiences) audience.latencies.sort((a, b) => a - b);
}

const median = (xs: readonly number[]) =>
  percentile(
    xs.toSorted((a, b) => a - b),
    50,
  );

function toTableLines(audiences: Audience[]): string[] {
  const header = ["clients", "edits through", "deliveries", "p50", "p95", "p99", `<= ${targetMs} ms`, "missing"];
  const rows = audiences.map(({ clients, latencies, missing, via }) => [
    String(clients),
    via ? "other process" : "same process",
    String(latencies.length),
    formatMs(percentile(latencies, 50)),
    formatMs(percentile(latencies, 95)),
    formatMs(percentile(latencies, 99)),
    `${((100 * latencies.filter((ms) => ms <= targetMs).length) / latencies.length).toFixed(1)}%`,
    String(missing),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  return [header, ...rows].map((cells) => cells.map((c, i) => c.padStart(widths[i] as number)).join("  "));
}

/** A workshop (from its own address, as creating is limited per address) with one step to edit. */
async function createWorkshop(api: Api, from: string) {
  const { workshopId, secret, joinCode } = await api<{ workshopId: string; secret: string; joinCode: string }>(
    "POST",
    "/workshops",
    { from, body: { title: "Live bench", language: "en", facilitatorName: "Facilitator" } },
  );
  const state = await api<{ lists: { id: string }[] }>("GET", `/workshops/${workshopId}`, { secret });
  const item = await api<{ id: string; version: number }>(
    "POST",
    `/workshops/${workshopId}/lists/${state.lists[0]?.id}/items`,
    { secret, body: { title: "Listen first", phase: "co-design" } },
  );
  const step: Step = { workshopId, id: item.id, secret, version: item.version };
  return { step, joinCode };
}

const toAudience = (step: Step, clients: number): Audience => ({
  step,
  clients,
  latencies: [],
  spreads: [],
  answers: [],
  missing: 0,
});

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "atlas-live-bench-"));
  const databaseUrl = `file:${join(dir, "live.db")}`;
  let stopOther = async (): Promise<unknown> => undefined;
  const server = await startServer(
    readEnv({
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      TRUSTED_PROXIES: "1",
      LOG_LEVEL: "warn",
    }),
  );
  const streams: { close: () => Promise<void> }[] = [];
  try {
    const api = apiClient(server.url);
    let opened = 0;
    const open = async (step: Step, secret: string) => {
      streams.push(await openStream(server.url, api, step.workshopId, secret, opened++));
    };
    // The baseline's workshop has one stream; the hub hands its events to that stream alone.
    const solo = await createWorkshop(api, "10.77.255.253");
    await open(solo.step, solo.step.secret);
    const full = await createWorkshop(api, "10.77.255.254");
    let started = performance.now();
    const joined = await joinParticipants(api, full.step.workshopId, full.step.secret, full.joinCode, maxMembers - 1);
    const joinMs = performance.now() - started;
    started = performance.now();
    await inBatches([full.step.secret, ...joined.secrets], (secret) => open(full.step, secret));
    const openMs = performance.now() - started;
    const other = await startAtlas({ DATABASE_URL: databaseUrl, TRUSTED_PROXIES: "1" });
    stopOther = () => other.stop();
    const remote = await createWorkshop(api, "10.77.255.252");
    await open(remote.step, remote.step.secret);
    const crossing = { ...toAudience(remote.step, 1), via: apiClient(other.url) };
    const audiences = [toAudience(solo.step, 1), toAudience(full.step, maxMembers), crossing];
    await timeEdits(api, audiences);
    const [one, many] = audiences as [Audience, Audience];

    console.log(
      `\nCo-production Atlas live bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs`,
    );
    console.log(
      `${many.clients} SSE clients on loopback, server in this process: one workshop at its member limit ` +
        `(facilitator + ${joined.secrets.length} participants, one stream each); baseline: another workshop, one stream`,
    );
    console.log(
      `joins took ${formatMs(joinMs)} with ${joined.codes} join codes (${joinPerCodePrefix.max} per minute per code ` +
        `prefix, so the facilitator rotated the code); streams opened in ${formatMs(openMs)}`,
    );
    console.log(
      `${edits} edits per workshop after ${warmupEdits} warm-up, taking turns, ${pauseMs} ms apart; ` +
        "time from sending an edit to its event at each client",
    );
    for (const line of toTableLines(audiences)) console.log(`  ${line}`);
    console.log(
      `  edit's own answer p50 ${formatMs(median(one.answers))} (1) / ${formatMs(median(many.answers))} (${many.clients}); ` +
        `fan-out to ${many.clients} (last minus first arrival per edit) p50 ${formatMs(median(many.spreads))}, ` +
        `max ${formatMs(Math.max(...many.spreads))}`,
    );
    const p99 = percentile(many.latencies, 99);
    console.log(
      `P11: p99(${many.clients}) ${formatMs(p99)} (target <= ${targetMs} ms); p99(${many.clients}) / p50(1) -> ` +
        `${(p99 / percentile(one.latencies, 50)).toFixed(2)}x (target <= ${targetRatio}x)`,
    );
    console.log(
      `cross-process: p50 ${formatMs(percentile(crossing.latencies, 50))}, p99 ${formatMs(percentile(crossing.latencies, 99))} ` +
        `-> ${(percentile(crossing.latencies, 50) / percentile(one.latencies, 50)).toFixed(2)}x the same-process p50 ` +
        `(change check every ${changeCheckMs} ms, full poll every ${pollIntervalMs} ms; before the change check, a ${pollIntervalMs} ms poll alone)`,
    );
    const missing = one.missing + many.missing + crossing.missing;
    if (missing > 0) {
      console.error(`${missing} deliveries missing`);
      process.exitCode = 1;
    }
  } finally {
    await Promise.all(streams.map((s) => s.close()));
    await stopOther();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
