/**
 * The add-in built once with webpack (production mode) into a cache directory, for the browser tests,
 * the bundle trust checks and the bundle-size bench. Never writes dist/ (`npm run build`'s place).
 *
 * The cache key is a hash of every file the build reads (INPUTS): an unchanged tree reuses the last
 * build. Several jest workers may ask at once: one takes a lock file and builds into a private directory,
 * which it renames into place (atomic), while the others wait for that directory to appear.
 */
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
/** Where builds are kept: node_modules/.cache (ignored by git, cleared with node_modules). */
export const BUILD_CACHE = path.join(ROOT, "node_modules", ".cache", "chitieu-e2e");
/** Files and folders the build reads; a change to any of them means a new build. */
const INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "manifest.xml",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
/** A lock older than this belongs to a build that died without removing it. */
const STALE_LOCK_MS = 10 * 60_000;
const WAIT_STEP_MS = 500;
/** Builds not used for this long are removed when a new one is made. */
const PRUNE_AFTER_MS = 60 * 60_000;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    // Tests beside the code are never bundled: editing one needs no new build.
    else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * The hash of every input's path and contents (sha256, hex, first 16 characters).
 * @example inputsHash() // "3f2a9c0d41b7e865"
 */
export function inputsHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) {
    const full = path.join(ROOT, input);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isDirectory()) files.push(...listFiles(full));
    else files.push(full);
  }
  const hash = crypto.createHash("sha256");
  for (const file of files.map((f) => path.relative(ROOT, f).split(path.sep).join("/")).sort()) {
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(ROOT, file)))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock (true), or reports that someone else holds a live one (false). */
function tryLock(lock: string): boolean {
  try {
    fs.writeFileSync(lock, `${process.pid} ${Date.now()}`, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  let owner = 0;
  let since = 0;
  try {
    [owner, since] = fs.readFileSync(lock, "utf8").split(" ").map(Number) as [number, number];
  } catch {
    return false; // Removed between our attempt and this read: try again on the next turn.
  }
  if (!alive(owner) || Date.now() - since > STALE_LOCK_MS) fs.rmSync(lock, { force: true });
  return false;
}

function runWebpack(outDir: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--config", "webpack.config.js", "--output-path", outDir];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, maxBuffer: 64 * 2 ** 20, env: { ...process.env, NODE_ENV: "production" } },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        const lines = `${stdout}\n${stderr}`.trim().split("\n");
        // Each error's first lines (webpack follows a resolution failure with a long trace), else the end.
        const starts = lines.flatMap((line, i) => (/^ERROR\b/.test(line) ? [i] : []));
        const shown = starts.slice(0, 8).flatMap((i) => lines.slice(i, i + 4));
        if (starts.length > 8) shown.push(`… and ${starts.length - 8} more errors`);
        const log = (shown.length > 0 ? shown : lines.slice(-40)).join("\n");
        reject(
          new Error(
            `chitieu: the add-in build failed (webpack --mode production, exit ${String(error.code)}).\n` +
              `Run \`npm run build\` to see every message.\n${log}`,
          ),
        );
      },
    );
  });
}

/** Removes builds nobody used for an hour, and private directories of builds that died. */
function prune(keep: string): void {
  for (const name of fs.readdirSync(BUILD_CACHE)) {
    const full = path.join(BUILD_CACHE, name);
    if (name === keep || name.endsWith(".lock")) continue;
    const partial = /^(?:tmp|unsettled)-[0-9a-f]+-(\d+)-/.exec(name);
    const stale = partial
      ? !alive(Number(partial[1]))
      : Date.now() - fs.statSync(full).mtimeMs > PRUNE_AFTER_MS;
    if (stale) fs.rmSync(full, { recursive: true, force: true });
  }
}

/**
 * The build for `hash`, or null when the sources no longer hash to it (so the caller starts again).
 * With `settle` false, a build whose sources changed while it ran is returned anyway, under a name of
 * its own that no later call reuses (removed by prune() once this process has ended).
 */
async function buildFor(hash: string, settle: boolean): Promise<string | null> {
  const dir = path.join(BUILD_CACHE, hash);
  const lock = `${dir}.lock`;
  fs.mkdirSync(BUILD_CACHE, { recursive: true });
  for (;;) {
    if (fs.existsSync(dir)) {
      const now = new Date();
      fs.utimesSync(dir, now, now); // In use: keeps prune() away from it.
      return dir;
    }
    if (tryLock(lock)) break;
    await sleep(WAIT_STEP_MS);
  }
  try {
    if (fs.existsSync(dir)) return dir; // Finished by another worker while we took the lock.
    if (settle && inputsHash() !== hash) return null;
    const suffix = `${hash}-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
    const tmp = path.join(BUILD_CACHE, `tmp-${suffix}`);
    try {
      await runWebpack(tmp);
      if (inputsHash() !== hash) {
        // A source changed during the build: filed under `hash`, the output would lie about its sources.
        if (settle) return null;
        const unsettled = path.join(BUILD_CACHE, `unsettled-${suffix}`);
        fs.renameSync(tmp, unsettled);
        return unsettled;
      }
      fs.renameSync(tmp, dir);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    prune(hash);
    return dir;
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

const ATTEMPTS = 3;
const pending = new Map<string, Promise<string | null>>();

/**
 * The directory holding the production build of the current sources (taskpane.html, commands.html,
 * their scripts, assets/, manifest.xml), built now or reused from the cache.
 * If a source changes during the build, the build is made again for the new sources; after 3 tries (a
 * tree being edited as the tests run) the last build is used, with a warning, but not cached.
 * @throws Error when webpack fails (with the first errors it printed).
 * @example const dist = await builtAddin(); fs.readFileSync(path.join(dist, "taskpane.html"))
 */
export async function builtAddin(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const settle = attempt < ATTEMPTS;
    const hash = inputsHash();
    let build = settle ? pending.get(hash) : undefined;
    if (!build) {
      build = buildFor(hash, settle);
      if (settle) pending.set(hash, build);
    }
    const dir = await build.finally(() => {
      if (pending.get(hash) === build) pending.delete(hash);
    });
    if (dir === null) continue;
    if (path.basename(dir).startsWith("unsettled-")) {
      console.warn(`chitieu: the sources changed during each of ${ATTEMPTS} builds; using the last one.`);
    }
    return dir;
  }
}
