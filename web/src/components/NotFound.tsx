import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * A page for an address that leads nowhere: a heading, what happened, and ways on (the cases and their
 * search, the workshops' join form, what the atlas is), so a broken link is never a dead end.
 */
export function NotFound({ title, help }: { title: string; help: string }) {
  const { t } = useI18n();
  return (
    <section className="not-found">
      <h1>{title}</h1>
      <p>{help}</p>
      <ul>
        <li>
          <Link to="/">{t("notFound.explore")}</Link>
        </li>
        <li>
          <Link to="/workshops">{t("notFound.workshops")}</Link>
        </li>
        <li>
          <Link to="/about">{t("notFound.about")}</Link>
        </li>
      </ul>
    </section>
  );
}
