import { accessSync, constants, statSync } from "node:fs";
import { npmChromium } from "./npm-chromium.js";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium to launch: `CHROMIUM_PATH` when set (it must be an executable file), else the system's
 * /usr/bin/chromium, else the one @sparticuz/chromium ships (Linux x64), extracted once.
 */
export async function chromiumExecutable({ env = process.env, systemPath = SYSTEM_CHROMIUM, cacheDir } = {}) {
  if (env.CHROMIUM_PATH) {
    if (!isProgram(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
    }
    return env.CHROMIUM_PATH;
  }
  if (isProgram(systemPath)) return systemPath;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `no Chromium at ${systemPath}, and the one npm installs (@sparticuz/chromium) is for Linux x64 only: ` +
        "set CHROMIUM_PATH to a Chromium or Chrome binary",
    );
  }
  return npmChromium(cacheDir);
}

// A file that can be run: not a folder, not a device (a path hidden with `mount --bind /dev/null`),
// and executable by us.
function isProgram(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
