/**
 * Workshop server state: one queryOptions factory per resource, and the commands a member sends.
 * The live stream keeps these caches current (see live.ts), so they never go stale by time.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { authorization } from "./secrets.ts";

const workshop = api.workshops[":id"];

export const workshopKey = (id: string) => ["workshops", id] as const;
export const listKey = (id: string, listId: string) => ["workshops", id, "lists", listId] as const;
export const commentsKey = (id: string, itemId: string) => ["workshops", id, "items", itemId, "comments"] as const;
export const historyKey = (id: string, itemId: string) => ["workshops", id, "items", itemId, "history"] as const;

const live = { staleTime: Number.POSITIVE_INFINITY, retry: false } as const;

export const workshopOptions = (id: string, secret: string) =>
  queryOptions({
    queryKey: workshopKey(id),
    queryFn: () => unwrap(workshop.$get({ param: { id } }, authorization(secret))),
    ...live,
  });

export const listOptions = (id: string, listId: string, secret: string) =>
  queryOptions({
    queryKey: listKey(id, listId),
    queryFn: () => unwrap(workshop.lists[":listId"].$get({ param: { id, listId } }, authorization(secret))),
    ...live,
  });

export const commentsOptions = (id: string, itemId: string, secret: string) =>
  queryOptions({
    queryKey: commentsKey(id, itemId),
    queryFn: () => unwrap(workshop.items[":itemId"].comments.$get({ param: { id, itemId } }, authorization(secret))),
    ...live,
  });

/** A step's history, a page at a time, newest first; each page names where the next, older one starts. */
export const historyOptions = (id: string, itemId: string, secret: string) =>
  infiniteQueryOptions({
    queryKey: historyKey(id, itemId),
    queryFn: ({ pageParam }) =>
      unwrap(
        workshop.items[":itemId"].history.$get(
          { param: { id, itemId }, query: pageParam === null ? {} : { before: String(pageParam) } },
          authorization(secret),
        ),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.next,
  });

export const reportOptions = (id: string, listId: string, secret: string) =>
  queryOptions({
    queryKey: ["workshops", id, "lists", listId, "report"],
    queryFn: async () => {
      const body = await unwrap(
        workshop.lists[":listId"].export.$get(
          { param: { id, listId }, query: { format: "json" } },
          authorization(secret),
        ),
      );
      // The route also answers Markdown and CSV; asked for JSON, it gives the report object.
      if (typeof body === "string" || body instanceof Response) throw new Error("expected the report as JSON");
      return body;
    },
  });

export type WorkshopData = Awaited<ReturnType<NonNullable<ReturnType<typeof workshopOptions>["queryFn"]>>>;
export type ListData = Awaited<ReturnType<NonNullable<ReturnType<typeof listOptions>["queryFn"]>>>;
export type ItemData = ListData["items"][number];
export type CommentData = Awaited<
  ReturnType<NonNullable<ReturnType<typeof commentsOptions>["queryFn"]>>
>["items"][number];
export type Report = Awaited<ReturnType<NonNullable<ReturnType<typeof reportOptions>["queryFn"]>>>;
export type Phase = ItemData["phase"];

type CreateInput = Parameters<typeof api.workshops.$post>[0]["json"];
type ItemInput = Parameters<(typeof workshop.lists)[":listId"]["items"]["$post"]>[0]["json"];
type SettingsInput = Parameters<typeof workshop.$patch>[0]["json"];

export const createWorkshop = (json: CreateInput) => unwrap(api.workshops.$post({ json }));
export const joinWorkshop = (code: string, name: string) => unwrap(api.workshops.join.$post({ json: { code, name } }));

/** Everything a member can ask of one workshop, with their secret. */
export function workshopCommands(id: string, secret: string) {
  const auth = authorization(secret);
  const param = { id };
  const item = (itemId: string) => ({ param: { id, itemId } });
  const list = (listId: string) => ({ param: { id, listId } });
  return {
    updateSettings: (json: SettingsInput) => unwrap(workshop.$patch({ param, json }, auth)),
    close: () => unwrap(workshop.close.$post({ param, json: {} }, auth)),
    reopen: () => unwrap(workshop.reopen.$post({ param, json: {} }, auth)),
    removeMember: (memberId: string) =>
      unwrap(workshop.members[":memberId"].$delete({ param: { id, memberId } }, auth)),
    lock: (phase: Phase) => unwrap(workshop.locks[":phase"].$put({ param: { id, phase }, json: {} }, auth)),
    unlock: (phase: Phase) => unwrap(workshop.locks[":phase"].$delete({ param: { id, phase } }, auth)),
    setTimer: (seconds: number, label: string) =>
      unwrap(workshop.timer.$put({ param, json: { seconds, label } }, auth)),
    clearTimer: () => unwrap(workshop.timer.$delete({ param }, auth)),
    rotateCode: () => unwrap(workshop["join-code"].$post({ param, json: {} }, auth)),
    streamToken: () => unwrap(workshop["stream-tokens"].$post({ param, json: {} }, auth)),
    createList: (title: string) => unwrap(workshop.lists.$post({ param, json: { title } }, auth)),
    renameList: (listId: string, title: string, version: number) =>
      unwrap(workshop.lists[":listId"].$patch({ ...list(listId), json: { title, version } }, auth)),
    removeList: (listId: string) => unwrap(workshop.lists[":listId"].$delete(list(listId), auth)),
    sortByVotes: (listId: string) =>
      unwrap(workshop.lists[":listId"]["sort-by-votes"].$post({ ...list(listId), json: {} }, auth)),
    exportList: async (listId: string, format: "markdown" | "csv") => {
      const res = await workshop.lists[":listId"].export.$get({ ...list(listId), query: { format } }, auth);
      if (!res.ok) throw new Error(res.statusText);
      return res.blob();
    },
    createItem: (listId: string, json: ItemInput) =>
      unwrap(workshop.lists[":listId"].items.$post({ ...list(listId), json }, auth)),
    updateItem: (itemId: string, json: ItemInput & { version: number }) =>
      unwrap(workshop.items[":itemId"].$patch({ ...item(itemId), json }, auth)),
    removeItem: (itemId: string) => unwrap(workshop.items[":itemId"].$delete(item(itemId), auth)),
    restoreItem: (itemId: string) =>
      unwrap(workshop.items[":itemId"].restore.$post({ ...item(itemId), json: {} }, auth)),
    moveItem: (itemId: string, afterId: string | null) =>
      unwrap(workshop.items[":itemId"].move.$post({ ...item(itemId), json: { afterId } }, auth)),
    mergeItems: (
      targetId: string,
      json: { sourceId: string; sourceVersion: number; version: number; title: string; description: string },
    ) => unwrap(workshop.items[":itemId"].merge.$post({ ...item(targetId), json }, auth)),
    addEvidence: (itemId: string, caseId: string, why: string) =>
      unwrap(workshop.items[":itemId"].evidence.$post({ ...item(itemId), json: { caseId, why } }, auth)),
    removeEvidence: (itemId: string, evidenceId: number) =>
      unwrap(
        workshop.items[":itemId"].evidence[":evidenceId"].$delete(
          { param: { id, itemId, evidenceId: String(evidenceId) } },
          auth,
        ),
      ),
    vote: (itemId: string, dots: number) =>
      unwrap(workshop.items[":itemId"].vote.$put({ ...item(itemId), json: { dots } }, auth)),
    addComment: (itemId: string, body: string) =>
      unwrap(workshop.items[":itemId"].comments.$post({ ...item(itemId), json: { body } }, auth)),
    removeComment: (commentId: string) =>
      unwrap(workshop.comments[":commentId"].$delete({ param: { id, commentId } }, auth)),
  };
}

export type WorkshopCommands = ReturnType<typeof workshopCommands>;

/** The address of the event stream for a token, resuming after an event id. */
export const eventsUrl = (id: string, token: string, since: number) =>
  workshop.events.$url({ param: { id }, query: { token, since: String(since) } }).toString();
