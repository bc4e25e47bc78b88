// npm run size — the budget from issue 6: what a browser app pays to send a
// message. size-limit bundles scripts/size/send-message.mjs with esbuild
// (platform browser, ESM, minified, tree-shaken) against the client's built
// dist/index.js, openapi-fetch included, and measures the gzipped result.
// The vendor's own @servicestack/client measures about 4.6 kB the same way.
export default [
  {
    name: "new EvoVoice(…).messages.send(…), browser bundle with openapi-fetch",
    path: "scripts/size/send-message.mjs",
    limit: "4.5 kB",
    gzip: true,
    modifyEsbuildConfig: (config) => ({ ...config, platform: "browser", format: "esm" }),
  },
];
