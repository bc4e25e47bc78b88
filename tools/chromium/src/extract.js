// Run by npm-chromium.js with TMPDIR set to a staging folder: @sparticuz/chromium's own extraction
// (the binary, its fonts and SwiftShader) lands there. Prints the binary's path.
import Chromium from "@sparticuz/chromium";

console.log(await Chromium.executablePath());
