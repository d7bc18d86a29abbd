/** The pages of the app and their addresses. */
import { lazy, type ReactNode, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { Layout, NotFoundPage } from "./components/Layout.tsx";
import { Loading } from "./components/States.tsx";
import { ExplorePage } from "./features/cases/ExplorePage.tsx";

// Only the explore page, the first route, is in the entry chunk; every other page is a chunk of its own,
// so the first case card does not wait for their code (nor for the D3 of the currency charts).
const CasePage = lazy(() => import("./features/cases/CasePage.tsx").then((m) => ({ default: m.CasePage })));
const CurrenciesPage = lazy(() =>
  import("./features/currencies/CurrenciesPage.tsx").then((m) => ({ default: m.CurrenciesPage })),
);
const CurrencyPage = lazy(() =>
  import("./features/currencies/CurrencyPage.tsx").then((m) => ({ default: m.CurrencyPage })),
);
const ConceptsPage = lazy(() =>
  import("./features/vocabularies/ConceptsPage.tsx").then((m) => ({ default: m.ConceptsPage })),
);
const AboutPage = lazy(() => import("./features/about/AboutPage.tsx").then((m) => ({ default: m.AboutPage })));

// The network pages load D3 and the graph code only when opened, so the entry bundle does not grow.
const NetworkPage = lazy(() => import("./features/network/NetworkPage.tsx").then((m) => ({ default: m.NetworkPage })));
const StakeholderPage = lazy(() =>
  import("./features/stakeholders/StakeholderPage.tsx").then((m) => ({ default: m.StakeholderPage })),
);
// Workshops are a session tool, loaded only by those who take part in one.
const WorkshopsPage = lazy(() =>
  import("./features/workshops/WorkshopsPage.tsx").then((m) => ({ default: m.WorkshopsPage })),
);
const WorkshopPage = lazy(() =>
  import("./features/workshops/WorkshopPage.tsx").then((m) => ({ default: m.WorkshopPage })),
);
const WorkshopPrintPage = lazy(() =>
  import("./features/workshops/PrintPage.tsx").then((m) => ({ default: m.PrintPage })),
);
// The programme's journey (issue #14): its own chunk, like every page outside the explore screen.
const JourneyPage = lazy(() => import("./features/journey/JourneyPage.tsx").then((m) => ({ default: m.JourneyPage })));
const JourneyStepPage = lazy(() => import("./features/journey/StepPage.tsx").then((m) => ({ default: m.StepPage })));
const JourneyWorksheetPage = lazy(() =>
  import("./features/journey/WorksheetPage.tsx").then((m) => ({ default: m.WorksheetPage })),
);
// Research tools (issue 13), each in its own chunk.
const ComparePage = lazy(() => import("./features/compare/ComparePage.tsx").then((m) => ({ default: m.ComparePage })));
const TerritoryPage = lazy(() =>
  import("./features/territory/TerritoryPage.tsx").then((m) => ({ default: m.TerritoryPage })),
);

// Curators' dataset import (issue #10): its own chunk, loaded only by curators.
const ImportsPage = lazy(() => import("./features/imports/ImportsPage.tsx").then((m) => ({ default: m.ImportsPage })));

// Contributing and curating: their own chunks, loaded by those who propose or review.
const ContributePage = lazy(() =>
  import("./features/contribute/ContributePage.tsx").then((m) => ({ default: m.ContributePage })),
);
const ContributionStatusPage = lazy(() =>
  import("./features/contribute/StatusPage.tsx").then((m) => ({ default: m.StatusPage })),
);
const HistoryPage = lazy(() => import("./features/history/HistoryPage.tsx").then((m) => ({ default: m.HistoryPage })));
const CurateLayout = lazy(() =>
  import("./features/curate/CurateLayout.tsx").then((m) => ({ default: m.CurateLayout })),
);
const QueuePage = lazy(() => import("./features/curate/QueuePage.tsx").then((m) => ({ default: m.QueuePage })));
const ProposalPage = lazy(() =>
  import("./features/curate/ProposalPage.tsx").then((m) => ({ default: m.ProposalPage })),
);
const CuratedRecordPage = lazy(() =>
  import("./features/curate/RecordPage.tsx").then((m) => ({ default: m.RecordPage })),
);
const AuditPage = lazy(() => import("./features/curate/AuditPage.tsx").then((m) => ({ default: m.AuditPage })));
const CuratorsPage = lazy(() =>
  import("./features/curate/CuratorsPage.tsx").then((m) => ({ default: m.CuratorsPage })),
);
const PasswordPage = lazy(() =>
  import("./features/curate/PasswordPage.tsx").then((m) => ({ default: m.PasswordPage })),
);

/** A page loaded as its own chunk, with the loading state while it arrives. */
const chunk = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <ExplorePage /> },
      { path: "cases/:id", element: chunk(<CasePage />) },
      { path: "currencies", element: chunk(<CurrenciesPage />) },
      { path: "currencies/:id", element: chunk(<CurrencyPage />) },
      { path: "concepts", element: chunk(<ConceptsPage />) },
      { path: "about", element: chunk(<AboutPage />) },
      {
        path: "network",
        element: (
          <Suspense fallback={<Loading />}>
            <NetworkPage />
          </Suspense>
        ),
      },
      {
        path: "stakeholders/:id",
        element: (
          <Suspense fallback={<Loading />}>
            <StakeholderPage />
          </Suspense>
        ),
      },
      {
        path: "workshops",
        element: (
          <Suspense fallback={<Loading />}>
            <WorkshopsPage />
          </Suspense>
        ),
      },
      {
        path: "journey",
        element: (
          <Suspense fallback={<Loading />}>
            <JourneyPage />
          </Suspense>
        ),
      },
      {
        path: "journey/:step",
        element: (
          <Suspense fallback={<Loading />}>
            <JourneyStepPage />
          </Suspense>
        ),
      },
      {
        path: "w/:id",
        element: (
          <Suspense fallback={<Loading />}>
            <WorkshopPage />
          </Suspense>
        ),
      },
      {
        path: "compare",
        element: (
          <Suspense fallback={<Loading />}>
            <ComparePage />
          </Suspense>
        ),
      },
      {
        path: "territory",
        element: (
          <Suspense fallback={<Loading />}>
            <TerritoryPage />
          </Suspense>
        ),
      },
      {
        path: "curate/imports",
        element: (
          <Suspense fallback={<Loading />}>
            <ImportsPage />
          </Suspense>
        ),
      },
      { path: "contribute", element: chunk(<ContributePage />) },
      { path: "contribute/:id", element: chunk(<ContributionStatusPage />) },
      { path: "history/:kind/:id", element: chunk(<HistoryPage />) },
      { path: "account/password", element: chunk(<PasswordPage />) },
      {
        path: "curate",
        element: chunk(<CurateLayout />),
        children: [
          { index: true, element: chunk(<QueuePage />) },
          { path: "proposals/:id", element: chunk(<ProposalPage />) },
          { path: "records/:kind/:id", element: chunk(<CuratedRecordPage />) },
          { path: "curators", element: chunk(<CuratorsPage />) },
          { path: "audit", element: chunk(<AuditPage />) },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
  // The print pages stand alone, without the site's header and footer.
  {
    path: "w/:id/print",
    element: (
      <Suspense fallback={<Loading />}>
        <WorkshopPrintPage />
      </Suspense>
    ),
  },
  {
    path: "journey/:step/worksheet",
    element: (
      <Suspense fallback={<Loading />}>
        <JourneyWorksheetPage />
      </Suspense>
    ),
  },
]);
