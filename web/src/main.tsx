import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./api.ts";
import { router } from "./app.tsx";
import { fetchCaseMap } from "./features/cases/load-atlas-map.ts";
import { prefetchExplore } from "./features/cases/queries.ts";
import { loadCatalogue } from "./i18n/catalogues.ts";
import { setCurrentLocale } from "./i18n/current-locale.ts";
import { I18nProvider, initialLocale } from "./i18n/i18n.tsx";
import "./styles.css";

// Only the reader's catalogue is downloaded, and first of all.
const locale = initialLocale();
const catalogue = loadCatalogue(locale).catch(() => {});
// Requests made before the first render (prefetchExplore) already speak the reader's language.
setCurrentLocale(locale);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // A 4xx will not change by asking again; network and server errors may.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

// The first route's answers travel beside the catalogue, not after it. Once they and the catalogue are
// in, the explore map's code follows (about a second of a 4 Mbps link), while the first cards are
// rendered and painted (asked for once the cards had been rendered instead, the clusters came 0.35-0.5 s
// later on the emulated 4 Mbps link; the first card came as soon, in two runs of bench:first-load).
void Promise.all([prefetchExplore(queryClient, window.location, locale), catalogue]).then(([explore]) => {
  if (explore) fetchCaseMap();
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
