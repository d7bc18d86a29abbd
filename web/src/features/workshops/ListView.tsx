import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useWorkshop } from "./context.tsx";
import { ItemCard } from "./ItemCard.tsx";
import { ItemEditor } from "./ItemEditor.tsx";
import { ListActions } from "./ListActions.tsx";
import { orderOf } from "./live.ts";
import { applyEvent, type ListData, listKey, listOptions } from "./queries.ts";
import { afterIdForDrop, afterIdForStep, applyMove } from "./reorder.ts";

type View = "process" | "votes";

/** A recommendation list: its steps in order, to add to, reorder (drag or keyboard), vote and discuss. */
export function ListView({ listId }: { listId: string }) {
  const { t } = useI18n();
  const { id, secret, commands, isFacilitator, isOpen } = useWorkshop();
  const queryClient = useQueryClient();
  const query = useQuery(listOptions(id, listId, secret));
  const [view, setView] = useState<View>("process");
  const [announcement, setAnnouncement] = useState("");
  const [focusId, setFocusId] = useState<string>();
  const [dragged, setDragged] = useState<string>();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // Closing the new step's form (Close or Escape) gives the focus back to the button that opened it.
  const stopAdding = () => {
    addButton.current?.focus();
    setAdding(false);
  };
  const onAddingKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") stopAdding();
  };
  const viewId = useId();
  // Shown at once, through the reducer the answer and the stream's event use too.
  const setOrder = (order: string[]) => applyEvent(queryClient, id, { type: "order", listId, order });
  const move = useMutation({
    mutationFn: ({ itemId, afterId }: { itemId: string; afterId: string | null }) => commands.moveItem(itemId, afterId),
    onMutate: ({ itemId, afterId }) => {
      const data = queryClient.getQueryData<ListData>(listKey(id, listId));
      if (!data) return;
      const order = applyMove(orderOf(data), itemId, afterId);
      setOrder(order);
      const title = data.items.find((i) => i.id === itemId)?.title ?? "";
      setAnnouncement(
        t("workshops.move.announce", { title, position: order.indexOf(itemId) + 1, count: order.length }),
      );
      setFocusId(itemId);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: listKey(id, listId) }),
  });
  const sortByVotes = useMutation({ mutationFn: () => commands.sortByVotes(listId) });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { list, items } = query.data;
  const order = orderOf(query.data);
  const shown = view === "votes" ? [...items].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0)) : items;
  const canReorder = isOpen && view === "process";
  const moveBy = (itemId: string, direction: -1 | 1) => {
    const afterId = afterIdForStep(order, itemId, direction);
    if (afterId !== undefined) move.mutate({ itemId, afterId });
  };
  const drop = (target: string) => {
    if (!dragged) return;
    const afterId = afterIdForDrop(order, dragged, target);
    setDragged(undefined);
    if (afterId !== undefined) move.mutate({ itemId: dragged, afterId });
  };
  return (
    <section className="ws-list" aria-labelledby="list-heading">
      <div className="ws-list-head">
        <h2 id="list-heading">{list.title}</h2>
        <ListActions list={list} />
      </div>
      <p className="ws-hint">{t("workshops.list.help")}</p>
      <div className="ws-toolbar">
        {isOpen ? (
          <button ref={addButton} type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            {t("workshops.item.add")}
          </button>
        ) : null}
        <label htmlFor={viewId} className="ws-view">
          {t("workshops.list.view")}
          <select id={viewId} value={view} onChange={(e) => setView(e.target.value as View)}>
            <option value="process">{t("workshops.list.viewProcess")}</option>
            <option value="votes">{t("workshops.list.viewVotes")}</option>
          </select>
        </label>
        {isFacilitator && isOpen ? (
          <button
            type="button"
            className="ws-secondary"
            disabled={sortByVotes.isPending}
            onClick={() => sortByVotes.mutate()}
          >
            {t("workshops.list.sortByVotes")}
          </button>
        ) : null}
      </div>
      {adding ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape from the form's own fields
        <div onKeyDown={onAddingKeyDown}>
          <ItemEditor listId={listId} onDone={stopAdding} />
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p id="ws-move-help" className="visually-hidden">
        {t("workshops.move.help")}
      </p>
      {items.length === 0 ? <p className="state">{t("workshops.list.empty")}</p> : null}
      <ol className="ws-items">
        {shown.map((item, index) => (
          <ItemCard
            key={item.id}
            item={item}
            number={view === "process" ? index + 1 : order.indexOf(item.id) + 1}
            others={items.filter((i) => i.id !== item.id)}
            reorder={
              canReorder
                ? {
                    first: index === 0,
                    last: index === items.length - 1,
                    move: (direction) => moveBy(item.id, direction),
                    focus: focusId === item.id,
                    dragging: dragged === item.id,
                    onDragStart: () => setDragged(item.id),
                    onDragEnd: () => setDragged(undefined),
                    onDrop: () => drop(item.id),
                  }
                : undefined
            }
          />
        ))}
      </ol>
    </section>
  );
}
