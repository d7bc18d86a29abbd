import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { NavLink, Outlet, useOutletContext } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { LoginForm } from "./LoginForm.tsx";
import { logout, type Me, meKey, meOptions } from "./queries.ts";
import "./curate.css";

/** The curators' pages; each link shows to the role that may use it. */
const sections: { to: string; key: MessageKey; adminOnly?: boolean; end?: boolean }[] = [
  { to: "/curate", key: "curate.nav.queue", end: true },
  { to: "/curate/curators", key: "curate.nav.curators", adminOnly: true },
  { to: "/curate/audit", key: "curate.nav.audit", adminOnly: true },
];

/** The signed-in curator of the pages under /curate. */
export const useCurator = () => useOutletContext<Me>();

/** Signs the curator in, then frames every curation page with its navigation. */
export function CurateLayout() {
  const { t } = useI18n();
  const client = useQueryClient();
  const me = useQuery(meOptions());
  const signOut = useMutation({
    mutationFn: () => logout(me.data?.csrfToken ?? ""),
    onSettled: () => {
      client.setQueryData(meKey, null);
      client.removeQueries({ queryKey: ["curation"] });
    },
  });
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <LoginForm />;
  const curator = me.data.curator;
  return (
    <div className="curate">
      <div className="curate-bar">
        <nav aria-label={t("curate.nav.label")}>
          <ul>
            {sections
              .filter((s) => !s.adminOnly || curator.role === "admin")
              .map((s) => (
                <li key={s.to}>
                  <NavLink to={s.to} end={s.end}>
                    {t(s.key)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <p className="muted">
          {t("curate.signedInAs", { name: curator.name })}{" "}
          <button type="button" className="link-button" onClick={() => signOut.mutate()}>
            {t("curate.signOut")}
          </button>
        </p>
      </div>
      <Outlet context={me.data} />
    </div>
  );
}
