import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { CopyButton } from "../workshops/CopyButton.tsx";
import { useCurator } from "./CurateLayout.tsx";
import { curators, curatorsKey, curatorsOptions } from "./queries.ts";

/** Admins add curators (a one-time link to set a password), reset their access and remove them. */
export function CuratorsPage() {
  const { t, formatDate } = useI18n();
  const me = useCurator();
  const client = useQueryClient();
  const list = useQuery({ ...curatorsOptions(), enabled: me.curator.role === "admin" });
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const reset = useMutation({
    mutationFn: (c: { id: string; name: string }) =>
      curators.reset(me.csrfToken, c.id).then((r) => ({ ...r, name: c.name })),
    onSuccess: (r) => setLink({ name: r.name, url: r.url }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => curators.remove(me.csrfToken, id),
    onSuccess: () => client.invalidateQueries({ queryKey: curatorsKey }),
  });
  if (me.curator.role !== "admin") return <p className="state">{t("curate.curators.adminOnly")}</p>;
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <section aria-labelledby="curators-heading">
      <h1 id="curators-heading">{t("curate.curators.title")}</h1>
      {link ? <OneTimeLink {...link} /> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("curate.curators.name")}</th>
            <th scope="col">{t("curate.login.email")}</th>
            <th scope="col">{t("curate.curators.role")}</th>
            <th scope="col">{t("curate.curators.since")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("curate.curators.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{c.email}</td>
              <td>
                {t(`curate.role.${c.role}` as MessageKey)}
                {c.hasPassword ? "" : ` · ${t("curate.curators.noPassword")}`}
              </td>
              <td>{formatDate(c.createdAt)}</td>
              <td className="actions">
                <button type="button" className="secondary" onClick={() => reset.mutate(c)}>
                  {t("curate.curators.reset", { name: c.name })}
                </button>
                {c.id !== me.curator.id ? (
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      window.confirm(t("curate.curators.removeConfirm", { name: c.name })) && remove.mutate(c.id)
                    }
                  >
                    {t("curate.curators.remove", { name: c.name })}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormAlert message={(remove.error ?? reset.error)?.message} />
      <AddCurator onAdded={setLink} />
    </section>
  );
}

function OneTimeLink({ name, url }: { name: string; url: string }) {
  const { t } = useI18n();
  return (
    <div className="contribute-sent" role="status">
      <p>{t("curate.curators.link", { name })}</p>
      <p className="private-link">
        <code>{url}</code>
      </p>
      <CopyButton text={url} label={t("contribute.sent.copy")} />
    </div>
  );
}

function AddCurator({ onAdded }: { onAdded: (link: { name: string; url: string }) => void }) {
  const { t } = useI18n();
  const me = useCurator();
  const client = useQueryClient();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<"curator" | "admin">("curator");
  const add = useMutation({
    mutationFn: () => curators.add(me.csrfToken, { email, name, role }),
    onSuccess: (created) => {
      onAdded({ name: created.curator.name, url: created.passwordLink });
      setEmail("");
      setName("");
      return client.invalidateQueries({ queryKey: curatorsKey });
    },
  });
  const errors = errorsByPath(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} className="curate-add">
      <h2>{t("curate.curators.add")}</h2>
      <div className="field-row">
        <Field label={t("curate.curators.name")} error={errors.name}>
          {(p) => <input {...p} required value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t("curate.login.email")} error={errors.email}>
          {(p) => <input {...p} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t("curate.curators.role")} error={errors.role}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value === "admin" ? "admin" : "curator")}>
              <option value="curator">{t("curate.role.curator")}</option>
              <option value="admin">{t("curate.role.admin")}</option>
            </select>
          )}
        </Field>
      </div>
      <FormAlert message={formError(add.error, errors)} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t("curate.curators.addSubmit")}
      </button>
    </form>
  );
}
