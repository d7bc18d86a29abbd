import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { toDotBudget } from "./budget.ts";
import { useWorkshop } from "./context.tsx";
import { formError } from "./form-errors.ts";
import { type ItemData, type ListData, listKey, type WorkshopData, workshopKey } from "./queries.ts";

/** Dots on one step: the member's own (within the budget left, which the server enforces too) and the total. */
export function VoteControl({ item, editable }: { item: ItemData; editable: boolean }) {
  const { t, tp } = useI18n();
  const { id, workshop, commands } = useWorkshop();
  const queryClient = useQueryClient();
  const { left } = toDotBudget(workshop.dotsPerMember, workshop.myDotsUsed);
  const vote = useMutation({
    mutationFn: (dots: number) => commands.vote(item.id, dots),
    onSuccess: (result) => {
      queryClient.setQueryData<WorkshopData>(workshopKey(id), (d) => d && { ...d, myDotsUsed: result.used });
      queryClient.setQueryData<ListData>(listKey(id, item.listId), (d) => {
        if (!d) return d;
        const change = result.dots - item.myDots;
        return {
          ...d,
          items: d.items.map((i) =>
            i.id === item.id ? { ...i, myDots: result.dots, votes: i.votes === null ? null : i.votes + change } : i,
          ),
        };
      });
    },
  });
  const busy = vote.isPending || !editable;
  return (
    <fieldset className="ws-votes">
      <legend className="visually-hidden">{t("workshops.votes.group", { title: item.title })}</legend>
      <button
        type="button"
        className="ws-dot-button"
        disabled={busy || item.myDots === 0}
        onClick={() => vote.mutate(item.myDots - 1)}
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
        disabled={busy || left <= 0}
        onClick={() => vote.mutate(item.myDots + 1)}
        aria-label={t("workshops.votes.add", { title: item.title })}
        title={left <= 0 ? t("workshops.votes.noneLeft") : undefined}
      >
        +
      </button>
      <span className="ws-total">
        {item.votes === null ? t("workshops.votes.hidden") : tp("workshops.votes.total", item.votes)}
      </span>
      {formError(vote.error) ? (
        <span className="ws-error" role="alert">
          {formError(vote.error)}
        </span>
      ) : null}
    </fieldset>
  );
}
