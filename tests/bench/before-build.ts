/**
 * The "before" of the first-load bench: the main branch's app, built as its web workspace builds it
 * (Vite, then precompression where it has that step) and served from a temporary folder (git archive
 * of `main`), with this checkout's installed packages linked in, except its own workspaces, which come
 * from the archive. Both sides are served by their own real server (api/src/main.ts).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const workspaces = ["api", "db", "web", "data", "tests"];

async function linkPackages(dir: string) {
  const modules = join(dir, "node_modules");
  await mkdir(join(modules, "@atlas"), { recursive: true });
  for (const entry of await readdir(join(repo, "node_modules"))) {
    if (entry === "@atlas" || entry === ".bin") continue;
    await symlink(join(repo, "node_modules", entry), join(modules, entry));
  }
  for (const name of workspaces) await symlink(join(dir, name), join(modules, "@atlas", name));
}

/** Extracts `ref` into `dir` and builds its web app; returns the folder. */
export async function buildBefore(dir: string, ref = "main"): Promise<string> {
  await mkdir(dir, { recursive: true });
  execFileSync("sh", ["-c", `git -C "${repo}" archive "${ref}" | tar -x -C "${dir}"`]);
  await linkPackages(dir);
  const vite = join(repo, "node_modules", "vite", "bin", "vite.js");
  execFileSync(process.execPath, [vite, "build", "--logLevel", "error"], { cwd: join(dir, "web"), stdio: "inherit" });
  if (!existsSync(join(dir, "web", "dist", "index.html"))) throw new Error("the before build made no web/dist");
  // Served without its .br and .gz files, the before would send every asset uncompressed.
  if (existsSync(join(dir, "web", "scripts", "precompress.ts"))) {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/precompress.ts"], {
      cwd: join(dir, "web"),
      stdio: "inherit",
    });
  }
  return dir;
}

/**
 * Starts the real server of the checkout at `root` (its API, its static serving of its web/dist) on a
 * fresh database file; resolves its address.
 */
export async function startAppServer(root: string, databaseFile: string) {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "api", "src", "main.ts")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      DATABASE_URL: `file:${databaseFile}`,
      WEB_DIST: join(root, "web", "dist"),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Read on (not left) once the address is there: a server writing its logs into a closed pipe would stop.
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = "";
    child.stdout?.on("data", (chunk) => {
      buffered += String(chunk);
      // A terminal gets "running at <url>"; a pipe, as here, the JSON log line {"msg":"listening","url":...}.
      const found = /running at (http:\/\/\S+)|"url":"(http:\/\/[^"]+)"/.exec(buffered)?.slice(1).find(Boolean);
      if (found) resolve(found);
    });
    child.once("exit", () => reject(new Error(`the server of ${root} exited before printing its address`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}
