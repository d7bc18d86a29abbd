import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development Vite serves the app with hot reload and hands /api to the API server.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": `http://127.0.0.1:${process.env.API_PORT ?? 8787}` } },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // React and MapLibre in chunks of their own: they change less often than the app (a cached copy
        // lasts), and the first-load bench can tell the app's own code from them.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](?:react|react-dom|scheduler)[\\/]/ },
            // Not the worker script's URL (a `?url` module of a few bytes): the explore page imports it before
            // MapLibre (map/worker-script.ts), and inside this group it would pull MapLibre in with it.
            { name: "maplibre", test: /[\\/]node_modules[\\/]maplibre-gl[\\/][^?]*$/ },
          ],
        },
      },
    },
  },
});
