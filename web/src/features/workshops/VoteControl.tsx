import { useMutation } from "@tanstack/react-query";
import { announce } from "../../components/Announcer.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { toDotBudget } from "./budget.ts";
import { useWorkshop } from "./context.tsx";
import { FormError } from "./FormError.tsx";
import type { ItemData } from "./queries.ts";

/**
 * Dots on one step: the member's own (within the budget left, which the server enforces too) and the total.
 * The buttons are never `disabled`, only marked unavailable: a disabled button drops the keyboard focus
 * to the page's body, which happened on every vote (busy) and when "−" reached 0 or "+" the budget.
 */
export function VoteControl({ item, editable }: { item: ItemData; editable: boolean }) {
  const { t, tp } = useI18n();
  const { workshop, commands } = useWorkshop();
  const { left } = toDotBudget(workshop.dotsPerMember, workshop.myDotsUsed);
  const vote = useMutation({
    mutationFn: (dots: number) => commands.vote(item.id, dots),
    onSuccess: (result) => announce(`${item.title}: ${tp("workshops.votes.mine", result.dots)}`),
  });
  // Outside the agenda's voting item the server refuses dots; the buttons say so first.
  const votingOpen = workshop.agenda?.votingOpen ?? true;
  const busy = vote.isPending || !editable || !votingOpen;
  const canRemove = !busy && item.myDots > 0;
  const canAdd = !busy && left > 0;
  return (
    <fieldset className="ws-votes">
      <legend className="visually-hidden">{t("workshops.votes.group", { title: item.title })}</legend>
      <button
        type="button"
        className="ws-dot-button"
        aria-disabled={!canRemove}
        onClick={() => canRemove && vote.mutate(item.myDots - 1)}
        aria-label={t("workshops.votes.remove", { title: item.title })}
      >
        −
      </button>
      <span className="ws-my-dots">
        <span aria-hidden="true" className="ws-dots">
          {"●".repeat(item.myDots)}
        </span>
        {tp("workshops.votes.mine", item.myDots)}
      </span>
      <button
        type="button"
        className="ws-dot-button"
        aria-disabled={!canAdd}
        onClick={() => canAdd && vote.mutate(item.myDots + 1)}
        aria-label={t("workshops.votes.add", { title: item.title })}
        title={left <= 0 ? t("workshops.votes.noneLeft") : undefined}
      >
        +
      </button>
      <span className="ws-total">
        {item.votes === null ? t("workshops.votes.hidden") : tp("workshops.votes.total", item.votes)}
      </span>
      {editable && !votingOpen ? <span className="ws-hint">{t("workshops.votes.closed")}</span> : null}
      <FormError error={vote.error} inline />
    </fieldset>
  );
}
