// The public surface; types in index.d.ts. The command-line form is bin/redocly-quiet.js.
export { bannerFilter, withoutBanner } from "./banner.js";
export { QUIET_ENV, REDOCLY_CLI, redocly } from "./redocly.js";
