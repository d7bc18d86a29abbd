import { ApiError } from "../api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { NotFound } from "./NotFound.tsx";

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state" role="status" aria-live="polite">
      {t("state.loading")}
    </p>
  );
}

/**
 * What went wrong and what to do about it; the API's own message when it sent one. `page` when it
 * stands for the whole page: a missing record then gets the not-found page, with its h1 and ways on.
 */
export function ErrorState({ error, onRetry, page }: { error: unknown; onRetry?: () => void; page?: boolean }) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && error.status === 404;
  if (notFound && page) return <NotFound title={t("notFound.record")} help={t("state.notFound")} />;
  return (
    <div className="state state-error" role="alert">
      <p>{notFound ? t("state.notFound") : t("state.error")}</p>
      {error instanceof ApiError && !notFound ? <p className="muted">{error.localisedMessage}</p> : null}
      {onRetry && !notFound ? (
        <button type="button" onClick={onRetry}>
          {t("state.retry")}
        </button>
      ) : null}
    </div>
  );
}
