// Ships the bundled spec inside this package, so the server finds it both in
// the monorepo (src/) and when installed from npm (dist/). The spec
// workspace's `bundle` task writes the source file; turbo runs it first.
import { copyFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(import.meta.resolve("@evovoice-sdk/spec/openapi.json"));
const target = fileURLToPath(new URL("../openapi.json", import.meta.url));

if (!existsSync(source)) {
  console.error(
    `copy-spec: ${source} is missing; run \`npx turbo run bundle --filter=@evovoice-sdk/spec\` first.`,
  );
  process.exit(1);
}
copyFileSync(source, target);
console.log("copy-spec: openapi.json copied from @evovoice-sdk/spec");
