/**
 * The network's text summary in the reader's language, from the facts the API picked out: size and
 * density, the hub, the top broker, who bridges public administration and the social side, and the
 * actor found in most cases. Read by screen readers as the graph's description.
 */
import type { I18n } from "../../i18n/i18n.tsx";
import type { Network } from "./queries.ts";

export type SummaryWords = Pick<I18n, "t" | "tp" | "formatNumber"> & { list: (items: string[]) => string };

const shownNames = 3;

export function toSummarySentences(network: Network, words: SummaryWords): string[] {
  const { t, tp, formatNumber, list } = words;
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const name = (id: string) => label.get(id) ?? id;
  const stakeholders = network.nodes.filter((n) => n.kind === "stakeholder");
  const { metrics, summary } = network;
  const density = formatNumber(Math.round(metrics.density * 1000) / 1000);
  const sentences = [
    network.view === "bipartite"
      ? t("network.summary.overviewBipartite", {
          cases: tp("network.summary.cases", network.nodes.length - stakeholders.length),
          actors: tp("network.summary.actors", stakeholders.length),
          ties: tp("network.summary.ties", metrics.edges),
          density,
        })
      : t("network.summary.overview", {
          actors: tp("network.summary.actors", metrics.nodes),
          ties: tp("network.summary.ties", metrics.edges),
          groups: tp("network.summary.groups", metrics.components),
          density,
        }),
  ];
  if (summary.hub) {
    sentences.push(
      tp("network.summary.hub", summary.hub.others, { name: name(summary.hub.id), degree: summary.hub.degree }),
    );
  }
  if (summary.broker && summary.broker.id !== summary.hub?.id) {
    const value = formatNumber(Math.round(summary.broker.betweenness * 1000) / 1000);
    sentences.push(t("network.summary.broker", { name: name(summary.broker.id), value }));
  }
  const brokers = summary.publicSocialBrokers;
  if (brokers.length > 0) {
    const names = brokers.slice(0, shownNames).map(name);
    const more = brokers.length - names.length;
    if (more > 0) names.push(tp("network.summary.more", more));
    sentences.push(tp("network.summary.brokers", brokers.length, { names: list(names) }));
  } else if (network.view === "stakeholders" && hasUntiedPublicSocialPair(network)) {
    sentences.push(t("network.summary.noBrokers"));
  }
  if (metrics.betweenness.method === "sampled") {
    sentences.push(
      t("network.summary.sampled", {
        sources: formatNumber(metrics.betweenness.sources),
        actors: formatNumber(metrics.nodes),
        error: formatNumber(toBound(metrics.betweenness.error)),
      }),
    );
  }
  if (summary.recurring) {
    sentences.push(
      tp("network.summary.recurring", summary.recurring.cases, {
        name: name(summary.recurring.id),
        countries: tp("network.summary.countries", summary.recurring.countries),
      }),
    );
  }
  return sentences;
}

/**
 * The stated error rounded up to one significant digit, and to no less than 0.001 (numbers are shown
 * with three decimals at most): rounded up, it stays a bound.
 */
function toBound(error: number): number {
  if (error <= 0.001) return 0.001;
  const scale = 10 ** Math.ceil(-Math.log10(error));
  return Math.ceil(error * scale) / scale;
}

/** Whether some public administration and some social or community actor are not tied directly. */
function hasUntiedPublicSocialPair(network: Network): boolean {
  const tied = new Set(network.edges.flatMap((e) => [`${e.source} ${e.target}`, `${e.target} ${e.source}`]));
  const publics = network.nodes.filter((n) => n.sector === "public");
  const socials = network.nodes.filter((n) => n.sector === "social");
  return publics.some((p) => socials.some((s) => !tied.has(`${p.id} ${s.id}`)));
}
