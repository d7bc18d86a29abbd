import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { useStakeholderNames } from "../stakeholders/queries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { countActiveFilters, type ExploreState, listFilters, schemeOf } from "./url-state.ts";

interface Props {
  state: ExploreState;
  update: (change: (s: ExploreState) => ExploreState) => void;
}

type Chip = { key: string; text: string; remove: (s: ExploreState) => ExploreState };

/** The active filters as labelled chips, each with how to remove it (also what a citation names). */
export function useFilterChips(state: ExploreState): Chip[] {
  const { t, locale } = useI18n();
  const { label } = useTerms();
  const names = useStakeholderNames(state.stakeholder);
  if (countActiveFilters(state) === 0) return [];
  const chips: Chip[] = [];
  if (state.q.trim()) chips.push({ key: "q", text: `“${state.q.trim()}”`, remove: (s) => ({ ...s, q: "" }) });
  for (const filter of listFilters) {
    const scheme = schemeOf(filter);
    for (const value of state.filters[filter]) {
      chips.push({
        key: `${filter}-${value}`,
        text: `${t(`filters.${filter}` as MessageKey)}: ${scheme ? label(scheme, value) : countryName(value, locale)}`,
        remove: (s) => ({ ...s, filters: { ...s.filters, [filter]: s.filters[filter].filter((v) => v !== value) } }),
      });
    }
  }
  for (const id of state.stakeholder) {
    chips.push({
      key: `stakeholder-${id}`,
      text: t("filters.stakeholder", { name: names.get(id) ?? id }),
      remove: (s) => ({ ...s, stakeholder: s.stakeholder.filter((v) => v !== id) }),
    });
  }
  if (state.from !== undefined)
    chips.push({
      key: "from",
      text: t("filters.fromYear", { year: String(state.from) }),
      remove: (s) => ({ ...s, from: undefined }),
    });
  if (state.to !== undefined)
    chips.push({
      key: "to",
      text: t("filters.toYear", { year: String(state.to) }),
      remove: (s) => ({ ...s, to: undefined }),
    });
  if (state.started)
    chips.push({
      key: "started",
      text: t("filters.started", {
        years:
          state.started.from === state.started.to
            ? String(state.started.from)
            : `${state.started.from}–${state.started.to}`,
      }),
      remove: (s) => ({ ...s, started: undefined }),
    });
  for (const pair of state.participation) {
    const [type = "", role = ""] = pair.split(":");
    chips.push({
      key: `participation-${pair}`,
      text: t("filters.participation", { type: label("stakeholderType", type), role: label("role", role) }),
      remove: (s) => ({ ...s, participation: s.participation.filter((v) => v !== pair) }),
    });
  }
  return chips;
}

/** The active filters in one line, each removable: what the map and list are showing, at a glance. */
export function ActiveFilters({ state, update }: Props) {
  const { t } = useI18n();
  const chips = useFilterChips(state);
  if (chips.length === 0) return null;
  return (
    <section className="active-filters" aria-label={t("filters.active")}>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip chip-removable"
              onClick={() => update(chip.remove)}
              aria-label={t("filters.remove", { filter: chip.text })}
            >
              {chip.text}
              <span aria-hidden="true">{" ×"}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
