import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api.ts";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { Agenda } from "./Agenda.tsx";
import { WorkshopContext, type WorkshopContextValue } from "./context.tsx";
import { FacilitatorPanel } from "./FacilitatorPanel.tsx";
import { JoinForm } from "./JoinForm.tsx";
import { ListTabs } from "./ListTabs.tsx";
import { ListView } from "./ListView.tsx";
import { workshopCommands, workshopOptions } from "./queries.ts";
import { forgetSecret, takeSecret } from "./secrets.ts";
import { useLiveWorkshop } from "./useLiveWorkshop.ts";
import { useWorkshopLanguage } from "./useWorkshopLanguage.ts";
import { WorkshopHeader } from "./WorkshopHeader.tsx";
import "./workshops.css";

/** A live workshop, for the member whose secret this device holds; a way in for anyone else. */
export function WorkshopPage() {
  const { id = "" } = useParams();
  const [secret, setSecret] = useState(() => takeSecret(id));
  if (!secret) return <NoAccess />;
  return (
    <LiveWorkshop
      key={`${id}:${secret}`}
      id={id}
      secret={secret}
      onForget={() => {
        forgetSecret(id);
        setSecret(undefined);
      }}
    />
  );
}

function NoAccess({ onForget }: { onForget?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="ws-landing">
      <h1>{t("workshops.access.title")}</h1>
      <p className="lead">{t("workshops.access.help")}</p>
      {onForget ? (
        <p>
          <button type="button" className="ws-secondary" onClick={onForget}>
            {t("workshops.access.forget")}
          </button>
        </p>
      ) : null}
      <JoinForm />
    </div>
  );
}

function LiveWorkshop({ id, secret, onForget }: { id: string; secret: string; onForget: () => void }) {
  const { t } = useI18n();
  const query = useQuery(workshopOptions(id, secret));
  const status = useLiveWorkshop(id, secret, query.data?.eventId);
  useWorkshopLanguage(query.data?.language);
  const queryClient = useQueryClient();
  const commands = useMemo(() => workshopCommands(id, secret, queryClient), [id, secret, queryClient]);
  const [params, setParams] = useSearchParams();
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NoAccess onForget={onForget} />;
    return <ErrorState error={query.error} onRetry={() => query.refetch()} page />;
  }
  const workshop = query.data;
  const requested = params.get("list");
  const listId = workshop.lists.some((l) => l.id === requested) ? requested : workshop.lists[0]?.id;
  const value: WorkshopContextValue = {
    id,
    secret,
    workshop,
    commands,
    isFacilitator: workshop.me.role === "facilitator",
    isOpen: workshop.status === "open",
  };
  return (
    <WorkshopContext.Provider value={value}>
      <div className="ws-page">
        <WorkshopHeader status={status} />
        <Agenda />
        {value.isFacilitator ? <FacilitatorPanel /> : null}
        <ListTabs current={listId ?? undefined} onSelect={(list) => setParams({ list }, { replace: true })} />
        {listId ? <ListView key={listId} listId={listId} /> : <p className="state">{t("workshops.lists.none")}</p>}
      </div>
    </WorkshopContext.Provider>
  );
}
