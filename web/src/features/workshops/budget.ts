/**
 * A member's dots against the budget. Lowering the budget never takes dots away from anyone: a
 * member who had placed more than the new budget is over it until they take dots back, and may only
 * take dots back until they are within it again (the server enforces the same).
 */
export function toDotBudget(perMember: number, used: number) {
  return { left: Math.max(0, perMember - used), over: Math.max(0, used - perMember) };
}
