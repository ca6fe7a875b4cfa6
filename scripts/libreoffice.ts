/**
 * Headless LibreOffice driven through Python-UNO: the one place that finds it, starts it with a throwaway
 * profile, and ends it (the whole process group) whatever happens. Tests, fixtures and the docs rendering use it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const LIBREOFFICE_HINT =
  "LibreOffice with Python-UNO is needed: `apt-get install -y libreoffice-calc python3-uno` (or set " +
  "CHITIEU_UNO_PYTHON to a Python that can `import uno`), or set CHITIEU_SKIP_LIBREOFFICE=1 to skip these tests.";

export type LibreOffice = { soffice: string; python: string };

/** soffice and a Python that can drive it, or a message saying what is missing. */
export function findLibreOffice(): LibreOffice | { missing: string } {
  const runs = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { timeout: 30_000, stdio: "ignore" }).status === 0;
  const soffice = ["soffice", "libreoffice"].find((cmd) => runs(cmd, ["--version"]));
  if (!soffice) return { missing: `soffice was not found on PATH. ${LIBREOFFICE_HINT}` };
  const pythons = [
    process.env.CHITIEU_UNO_PYTHON,
    "/usr/lib/libreoffice/program/python",
    "/Applications/LibreOffice.app/Contents/Resources/python",
    "/usr/bin/python3",
    "python3",
  ].filter((p): p is string => Boolean(p));
  const python = pythons.find((p) => runs(p, ["-c", "import uno"]));
  if (!python)
    return {
      missing: `no Python that can \`import uno\` (tried ${pythons.join(", ")}). ${LIBREOFFICE_HINT}`,
    };
  return { soffice, python };
}

/** Starts LibreOffice, gives the body `desktop`, `prop`, `named`, `uno` and `args`, and always ends LibreOffice. */
const PRELUDE = String.raw`
import json, os, shutil, signal, subprocess, sys, tempfile, time, uno
from com.sun.star.beans import PropertyValue, NamedValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def named(name, value):
    n = NamedValue(); n.Name = name; n.Value = value; return n

soffice, args = sys.argv[1], sys.argv[2:]
profile = tempfile.mkdtemp(prefix="chitieu-lo-")
pipe = "chitieu%d" % os.getpid()
office = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
    "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--accept=pipe,name=%s;urp;" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 45
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                raise
            time.sleep(0.1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
`;

const EPILOGUE = String.raw`
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge closes as LibreOffice quits
    office.wait(timeout=30)
finally:
    # soffice starts soffice.bin as a child: on a failure, end the whole group, not only the launcher.
    if office.poll() is None:
        os.killpg(office.pid, signal.SIGKILL)
    shutil.rmtree(profile, ignore_errors=True)
`;

/**
 * Runs `body` (Python, written at the left margin) in a fresh headless LibreOffice, with `args` as its `args`.
 * @throws Error with what LibreOffice printed when the script fails or runs out of time.
 */
export function runUno(lo: LibreOffice, body: string, args: string[], timeoutMs = 90_000): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-uno-"));
  try {
    const indented = body
      .trim()
      .split("\n")
      .map((line) => (line === "" ? line : `    ${line}`))
      .join("\n");
    const script = path.join(dir, "job.py");
    fs.writeFileSync(script, `${PRELUDE}${indented}\n${EPILOGUE}`);
    const run = spawnSync(lo.python, [script, lo.soffice, ...args], { timeout: timeoutMs, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`LibreOffice failed (${run.status ?? run.signal}): ${run.stderr}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
