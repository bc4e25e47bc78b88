/**
 * `process.env` without what `npm run` exports (`npm_config_local_prefix=<monorepo>`, `INIT_CWD`, …),
 * colours off, plus `extra`. A child npm or runtime that inherited those would quietly resolve a
 * project outside the monorepo against the monorepo.
 */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith("npm_") && key !== "INIT_CWD") env[key] = value;
  }
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}
