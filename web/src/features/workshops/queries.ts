/**
 * Workshop server state: one queryOptions factory per resource, and the commands a member sends.
 * The live stream keeps these caches current (see live.ts), so they never go stale by time.
 */
import { infiniteQueryOptions, type QueryClient, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { applyToComments, applyToList, applyToWorkshop, type LiveEvent, withComment, withFeedback } from "./live.ts";
import { authorization } from "./secrets.ts";

const workshop = api.workshops[":id"];

export const workshopKey = (id: string) => ["workshops", id] as const;
export const listKey = (id: string, listId: string) => ["workshops", id, "lists", listId] as const;
export const commentsKey = (id: string, itemId: string) => ["workshops", id, "items", itemId, "comments"] as const;
export const feedbackKey = (id: string) => ["workshops", id, "feedback"] as const;
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

export const feedbackOptions = (id: string, secret: string) =>
  queryOptions({
    queryKey: feedbackKey(id),
    queryFn: () => unwrap(workshop.feedback.$get({ param: { id } }, authorization(secret))),
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
export type FeedbackData = Awaited<
  ReturnType<NonNullable<ReturnType<typeof feedbackOptions>["queryFn"]>>
>["items"][number];
export type Report = Awaited<ReturnType<NonNullable<ReturnType<typeof reportOptions>["queryFn"]>>>;
export type Phase = ItemData["phase"];

type CreateInput = Parameters<typeof api.workshops.$post>[0]["json"];
type ItemInput = Parameters<(typeof workshop.lists)[":listId"]["items"]["$post"]>[0]["json"];
type SettingsInput = Parameters<typeof workshop.$patch>[0]["json"];
type Settings = Extract<LiveEvent, { type: "workshop" }>["workshop"];
type MergeInput = Parameters<(typeof workshop.items)[":itemId"]["merge"]["$post"]>[0]["json"];
export type AgendaInput = Parameters<typeof workshop.agenda.$put>[0]["json"];
export type AgendaTemplate = Parameters<typeof workshop.agenda.template.$post>[0]["json"]["template"];
export type AgendaData = NonNullable<WorkshopData["agenda"]>;
export type AgendaItemData = AgendaData["items"][number];

export const createWorkshop = (json: CreateInput) => unwrap(api.workshops.$post({ json }));
export const joinWorkshop = (code: string, name: string) => unwrap(api.workshops.join.$post({ json: { code, name } }));

/**
 * Everything a member can ask of one workshop, with their secret. Each answer is put into the caches
 * as the event it stands for, through the same reducers as the live stream, so no component patches
 * a cache by hand; the stream's own event for the change, arriving before or after, agrees with it.
 */
export function workshopCommands(id: string, secret: string, queryClient: QueryClient) {
  const auth = authorization(secret);
  const param = { id };
  const item = (itemId: string) => ({ param: { id, itemId } });
  const list = (listId: string) => ({ param: { id, listId } });
  const apply = (event: LiveEvent) => applyEvent(queryClient, id, event);
  const settings = async (answer: Promise<Settings>) => {
    const workshop = await answer;
    apply({ type: "workshop", workshop });
    return workshop;
  };
  const listAnswer = async (answer: Promise<ListData["list"]>) => {
    const changed = await answer;
    apply({ type: "list", list: changed });
    return changed;
  };
  const itemAnswer = async (answer: Promise<ItemData>) => {
    const changed = await answer;
    apply({ type: "item", item: changed });
    return changed;
  };
  const orderAnswer = async (answer: Promise<{ listId: string; order: string[] }>) => {
    const changed = await answer;
    apply({ type: "order", ...changed });
    return changed;
  };
  return {
    updateSettings: (json: SettingsInput) => settings(unwrap(workshop.$patch({ param, json }, auth))),
    close: () => settings(unwrap(workshop.close.$post({ param, json: {} }, auth))),
    reopen: () => settings(unwrap(workshop.reopen.$post({ param, json: {} }, auth))),
    removeMember: async (memberId: string) => {
      const { removed, ...member } = await unwrap(
        workshop.members[":memberId"].$delete({ param: { id, memberId } }, auth),
      );
      apply({ type: "member", member, removed });
      return member;
    },
    lock: (phase: Phase) => settings(unwrap(workshop.locks[":phase"].$put({ param: { id, phase }, json: {} }, auth))),
    unlock: (phase: Phase) => settings(unwrap(workshop.locks[":phase"].$delete({ param: { id, phase } }, auth))),
    setTimer: (seconds: number, label: string) =>
      settings(unwrap(workshop.timer.$put({ param, json: { seconds, label } }, auth))),
    clearTimer: () => settings(unwrap(workshop.timer.$delete({ param }, auth))),
    saveAgenda: (json: AgendaInput) => settings(unwrap(workshop.agenda.$put({ param, json }, auth))),
    applyAgendaTemplate: (template: AgendaTemplate, version: number) =>
      settings(unwrap(workshop.agenda.template.$post({ param, json: { template, version } }, auth))),
    advanceAgenda: (from: string | null) =>
      settings(unwrap(workshop.agenda.advance.$post({ param, json: { from } }, auth))),
    backAgenda: (from: string | null) => settings(unwrap(workshop.agenda.back.$post({ param, json: { from } }, auth))),
    extendAgenda: (from: string | null, minutes: number) =>
      settings(unwrap(workshop.agenda.extend.$post({ param, json: { from, minutes } }, auth))),
    rotateCode: () => unwrap(workshop["join-code"].$post({ param, json: {} }, auth)),
    streamToken: () => unwrap(workshop["stream-tokens"].$post({ param, json: {} }, auth)),
    createList: (title: string) => listAnswer(unwrap(workshop.lists.$post({ param, json: { title } }, auth))),
    renameList: (listId: string, title: string, version: number) =>
      listAnswer(unwrap(workshop.lists[":listId"].$patch({ ...list(listId), json: { title, version } }, auth))),
    removeList: (listId: string) => listAnswer(unwrap(workshop.lists[":listId"].$delete(list(listId), auth))),
    sortByVotes: (listId: string) =>
      orderAnswer(unwrap(workshop.lists[":listId"]["sort-by-votes"].$post({ ...list(listId), json: {} }, auth))),
    /** The list as a file, named by the server's one file-name rule. */
    exportList: async (listId: string, format: "markdown" | "csv") => {
      const res = await workshop.lists[":listId"].export.$get({ ...list(listId), query: { format } }, auth);
      if (!res.ok) throw new Error(res.statusText);
      return { blob: await res.blob(), name: fileNameOf(res.headers.get("content-disposition")) };
    },
    createItem: (listId: string, json: ItemInput) =>
      itemAnswer(unwrap(workshop.lists[":listId"].items.$post({ ...list(listId), json }, auth))),
    updateItem: (itemId: string, json: ItemInput & { version: number }) =>
      itemAnswer(unwrap(workshop.items[":itemId"].$patch({ ...item(itemId), json }, auth))),
    removeItem: (itemId: string) => itemAnswer(unwrap(workshop.items[":itemId"].$delete(item(itemId), auth))),
    restoreItem: (itemId: string) =>
      itemAnswer(unwrap(workshop.items[":itemId"].restore.$post({ ...item(itemId), json: {} }, auth))),
    moveItem: (itemId: string, afterId: string | null) =>
      orderAnswer(unwrap(workshop.items[":itemId"].move.$post({ ...item(itemId), json: { afterId } }, auth))),
    mergeItems: async (targetId: string, json: MergeInput) => {
      const merged = await unwrap(workshop.items[":itemId"].merge.$post({ ...item(targetId), json }, auth));
      apply({ type: "item", item: merged.target });
      apply({ type: "item", item: merged.source });
      return merged;
    },
    addEvidence: (itemId: string, caseId: string, why: string) =>
      itemAnswer(unwrap(workshop.items[":itemId"].evidence.$post({ ...item(itemId), json: { caseId, why } }, auth))),
    removeEvidence: (itemId: string, evidenceId: number) =>
      itemAnswer(
        unwrap(
          workshop.items[":itemId"].evidence[":evidenceId"].$delete(
            { param: { id, itemId, evidenceId: String(evidenceId) } },
            auth,
          ),
        ),
      ),
    vote: async (itemId: string, dots: number) => {
      const result = await unwrap(workshop.items[":itemId"].vote.$put({ ...item(itemId), json: { dots } }, auth));
      const before = findItem(queryClient, id, itemId);
      if (before) {
        // The total moves by this member's change; the stream's event, whenever it comes, sets the true total.
        const votes = before.votes === null ? null : before.votes + result.dots - before.myDots;
        apply({ type: "vote", listId: before.listId, itemId, votes, myDots: result.dots, used: result.used });
      }
      return result;
    },
    addFeedback: async (itemId: string, worked: string, change: string) => {
      const feedback = await unwrap(
        workshop.agenda.items[":itemId"].feedback.$post({ param: { id, itemId }, json: { worked, change } }, auth),
      );
      apply({ type: "feedback", feedback });
      return feedback;
    },
    addComment: async (itemId: string, body: string) => {
      const comment = await unwrap(workshop.items[":itemId"].comments.$post({ ...item(itemId), json: { body } }, auth));
      // Only the thread: the step's comment count comes with the stream's event, which knows it.
      putComment(queryClient, id, comment);
      return comment;
    },
    removeComment: async (commentId: string) => {
      const comment = await unwrap(workshop.comments[":commentId"].$delete({ param: { id, commentId } }, auth));
      putComment(queryClient, id, comment);
      return comment;
    },
  };
}

/** The name a Content-Disposition header gives a file (its UTF-8 form first), if any. */
export function fileNameOf(header: string | null): string | undefined {
  if (!header) return undefined;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]*)"/i.exec(header)?.[1];
}

/** A step as some cached list holds it. */
function findItem(queryClient: QueryClient, id: string, itemId: string): ItemData | undefined {
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: ["workshops", id, "lists"] })) {
    const found = data?.items?.find((i) => i.id === itemId);
    if (found) return found;
  }
  return undefined;
}

const putComment = (queryClient: QueryClient, id: string, comment: CommentData) =>
  queryClient.setQueryData<{ items: CommentData[] }>(
    commentsKey(id, comment.itemId),
    (data) => data && withComment(data, comment),
  );

/**
 * Puts one event into every cache it concerns, through the reducers of live.ts: an event from the
 * stream with its id, or a command's own answer (no id), so the two paths cannot disagree.
 */
export function applyEvent(queryClient: QueryClient, id: string, event: LiveEvent, eventId?: number): void {
  if (event.type === "reset") {
    void queryClient.invalidateQueries({ queryKey: workshopKey(id) });
    return;
  }
  const before = queryClient.getQueryData<WorkshopData>(workshopKey(id));
  if (event.type === "member" && event.removed && event.member.id === before?.me.id) {
    // This member was removed: the reload answers 404 and the page says so.
    void queryClient.invalidateQueries({ queryKey: workshopKey(id) });
    return;
  }
  queryClient.setQueryData<WorkshopData>(workshopKey(id), (data) => data && applyToWorkshop(data, event, eventId));
  const lists = queryClient.getQueryCache().findAll({ queryKey: ["workshops", id, "lists"] });
  for (const query of lists) {
    if (query.queryKey.length !== 4) continue;
    queryClient.setQueryData<ListData>(query.queryKey, (data) => data && applyToList(data, event, eventId));
  }
  if (event.type === "comment") {
    const key = commentsKey(id, event.comment.itemId);
    queryClient.setQueryData<{ items: CommentData[] }>(key, (data) => data && applyToComments(data, event));
  }
  if (event.type === "feedback") {
    queryClient.setQueryData<{ items: FeedbackData[] }>(
      feedbackKey(id),
      (data) => data && withFeedback(data, event.feedback),
    );
  }
  if (event.type === "item") {
    void queryClient.invalidateQueries({ queryKey: historyKey(id, event.item.id) });
    // A step removed or restored with this member's dots on it changes how many they have left.
    const listed = queryClient.getQueryData<ListData>(listKey(id, event.item.listId));
    const wasListed = listed?.items.some((i) => i.id === event.item.id) ?? false;
    if (event.item.myDots > 0 && event.item.removed === wasListed) {
      void queryClient.invalidateQueries({ queryKey: workshopKey(id), exact: true });
    }
  }
  if (event.type === "workshop" && before) {
    const visibility = (w: Pick<WorkshopData, "votesHidden" | "lockedPhases" | "agenda">) =>
      `${w.votesHidden}|${w.lockedPhases.join()}|${w.agenda?.listLocked ?? false}`;
    if (visibility(before) !== visibility(event.workshop)) {
      void queryClient.invalidateQueries({ queryKey: ["workshops", id, "lists"] });
    }
  }
}

export type WorkshopCommands = ReturnType<typeof workshopCommands>;

/** The address of the event stream for a token, resuming after an event id. */
export const eventsUrl = (id: string, token: string, since: number) =>
  workshop.events.$url({ param: { id }, query: { token, since: String(since) } }).toString();
