import { ApiError } from "../api.ts";
import { useI18n } from "../i18n/i18n.tsx";

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state" role="status" aria-live="polite">
      {t("state.loading")}
    </p>
  );
}

/** What went wrong and what to do about it; the API's own message when it sent one. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && error.status === 404;
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
