/** Starts the API: `node --import tsx apps/api/src/main.ts` (or `pnpm casefile serve`). */
import { ConfigError, loadConfig } from "./config.js";
import { createServer } from "./server.js";

export async function serve() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const server = await createServer({ config });
  const url = await server.listen();
  process.stderr.write(`Casefile API listening on ${url} (database ${server.store.location})\n`);
  const stop = async (signal: string) => {
    process.stderr.write(`${signal}: shutting down\n`);
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
