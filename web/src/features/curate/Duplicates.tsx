import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { FormAlert } from "../../components/FormAlert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { useCurator } from "./CurateLayout.tsx";
import { useRecordFieldLabel } from "./field-labels.ts";
import { decisions, type ProposalDetail, recordOptions } from "./queries.ts";
import { Value } from "./values.tsx";

type Duplicate = ProposalDetail["duplicates"]["record"][number];
const pagePath = { case: "cases", stakeholder: "stakeholders", currency: "currencies" } as const;

/** Published records the proposal may repeat (similar name, same country, a few km away), to compare and merge. */
export function Duplicates({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  const stakeholderWarnings = Object.entries(p.duplicates.stakeholders).filter(([, list]) => list.length > 0);
  if (p.duplicates.record.length === 0 && stakeholderWarnings.length === 0) return null;
  const newNames = new Map(p.newStakeholders.map((s) => [String(s.id), String(s.name)]));
  return (
    <section aria-labelledby="duplicates-heading" className="duplicates">
      <h2 id="duplicates-heading">{t("curate.duplicates.title")}</h2>
      {p.duplicates.record.length ? (
        <ul>
          {p.duplicates.record.map((d) => (
            <DuplicateItem key={d.id} p={p} d={d} />
          ))}
        </ul>
      ) : null}
      {stakeholderWarnings.map(([id, list]) => (
        <p key={id} className="note">
          {t("curate.duplicates.stakeholder", { name: newNames.get(id) ?? id })}{" "}
          {list.map((d, i) => (
            <span key={d.id}>
              {i > 0 ? ", " : ""}
              <Link to={`/stakeholders/${d.id}`}>{d.name}</Link>
              <Similarity d={d} />
            </span>
          ))}
        </p>
      ))}
    </section>
  );
}

function Similarity({ d }: { d: Duplicate }) {
  const { t, locale } = useI18n();
  const parts = [
    t("curate.duplicates.similarity", { percent: Math.round(d.similarity * 100) }),
    d.distanceKm !== null ? t("curate.duplicates.distance", { km: Math.round(d.distanceKm * 10) / 10 }) : null,
    [d.city, d.country ? countryName(d.country, locale) : null].filter(Boolean).join(", ") || null,
  ].filter(Boolean);
  return <span className="muted">{` (${parts.join(" · ")})`}</span>;
}

function DuplicateItem({ p, d }: { p: ProposalDetail; d: Duplicate }) {
  const { t } = useI18n();
  const me = useCurator();
  const client = useQueryClient();
  const [comparing, setComparing] = useState(false);
  const open = (p.status === "pending" || p.status === "changes-requested") && p.action === "create";
  const merge = useMutation({
    mutationFn: () => decisions.merge(me.csrfToken, p.id, p.version, d.id),
    onSuccess: () => client.invalidateQueries({ queryKey: ["curation"] }),
  });
  return (
    <li>
      <Link to={`/${pagePath[d.kind]}/${d.id}`}>{d.name}</Link>
      <Similarity d={d} />{" "}
      <button type="button" className="secondary" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
        {t("curate.duplicates.compare", { name: d.name })}
      </button>{" "}
      {open ? (
        <button
          type="button"
          onClick={() => window.confirm(t("curate.duplicates.mergeConfirm", { name: d.name })) && merge.mutate()}
          disabled={merge.isPending}
        >
          {t("curate.duplicates.merge", { name: d.name })}
        </button>
      ) : null}
      <FormAlert message={merge.error?.message} />
      {comparing ? <SideBySide proposed={p.proposed ?? {}} kind={d.kind} id={d.id} /> : null}
    </li>
  );
}

/** The proposed record beside the published one, field by field, differences marked. */
function SideBySide({
  proposed,
  kind,
  id,
}: {
  proposed: Record<string, unknown>;
  kind: Duplicate["kind"];
  id: string;
}) {
  const { t } = useI18n();
  const label = useRecordFieldLabel();
  const existing = useQuery(recordOptions(kind, id));
  if (!existing.data) return <p className="muted">{t("state.loading")}</p>;
  const doc = existing.data.doc;
  const fields = [...new Set([...Object.keys(proposed), ...Object.keys(doc)])].filter((f) => f !== "translations");
  return (
    <table className="table diff side-by-side">
      <thead>
        <tr>
          <th scope="col">{t("curate.diff.field")}</th>
          <th scope="col">{t("curate.duplicates.proposed")}</th>
          <th scope="col">{t("curate.duplicates.published")}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f} className={JSON.stringify(proposed[f]) === JSON.stringify(doc[f]) ? undefined : "differs"}>
            <th scope="row">{label(f)}</th>
            <td>
              <Value value={proposed[f]} />
            </td>
            <td>
              <Value value={doc[f]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
