import { describe, expect, it } from "vitest";
import { toViewerEvent } from "./events.ts";
import type { ItemRecord, Viewer } from "./records.ts";
import { toViewerItem, toWorkshopSettings } from "./records.ts";

const ana: Viewer = { workshopId: "w", memberId: "ana", name: "Ana", role: "participant" };
const fatima: Viewer = { workshopId: "w", memberId: "fatima", name: "Fatima", role: "facilitator" };
const person = { id: "ana", name: "Ana" };
const item: ItemRecord = {
  id: "i",
  listId: "l",
  position: 2,
  title: "Map needs",
  description: "",
  phase: "co-design",
  version: 3,
  stakeholderTypes: [],
  evidence: [],
  dots: { ana: 2, bo: 3 },
  votesHidden: 1,
  commentCount: 0,
  createdBy: person,
  createdAt: "t",
  updatedBy: person,
  updatedAt: "t",
  removed: 0,
  mergedInto: null,
};

describe("toViewerItem", () => {
  it("shows a participant only their own dots while votes are hidden", () => {
    const seen = toViewerItem(item, ana);
    expect(seen.votes).toBeNull();
    expect(seen.myDots).toBe(2);
    expect(seen).not.toHaveProperty("dots");
    expect(seen.removed).toBe(false);
  });

  it("shows totals once votes are shown, and always to the facilitator", () => {
    expect(toViewerItem({ ...item, votesHidden: 0 }, ana).votes).toBe(5);
    expect(toViewerItem(item, fatima).votes).toBe(5);
    expect(toViewerItem(item, fatima).myDots).toBe(0);
  });
});

describe("toViewerEvent", () => {
  const vote = {
    id: 7,
    workshopId: "w",
    type: "vote",
    payload: JSON.stringify({ listId: "l", itemId: "i", memberId: "bo", dots: 3, total: 5, used: 3, hidden: 1 }),
  };

  it("redacts hidden totals and another member's dots", () => {
    expect(toViewerEvent(vote, ana)).toEqual({ type: "vote", listId: "l", itemId: "i", votes: null });
    expect(toViewerEvent(vote, fatima)).toEqual({ type: "vote", listId: "l", itemId: "i", votes: 5 });
  });

  it("tells the voter their dots and budget use", () => {
    expect(toViewerEvent(vote, { ...ana, memberId: "bo" })).toEqual({
      type: "vote",
      listId: "l",
      itemId: "i",
      votes: null,
      myDots: 3,
      used: 3,
    });
  });

  it("sends a step as the viewer may see it", () => {
    const event = toViewerEvent({ id: 8, workshopId: "w", type: "item", payload: JSON.stringify({ item }) }, ana);
    expect(event).toMatchObject({ type: "item", item: { id: "i", votes: null, myDots: 2 } });
  });
});

describe("toWorkshopSettings", () => {
  it("gives the timer as time left now, and locked phases in process order", () => {
    const settings = toWorkshopSettings(
      {
        id: "w",
        title: "T",
        territory: "",
        challenge: "",
        language: "en",
        dotsPerMember: 5,
        votesHidden: 0,
        status: "open",
        version: 1,
        lockedPhases: ["co-assessment", "co-design"],
        timerEndsAt: 10_000,
        timerLabel: "Vote",
        createdAt: "t",
        agenda: null,
        agendaVersion: 1,
        agendaRun: null,
      },
      4_000,
    );
    expect(settings.timer).toEqual({ endsAt: 10_000, remainingMs: 6_000, label: "Vote" });
    expect(settings.lockedPhases).toEqual(["co-design", "co-assessment"]);
    expect(settings.votesHidden).toBe(false);
  });
});
