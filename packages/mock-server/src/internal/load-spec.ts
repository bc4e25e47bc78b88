import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_NAME = "@evovoice-sdk/mock-server";
let cached: object | undefined;

/**
 * The bundled spec shipped at this package's root. Found by walking up from this module, because
 * the module sits at different depths in src/internal/, in dist/, and in test builds.
 */
export function loadBundledSpec(): object {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readName(manifest) === PACKAGE_NAME) {
      const specPath = join(dir, "openapi.json");
      if (!existsSync(specPath)) {
        throw new Error(
          `${PACKAGE_NAME}: ${specPath} is missing. In the monorepo run \`npx turbo run bundle --filter=${PACKAGE_NAME}\`.`,
        );
      }
      cached = JSON.parse(readFileSync(specPath, "utf8")) as object;
      return cached;
    }
    dir = dirname(dir);
  }
  throw new Error(`${PACKAGE_NAME}: cannot find the package root above ${fileURLToPath(import.meta.url)}.`);
}

function readName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}
