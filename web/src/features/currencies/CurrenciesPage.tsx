import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { currencyListOptions } from "./queries.ts";

/** Every complementary-currency initiative in a table (the map, timeline and filters come with their issue). */
export function CurrenciesPage() {
  const { t, tp, locale } = useI18n();
  const { label } = useTerms();
  const query = useQuery(currencyListOptions());
  return (
    <section aria-labelledby="currencies-title">
      <h1 id="currencies-title">{t("currencies.title")}</h1>
      <p className="lead">{t("currencies.intro")}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : null}
      {query.data ? (
        <>
          <p>{tp("currencies.count", query.data.total)}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("currency.name")}</th>
                <th scope="col">{t("currency.place")}</th>
                <th scope="col">{t("currency.launch")}</th>
                <th scope="col">{t("currency.model")}</th>
                <th scope="col">{t("currency.status")}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/currencies/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{[c.city, countryName(c.country, locale)].filter(Boolean).join(", ")}</td>
                  <td>{c.launchYear ?? t("case.unknown")}</td>
                  <td>{c.model ? label("currencyModel", c.model) : t("case.unknown")}</td>
                  <td>
                    {c.status
                      ? c.statusYear
                        ? t("case.statusAsOf", {
                            status: t(`status.${c.status}` as MessageKey),
                            year: String(c.statusYear),
                          })
                        : t(`status.${c.status}` as MessageKey)
                      : t("case.unknown")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
