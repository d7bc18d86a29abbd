/** The pages of the app and their addresses. */
import { createBrowserRouter } from "react-router";
import { Layout, NotFoundPage } from "./components/Layout.tsx";
import { CasePage } from "./features/cases/CasePage.tsx";
import { ExplorePage } from "./features/cases/ExplorePage.tsx";
import { CurrenciesPage } from "./features/currencies/CurrenciesPage.tsx";
import { CurrencyPage } from "./features/currencies/CurrencyPage.tsx";
import { ConceptsPage } from "./features/vocabularies/ConceptsPage.tsx";

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <ExplorePage /> },
      { path: "cases/:id", element: <CasePage /> },
      { path: "currencies", element: <CurrenciesPage /> },
      { path: "currencies/:id", element: <CurrencyPage /> },
      { path: "concepts", element: <ConceptsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
