import { describe, expect, it } from "vitest";
import { applyToComments, applyToList, applyToWorkshop, type LiveEvent } from "./live.ts";
import type { CommentData, ItemData, ListData, WorkshopData } from "./queries.ts";

const person = { id: "ana", name: "Ana" };
const item = (id: string, position: number, extra: Partial<ItemData> = {}): ItemData => ({
  id,
  listId: "l",
  position,
  title: id.toUpperCase(),
  description: "",
  phase: "co-design",
  version: 1,
  stakeholderTypes: [],
  evidence: [],
  votes: 0,
  myDots: 0,
  commentCount: 0,
  createdBy: person,
  createdAt: "t",
  updatedBy: person,
  updatedAt: "t",
  removed: false,
  mergedInto: null,
  ...extra,
});
const listSummary = {
  id: "l",
  title: "Plan",
  position: 0,
  version: 1,
  itemCount: 2,
  createdBy: person,
  updatedBy: person,
  updatedAt: "t",
  removed: false,
};
const list: ListData = { list: listSummary, items: [item("a", 0), item("b", 1)], eventId: 10 };

describe("applyToList", () => {
  it("adds, replaces and removes steps by the event's state, in position order", () => {
    const added = applyToList(list, { type: "item", item: item("c", 2) }, 11);
    expect(added.items.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(added.eventId).toBe(11);
    const edited = applyToList(added, { type: "item", item: item("a", 0, { title: "Ask", version: 2 }) }, 12);
    expect(edited.items[0]).toMatchObject({ id: "a", title: "Ask", version: 2 });
    const removed = applyToList(edited, { type: "item", item: item("b", 1, { removed: true }) }, 13);
    expect(removed.items.map((i) => i.id)).toEqual(["a", "c"]);
  });

  it("ignores events the cache already includes", () => {
    expect(applyToList(list, { type: "item", item: item("z", 0) }, 10)).toBe(list);
    expect(applyToList(list, { type: "item", item: item("z", 0) }, 3)).toBe(list);
  });

  it("reorders by an order event and updates vote totals and the voter's own dots", () => {
    const reordered = applyToList(list, { type: "order", listId: "l", order: ["b", "a"] }, 11);
    expect(reordered.items.map((i) => [i.id, i.position])).toEqual([
      ["b", 0],
      ["a", 1],
    ]);
    const voted = applyToList(list, { type: "vote", listId: "l", itemId: "a", votes: 4, myDots: 2, used: 2 }, 11);
    expect(voted.items[0]).toMatchObject({ votes: 4, myDots: 2 });
    const hidden = applyToList(voted, { type: "vote", listId: "l", itemId: "a", votes: null }, 12);
    expect(hidden.items[0]).toMatchObject({ votes: null, myDots: 2 });
  });

  it("leaves other lists' events alone but still records their id", () => {
    const other = applyToList(list, { type: "item", item: item("x", 0, { listId: "other" }) }, 11);
    expect(other.items).toEqual(list.items);
    expect(other.eventId).toBe(11);
  });
});

const workshop = {
  id: "w",
  title: "T",
  territory: "",
  challenge: "",
  language: "en",
  dotsPerMember: 5,
  votesHidden: false,
  status: "open",
  version: 1,
  lockedPhases: [],
  timer: null,
  agenda: null,
  createdAt: "t",
  me: { id: "ana", name: "Ana", role: "participant" },
  members: [{ id: "ana", name: "Ana", role: "participant" }],
  lists: [listSummary],
  myDotsUsed: 0,
  eventId: 10,
} satisfies WorkshopData;

describe("applyToWorkshop", () => {
  it("takes new settings, members, lists and the member's own dot count", () => {
    const settings = applyToWorkshop(
      workshop,
      { type: "workshop", workshop: { ...workshop, votesHidden: true, lockedPhases: ["co-design"], version: 2 } },
      11,
    );
    expect(settings).toMatchObject({ votesHidden: true, lockedPhases: ["co-design"], version: 2, me: workshop.me });
    const joined = applyToWorkshop(
      settings,
      { type: "member", member: { id: "bo", name: "Bo", role: "participant" }, removed: false },
      12,
    );
    expect(joined.members.map((m) => m.name)).toEqual(["Ana", "Bo"]);
    const dots = applyToWorkshop(joined, { type: "vote", listId: "l", itemId: "a", votes: 1, myDots: 1, used: 3 }, 13);
    expect(dots.myDotsUsed).toBe(3);
    const gone = applyToWorkshop(dots, { type: "list", list: { ...listSummary, removed: true } }, 14);
    expect(gone.lists).toEqual([]);
  });

  it("keeps each list's step count from the stream's step events (the list tab's number)", () => {
    const created = applyToWorkshop(workshop, { type: "item", item: item("c", 2), itemCount: 3 }, 11);
    expect(created.lists.map((l) => l.itemCount)).toEqual([3]);
    const removed = applyToWorkshop(created, { type: "item", item: item("c", 2, { removed: true }), itemCount: 2 }, 12);
    expect(removed.lists.map((l) => l.itemCount)).toEqual([2]);
    // A command's own answer carries no count: the one shown stays until the stream's event.
    expect(applyToWorkshop(removed, { type: "item", item: item("d", 3) }).lists.map((l) => l.itemCount)).toEqual([2]);
  });

  it("takes a removed member out of the members, once", () => {
    const bo = { id: "bo", name: "Bo", role: "participant" as const };
    const joined = applyToWorkshop(workshop, { type: "member", member: bo, removed: false }, 11);
    const removed = applyToWorkshop(joined, { type: "member", member: bo, removed: true }, 12);
    expect(removed.members.map((m) => m.name)).toEqual(["Ana"]);
    expect(applyToWorkshop(removed, { type: "member", member: bo, removed: false }, 12)).toBe(removed);
  });
});

describe("applyToComments", () => {
  const comment: CommentData = { id: "c1", itemId: "a", author: person, body: "Yes", createdAt: "t", removed: false };
  const event = (c: CommentData): LiveEvent => ({ type: "comment", listId: "l", comment: c, commentCount: 1 });

  it("appends a new comment once and replaces a removed one", () => {
    const once = applyToComments({ items: [] }, event(comment));
    expect(applyToComments(once, event(comment)).items).toHaveLength(1);
    const removed = applyToComments(once, event({ ...comment, body: null, removed: true }));
    expect(removed.items[0]).toMatchObject({ body: null, removed: true });
  });
});
