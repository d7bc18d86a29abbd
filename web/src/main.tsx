import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./api.ts";
import { router } from "./app.tsx";
import { prefetchExplore } from "./features/cases/queries.ts";
import { loadCatalogue } from "./i18n/catalogues.ts";
import { setCurrentLocale } from "./i18n/current-locale.ts";
import { I18nProvider, initialLocale } from "./i18n/i18n.tsx";
import "./styles.css";

// Only the reader's catalogue is downloaded, and first of all.
const locale = initialLocale();
void loadCatalogue(locale).catch(() => {});
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

// The first route's answers travel beside the catalogue, not after it.
prefetchExplore(queryClient, window.location, locale);

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
