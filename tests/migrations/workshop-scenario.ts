/**
 * A workshop played through an app's own API, so a fixture holds the rows that version writes:
 * members, lists, steps, votes, comments, evidence, revisions and the change feed. Only routes and
 * bodies every version since workshops landed (migration 0002) accepts.
 */
interface App {
  request: (path: string, init: RequestInit, bindings: Record<string, unknown>) => Response | Promise<Response>;
}

export async function playWorkshop(app: App, db: unknown): Promise<void> {
  let caller = 0;
  const call = async <T>(method: string, path: string, body?: unknown, secret?: string): Promise<T> => {
    const headers: Record<string, string> = {};
    if (secret) headers.authorization = `Bearer ${secret}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await app.request(
      `/api${path}`,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
      { db, clientAddress: `192.0.2.${++caller}` },
    );
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const created = await call<{ workshopId: string; secret: string; joinCode: string }>("POST", "/workshops", {
    title: "Care in Seville",
    territory: "Seville",
    challenge: "Home care for older people",
    language: "en",
    dotsPerMember: 3,
    facilitatorName: "Fatima",
  });
  const { workshopId: id, secret } = created;
  const state = await call<{ lists: { id: string }[] }>("GET", `/workshops/${id}`, undefined, secret);
  const listId = state.lists[0]?.id as string;
  const ana = await call<{ secret: string }>("POST", "/workshops/join", { code: created.joinCode, name: "Ana" });
  const steps: { id: string; version: number }[] = [];
  for (const title of ["Listen to carers first", "Pool the care budgets", "Train neighbours"]) {
    steps.push(
      await call<{ id: string; version: number }>(
        "POST",
        `/workshops/${id}/lists/${listId}/items`,
        { title, phase: "co-design" },
        secret,
      ),
    );
  }
  const [first, second] = steps as [{ id: string; version: number }, { id: string; version: number }];
  await call(
    "PATCH",
    `/workshops/${id}/items/${first.id}`,
    {
      title: "Listen to carers and families first",
      description: "Monthly meetings in each district.",
      phase: "co-design",
      stakeholderTypes: [],
      version: first.version,
    },
    secret,
  );
  await call("PUT", `/workshops/${id}/items/${first.id}/vote`, { dots: 2 }, ana.secret);
  await call("PUT", `/workshops/${id}/items/${second.id}/vote`, { dots: 1 }, secret);
  await call("POST", `/workshops/${id}/items/${first.id}/comments`, { body: "We did this in Tunis." }, ana.secret);
  await call(
    "POST",
    `/workshops/${id}/items/${second.id}/evidence`,
    { caseId: "seville-care", why: "Same city" },
    secret,
  );
}
