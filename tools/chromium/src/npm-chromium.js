// The Chromium that @sparticuz/chromium ships inside its npm package (brotli-compressed, ~67 MB),
// extracted once per version into node_modules/.cache and reused by every later run (`npm ci`
// starts afresh). Nothing is ever downloaded.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";

const entry = fileURLToPath(import.meta.resolve("@sparticuz/chromium"));
const packageDir = join(dirname(entry), "..");
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const defaultCacheDir = join(packageDir, "../../.cache/evovoice-sdk-chromium");
const realExtract = fileURLToPath(new URL("./extract.js", import.meta.url));

/**
 * The path of the extracted binary; extracts it first if this version is not in `cacheDir` yet.
 * `extractScript` is for tests: a script that leaves a `chromium` file in $TMPDIR.
 */
export async function npmChromium(cacheDir = defaultCacheDir, { extractScript = realExtract } = {}) {
  const dir = join(cacheDir, version);
  const binary = join(dir, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  // The package extracts into os.tmpdir() under fixed names; a private TMPDIR of our own, renamed
  // into place when complete, means a run that is killed midway or a parallel test worker never sees
  // a half-written binary. Two workers racing both extract; the second rename loses, harmlessly.
  const staging = mkdtempSync(join(cacheDir, `.${version}-`));
  try {
    await exec(process.execPath, [extractScript], {
      env: { ...process.env, TMPDIR: staging },
      timeoutMs: 120_000,
      throwOnError: true,
    });
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(binary)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}
