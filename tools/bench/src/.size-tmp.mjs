import { build } from "esbuild";
import { gzipSync } from "node:zlib";
for (const entry of ["scripts/size/send-message.mjs", "scripts/size/send-list-paginate.mjs"]) {
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, alias: {"@evovoice-sdk/client": "./packages/client/src/index.ts"}, tsconfig: "packages/client/tsconfig.json" });
const out = r.outputFiles[0].contents;
console.log(entry, "min", out.length, "gz", gzipSync(out, {level: 9}).length);
if (process.argv[2]) { const o = Object.values(r.metafile.outputs)[0];
for (const [f, v] of Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(String(v.bytesInOutput).padStart(6), f); }
}
