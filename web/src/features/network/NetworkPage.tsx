/**
 * The cross-case network explorer: the same filters (and URL) as the explore page and its map, the
 * graph of every actor in the matching cases, its summary, the metrics table and the downloads.
 */
import { useQuery } from "@tanstack/react-query";
import { useCallback, useId, useMemo, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorState } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { FilterPanel } from "../cases/FilterPanel.tsx";
import { caseListOptions } from "../cases/queries.ts";
import { type ExploreState, parseExploreState, toSearchParams } from "../cases/url-state.ts";
import { RankedLists } from "../patterns/RankedLists.tsx";
import { defaultSort } from "./columns.ts";
import { EdgesTable } from "./EdgesTable.tsx";
import { Exports } from "./Exports.tsx";
import { edgeKey, nodeKey } from "./encoding.ts";
import { Legend, useHiddenKeys } from "./Legend.tsx";
import { NetworkControls } from "./NetworkControls.tsx";
import { type GraphHandle, NetworkGraph } from "./NetworkGraph.tsx";
import { NetworkProgress } from "./NetworkProgress.tsx";
import { NetworkSummary } from "./NetworkSummary.tsx";
import { NodesTable, nodeHref } from "./NodesTable.tsx";
import { type NetworkNode, networkOptions } from "./queries.ts";
import { SelectedNode } from "./SelectedNode.tsx";
import {
  type NetworkState,
  parseNetworkState,
  toNetworkQuery,
  withExploreState,
  withNetworkState,
} from "./url-state.ts";
import "./network.css";

export function NetworkPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const explore = useMemo(() => parseExploreState(params), [params]);
  const state = useMemo(() => parseNetworkState(params), [params]);
  const query = useMemo(() => toNetworkQuery(explore, state), [explore, state]);
  const result = useQuery(networkOptions(query));
  const list = useQuery(caseListOptions({ ...explore, page: 1 }));
  const { hidden, toggle } = useHiddenKeys();
  const graph = useRef<GraphHandle>(null);
  const summaryId = useId();
  const helpId = useId();

  const updateExplore = useCallback(
    (change: (s: ExploreState) => ExploreState) =>
      setParams((current) => withExploreState(current, change(parseExploreState(current)))),
    [setParams],
  );
  const updateNetwork = useCallback(
    (change: Partial<NetworkState>, options?: { replace?: boolean }) =>
      setParams((current) => withNetworkState(current, { ...parseNetworkState(current), ...change }), options),
    [setParams],
  );
  const open = (node: NetworkNode) => {
    if (node.kind === "case") navigate(nodeHref(node));
    else updateNetwork({ selected: node.id === state.selected ? undefined : node.id }, { replace: true });
  };
  const onMap = (caseId?: string) => {
    const mapParams = toSearchParams({ ...explore, page: 1 });
    if (caseId) mapParams.set("case", caseId);
    return `/?${mapParams}`;
  };

  const network = result.data;
  const selected = network?.nodes.find((n) => n.id === state.selected && n.kind === "stakeholder");
  return (
    <>
      <header className="explore-intro">
        <h1 id="network-heading">{t("network.title")}</h1>
        <p>
          {t("network.intro")} <Link to={onMap()}>{t("network.onMap")}</Link>
        </p>
      </header>
      <div className="explore network-page">
        <FilterPanel state={explore} facets={list.data?.facets} update={updateExplore} />
        <section className="network-main" aria-labelledby="network-heading" aria-busy={result.isFetching}>
          <NetworkControls
            state={state}
            nodes={network?.nodes ?? []}
            onChange={(change) => updateNetwork(change)}
            onFind={(id) => {
              updateNetwork({ selected: id }, { replace: true });
              graph.current?.focusNode(id);
            }}
          />
          {result.isPending || result.isPlaceholderData ? <NetworkProgress query={query} /> : null}
          {result.isError ? <ErrorState error={result.error} onRetry={() => result.refetch()} /> : null}
          {network && network.nodes.length === 0 ? <p className="state">{t("network.empty")}</p> : null}
          {network && network.nodes.length > 0 ? (
            <>
              <div className="network-frame">
                <NetworkGraph
                  network={network}
                  height={640}
                  name={t("network.figure")}
                  describedBy={`${summaryId} ${helpId}`}
                  hidden={hidden}
                  selectedId={selected?.id ?? null}
                  onOpen={open}
                  wheel="free"
                  handle={graph}
                />
                <Legend network={network} hidden={hidden} onToggle={toggle} />
              </div>
              <p id={helpId} className="muted">
                {t("network.keyboardHelpExplorer")}
              </p>
              {/* After the graph, so a phone shows the graph first; still the graph's description. */}
              <NetworkSummary network={network} id={summaryId} />
              {selected ? (
                <SelectedNode
                  node={selected}
                  network={network}
                  onMap={onMap}
                  onClear={() => updateNetwork({ selected: undefined }, { replace: true })}
                />
              ) : null}
              <Exports query={query} graph={graph} what={state.view} />
              <RankedLists nodes={network.nodes} bipartite={state.view === "bipartite"} />
              <section aria-labelledby="nodes-heading">
                <h2 id="nodes-heading">{t("network.nodesTable")}</h2>
                <p className="muted">{t("network.metricsNote")}</p>
                <p className="muted">{t("coding.stakeholders")}</p>
                <NodesTable
                  network={network}
                  visible={(n) => !hidden.has(`node:${nodeKey(n)}`)}
                  sort={state.rank ?? defaultSort}
                  onSort={(rank) => updateNetwork({ rank }, { replace: true })}
                />
              </section>
              <details className="edges-details">
                <summary>
                  <h2>{t("network.edgesTable")}</h2>
                </summary>
                <EdgesTable network={network} visible={(e) => !hidden.has(`edge:${edgeKey(e)}`)} />
              </details>
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
