/** `npm start`: prepare the database, serve web and API, print the address. */
import { startServer } from "./server.ts";

try {
  const server = await startServer();
  console.log(`Co-production Atlas is running at ${server.url}  (API docs: ${server.url}/api/docs)`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
