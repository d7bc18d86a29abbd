import { NavLink, Outlet, useLocation } from "react-router";
import { CiteButton } from "../features/cite/CiteButton.tsx";
import { CitedVersionNotice } from "../features/cite/CitedVersionNotice.tsx";
import { DatasetNote } from "../features/cite/DatasetNote.tsx";
import { CiteTitleProvider } from "../features/cite/view-title.tsx";
import { CompareTray } from "../features/compare/CompareTray.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { Announcer } from "./Announcer.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";
import { NotFound } from "./NotFound.tsx";
import { RouteAnnouncer } from "./RouteAnnouncer.tsx";
import { SiteMenu } from "./SiteMenu.tsx";

/** The frame of every page: skip link, header with navigation and language, the page, the footer. */
export function Layout() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  // The explore page and the network explorer share their filters: moving between them keeps them.
  const filters = pathname === "/" || pathname === "/network" ? search : "";
  return (
    <CiteTitleProvider>
      <RouteAnnouncer />
      <Announcer />
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          {t("app.name")}
        </NavLink>
        <SiteMenu>
          <nav aria-label={t("nav.label")}>
            <ul>
              <li>
                <NavLink to={{ pathname: "/", search: filters }} end>
                  {t("nav.explore")}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: "/network", search: filters }}>{t("nav.network")}</NavLink>
              </li>
              <li>
                <NavLink to="/currencies">{t("nav.currencies")}</NavLink>
              </li>
              <li>
                <NavLink to="/concepts">{t("nav.concepts")}</NavLink>
              </li>
              <li>
                <NavLink to="/territory">{t("territory.nav")}</NavLink>
              </li>
              <li>
                <NavLink to="/journey">{t("journey.nav")}</NavLink>
              </li>
              <li>
                <NavLink to="/workshops">{t("workshops.nav")}</NavLink>
              </li>
              <li>
                <NavLink to="/contribute">{t("contribute.nav")}</NavLink>
              </li>
              <li>
                <NavLink to="/about">{t("nav.about")}</NavLink>
              </li>
            </ul>
          </nav>
          <CiteButton />
          <LanguageSwitcher />
        </SiteMenu>
      </header>
      <main id="main" tabIndex={-1}>
        <CitedVersionNotice />
        <CompareTray />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("footer.licence")}</p>
        <p>
          <a href="/api/docs">{t("footer.api")}</a>
        </p>
        <DatasetNote />
        <p>
          <NavLink to="/curate">{t("curate.footerLink")}</NavLink>
        </p>
      </footer>
    </CiteTitleProvider>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return <NotFound title={t("state.pageNotFound")} help={t("state.pageNotFoundHelp")} />;
}
