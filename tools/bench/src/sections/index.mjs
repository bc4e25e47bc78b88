// Every section of `npm run bench`, in the order a full run takes them. A section is a module that
// exports `name` (what `npm run bench -- <name>` selects) and `run({ log })`, which resolves to
// `{ title, command, markdown, notes, ok }` (see README.md, "Adding a section"). Pipeline rebuilds
// the tree and runs `npm test`, so it stays last.
import * as bundle from "./bundle.mjs";
import * as mock from "./mock.mjs";
import * as overhead from "./overhead.mjs";
import * as pipeline from "./pipeline.mjs";
import * as throughput from "./throughput.mjs";
import * as typecheck from "./typecheck.mjs";

export const SECTIONS = [overhead, throughput, mock, typecheck, bundle, pipeline];
