// Every section of `npm run bench`, in the order a full run takes them. A section is a module that
// exports `name` (what `npm run bench -- <name>` selects) and `run({ log })`, which resolves to
// `{ title, command, markdown, notes, ok }` (see README.md, "Adding a section").
import * as mock from "./mock.mjs";
import * as overhead from "./overhead.mjs";
import * as size from "./size.mjs";
import * as throughput from "./throughput.mjs";

export const SECTIONS = [overhead, throughput, mock, size];
