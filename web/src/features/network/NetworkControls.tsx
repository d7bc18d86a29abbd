/** The explorer's own controls: which view, which ties, and finding an actor by name. */
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { NetworkNode } from "./queries.ts";
import type { NetworkState } from "./url-state.ts";

/** The actor a search means: an exact name first, then one starting with the text, then one containing it. */
export function findNode(nodes: Pick<NetworkNode, "id" | "label" | "kind">[], text: string, locale: string) {
  const wanted = text.trim().toLocaleLowerCase(locale);
  if (!wanted) return undefined;
  const stakeholders = nodes.filter((n) => n.kind === "stakeholder");
  const name = (n: { label: string }) => n.label.toLocaleLowerCase(locale);
  return (
    stakeholders.find((n) => name(n) === wanted) ??
    stakeholders.find((n) => name(n).startsWith(wanted)) ??
    stakeholders.find((n) => name(n).includes(wanted))
  );
}

export function NetworkControls({
  state,
  nodes,
  onChange,
  onFind,
}: {
  state: NetworkState;
  nodes: NetworkNode[];
  onChange: (change: Partial<NetworkState>) => void;
  onFind: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const [text, setText] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  const searchId = useId();
  const listId = useId();
  const optionsId = useId();
  // On a phone the options would push the graph a screen down: fold them, as the filters are.
  const [expanded, setExpanded] = useState(() => !window.matchMedia("(max-width: 48rem)").matches);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = findNode(nodes, text, locale);
    setMissing(found ? null : text);
    if (found) onFind(found.id);
  };
  return (
    <div className="network-controls">
      <button
        type="button"
        className="network-options-toggle"
        aria-expanded={expanded}
        aria-controls={optionsId}
        onClick={() => setExpanded((e) => !e)}
      >
        {expanded ? t("network.options.hide") : t("network.options.show")}
      </button>
      <div id={optionsId} className="network-options" hidden={!expanded}>
        <fieldset>
          <legend>{t("network.view")}</legend>
          {(["stakeholders", "bipartite"] as const).map((view) => (
            <label key={view}>
              <input
                type="radio"
                name="network-view"
                checked={state.view === view}
                onChange={() => onChange({ view })}
              />
              {t(`network.view.${view}`)}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              checked={state.coParticipation}
              disabled={state.view === "bipartite"}
              onChange={(e) => onChange({ coParticipation: e.target.checked })}
            />
            {t("network.coParticipation")}
          </label>
        </fieldset>
        <search>
          <form onSubmit={submit} className="search">
            <label htmlFor={searchId}>{t("network.search")}</label>
            <div className="search-row">
              <input id={searchId} type="search" list={listId} value={text} onChange={(e) => setText(e.target.value)} />
              <button type="submit">{t("network.searchButton")}</button>
            </div>
            <datalist id={listId}>
              {nodes
                .filter((n) => n.kind === "stakeholder")
                .map((n) => (
                  <option key={n.id} value={n.label} />
                ))}
            </datalist>
            {missing ? (
              <p className="muted" role="status">
                {t("network.searchNone", { text: missing })}
              </p>
            ) : null}
          </form>
        </search>
      </div>
    </div>
  );
}
