import { describe, expect, it } from "vitest";
import { StreamSlots } from "./stream-limits.ts";

describe("StreamSlots", () => {
  it("caps streams per member and per address, and a release frees exactly one place, once", () => {
    const slots = new StreamSlots({ perMember: 2, perAddress: 3 });
    const a1 = slots.take("ana", "192.0.2.1");
    slots.take("ana", "192.0.2.1");
    expect(() => slots.take("ana", "192.0.2.2")).toThrow(/2 event streams/);
    slots.take("bo", "192.0.2.1");
    expect(() => slots.take("cy", "192.0.2.1")).toThrow(/address already has 3/);
    expect(() => slots.take("cy", "192.0.2.9")).not.toThrow();
    a1();
    a1();
    expect(() => slots.take("ana", "192.0.2.1")).not.toThrow();
    expect(() => slots.take("dee", "192.0.2.1")).toThrow(/address/);
  });
});
