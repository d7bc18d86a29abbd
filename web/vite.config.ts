import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development Vite serves the app with hot reload and hands /api to the API server.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": `http://127.0.0.1:${process.env.API_PORT ?? 8787}` } },
  build: { sourcemap: true },
});
