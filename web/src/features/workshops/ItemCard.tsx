import { useMutation } from "@tanstack/react-query";
import { type DragEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { announce } from "../../components/Announcer.tsx";
import { UserText } from "../../components/UserText.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { Comments } from "./Comments.tsx";
import { useWorkshop } from "./context.tsx";
import { EvidencePicker } from "./EvidencePicker.tsx";
import { FormError } from "./FormError.tsx";
import { ItemEditor } from "./ItemEditor.tsx";
import { ItemHistory } from "./ItemHistory.tsx";
import { MergeForm } from "./MergeForm.tsx";
import type { ItemData } from "./queries.ts";
import { VoteControl } from "./VoteControl.tsx";

type Panel = "edit" | "evidence" | "comments" | "history" | "merge";

export interface Reorder {
  first: boolean;
  last: boolean;
  move: (direction: -1 | 1) => void;
  /** Take the keyboard focus: this step was just moved. */
  focus: boolean;
  dragging: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** One step: its words, phase, who is responsible, its evidence, dots, and what can be done with it. */
export function ItemCard({
  item,
  number,
  others,
  reorder,
}: {
  item: ItemData;
  number: number;
  others: ItemData[];
  reorder: Reorder | undefined;
}) {
  const { t } = useI18n();
  const { label } = useTerms();
  const { workshop, isFacilitator, isOpen } = useWorkshop();
  const [panel, setPanel] = useState<Panel>();
  const [over, setOver] = useState(false);
  const handle = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const panelId = useId();
  // A locked phase and an agenda past its closing item lock a step alike, as on the server.
  const locked = workshop.lockedPhases.includes(item.phase) || Boolean(workshop.agenda?.listLocked);
  const editable = isOpen && !locked;
  useEffect(() => {
    if (reorder?.focus) handle.current?.focus();
  }, [reorder?.focus]);
  const toggle = (next: Panel) => setPanel(panel === next ? undefined : next);
  /**
   * Closes the open panel (done, cancelled or Escape) with the focus back on the button that opened it,
   * or on the step's heading if that button is gone, moved there before the panel unmounts, never lost.
   */
  const closePanel = (message?: string) => {
    const back = opener.current?.isConnected ? opener.current : heading.current;
    back?.focus();
    setPanel(undefined);
    if (message) announce(message);
  };
  const onPanelKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    closePanel();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!reorder || locked || isTyping(event.target)) return;
    const onHandle = event.target === handle.current;
    if (!(event.altKey || onHandle) || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    reorder.move(event.key === "ArrowUp" ? -1 : 1);
  };
  const dropProps = reorder
    ? {
        onDragOver: (event: DragEvent) => {
          event.preventDefault();
          setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setOver(false);
          reorder.onDrop();
        },
      }
    : {};
  const classes = [
    "ws-item",
    locked ? "ws-item-locked" : "",
    over ? "ws-item-over" : "",
    reorder?.dragging ? "ws-item-dragging" : "",
  ];
  const panelButton = (name: Panel, text: string) => (
    <button
      type="button"
      className="ws-secondary"
      aria-expanded={panel === name}
      aria-controls={panel === name ? panelId : undefined}
      onClick={(event) => {
        opener.current = event.currentTarget;
        toggle(name);
      }}
    >
      {text}
    </button>
  );
  return (
    <li className={classes.filter(Boolean).join(" ")} onKeyDown={onKeyDown} {...dropProps}>
      <article aria-labelledby={`step-${item.id}`} data-item-id={item.id}>
        <div className="ws-item-head">
          {reorder && !locked ? (
            <button
              ref={handle}
              type="button"
              className="ws-handle"
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData("text/plain", item.id);
                event.dataTransfer.effectAllowed = "move";
                reorder.onDragStart();
              }}
              onDragEnd={reorder.onDragEnd}
              aria-label={t("workshops.move.handle", { title: item.title })}
              aria-describedby="ws-move-help"
            >
              <span aria-hidden="true">⠿</span>
            </button>
          ) : null}
          <h3 id={`step-${item.id}`} ref={heading} tabIndex={-1}>
            <span className="ws-step-number">{number}.</span> <bdi>{item.title}</bdi>
          </h3>
          <span className={`chip ws-phase ws-phase-${item.phase}`}>{label("phase", item.phase)}</span>
          {locked ? <span className="ws-badge ws-badge-locked">{t("workshops.phase.locked")}</span> : null}
        </div>
        {item.stakeholderTypes.length ? (
          <p className="ws-responsible">
            <span className="ws-field-name">{t("workshops.item.responsible")}</span>{" "}
            {item.stakeholderTypes.map((type) => label("stakeholderType", type)).join(", ")}
          </p>
        ) : null}
        {item.description ? (
          <p className="ws-description" dir="auto">
            <UserText text={item.description} />
          </p>
        ) : null}
        <Evidence item={item} editable={editable} />
        <div className="ws-item-foot">
          <VoteControl item={item} editable={editable} />
          <p className="ws-attribution muted">
            {item.updatedBy.id === item.createdBy.id
              ? t("workshops.item.by", { name: item.createdBy.name })
              : t("workshops.item.byAndChanged", { name: item.createdBy.name, editor: item.updatedBy.name })}
          </p>
        </div>
        <div className="ws-item-actions">
          {editable ? panelButton("edit", t("workshops.item.edit")) : null}
          {editable ? panelButton("evidence", t("workshops.evidence.add")) : null}
          {panelButton("comments", t("workshops.comments.toggle", { count: item.commentCount }))}
          {panelButton("history", t("workshops.history.toggle"))}
          {reorder && !locked ? (
            <>
              <button
                type="button"
                className="ws-secondary"
                disabled={reorder.first}
                onClick={() => reorder.move(-1)}
                aria-label={t("workshops.move.upLabel", { title: item.title })}
              >
                {t("workshops.move.up")}
              </button>
              <button
                type="button"
                className="ws-secondary"
                disabled={reorder.last}
                onClick={() => reorder.move(1)}
                aria-label={t("workshops.move.downLabel", { title: item.title })}
              >
                {t("workshops.move.down")}
              </button>
            </>
          ) : null}
          {isFacilitator && editable && others.length > 0 ? panelButton("merge", t("workshops.merge.toggle")) : null}
          {isFacilitator && isOpen ? <RemoveButton item={item} /> : null}
        </div>
        {panel ? (
          // Escape closes the panel, as it would a dialog; the listener only catches what bubbles from inside it.
          // biome-ignore lint/a11y/noStaticElementInteractions: the keys come from the panel's own controls
          <div id={panelId} className="ws-item-panel" onKeyDown={onPanelKeyDown}>
            {panel === "edit" ? <ItemEditor item={item} onDone={closePanel} /> : null}
            {panel === "evidence" ? <EvidencePicker item={item} onDone={closePanel} /> : null}
            {panel === "comments" ? <Comments item={item} /> : null}
            {panel === "history" ? <ItemHistory item={item} /> : null}
            {panel === "merge" ? <MergeForm item={item} others={others} onDone={closePanel} /> : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

function Evidence({ item, editable }: { item: ItemData; editable: boolean }) {
  const { t, locale } = useI18n();
  const { commands } = useWorkshop();
  const unlink = useMutation({
    mutationFn: (evidenceId: number) => commands.removeEvidence(item.id, evidenceId),
  });
  if (item.evidence.length === 0) return null;
  return (
    <div className="ws-evidence">
      <h4>{t("workshops.evidence.title")}</h4>
      <ul>
        {item.evidence.map((e) => (
          <li key={e.id}>
            {e.caseId ? <Link to={`/cases/${e.caseId}`}>{e.caseTitle}</Link> : <span>{e.caseTitle}</span>}
            {e.city || e.country ? (
              <span className="muted">
                {" "}
                ({[e.city, e.country ? countryName(e.country, locale) : null].filter(Boolean).join(", ")})
              </span>
            ) : null}
            {e.why ? (
              <>
                {": "}
                <UserText text={e.why} />
              </>
            ) : null}
            {editable ? (
              <button
                type="button"
                className="link-button ws-unlink"
                onClick={() => unlink.mutate(e.id)}
                aria-label={t("workshops.evidence.removeLabel", { title: e.caseTitle })}
              >
                {t("workshops.evidence.remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <FormError error={unlink.error} />
    </div>
  );
}

/** Where the focus goes when this step's card leaves the list: the next step, else the one before, else the list. */
function focusAfterRemoval(button: HTMLElement) {
  const card = button.closest("li");
  const neighbour = (card?.nextElementSibling ?? card?.previousElementSibling)?.querySelector<HTMLElement>("h3");
  return () => {
    const target = neighbour?.isConnected ? neighbour : document.getElementById("list-heading");
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  };
}

function RemoveButton({ item }: { item: ItemData }) {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const remove = useMutation({
    mutationFn: (_: { refocus: () => void }) => commands.removeItem(item.id),
    onSuccess: (_, { refocus }) => {
      refocus();
      announce(t("workshops.item.removed", { title: item.title }));
    },
  });
  return (
    <button
      type="button"
      className="ws-danger"
      aria-disabled={remove.isPending}
      onClick={(event) => {
        if (remove.isPending) return;
        if (!window.confirm(t("workshops.item.removeConfirm", { title: item.title }))) return;
        remove.mutate({ refocus: focusAfterRemoval(event.currentTarget) });
      }}
    >
      {t("workshops.item.remove")}
    </button>
  );
}
