// The parts of guide pages that are generated from the code at build time. A page names each with an HTML
// comment on a line of its own (invisible where the markdown itself is read), for example
//   <!-- generated: options packages/client/src/types.ts EvoVoiceOptions -->
//   <!-- generated: options packages/client/src/types.ts RequestOptions the client's -->
//   <!-- generated: query-parameters listMessages -->
// The first becomes the table of that interface's properties, doc comments and defaults (options-table.mjs);
// the last the table of an operation's query parameters in the bundled spec (query-table.mjs).
import { join } from "node:path";
import { optionsTable } from "./options-table.mjs";
import { queryTable } from "./query-table.mjs";

const directive = /^<!-- generated: (\S+) (.*?) -->$/gm;

const bundledSpec = "spec/dist/openapi.json";

const generators = {
  options: {
    render: (repoRoot, [file = "", interfaceName = "", ...missingDefault]) =>
      optionsTable(join(repoRoot, file), interfaceName, missingDefault.join(" ") || undefined),
    source: ([file = ""]) => file,
  },
  "query-parameters": {
    render: (repoRoot, [operationId = ""]) => queryTable(join(repoRoot, bundledSpec), operationId),
    source: () => bundledSpec,
  },
};

/** `markdown` with every directive replaced by what it generates; an unknown one is an error. */
export function expandGenerated(markdown, { repoRoot, fileName }) {
  return markdown.replace(directive, (_line, kind, args) => {
    const generator = generators[kind];
    if (!generator) throw new Error(`${fileName}: unknown generated part "${kind}"`);
    return generator.render(repoRoot, args.trim().split(/\s+/));
  });
}

/** The files (from the repo's root) that the generated parts of `markdown` are read from: the build's inputs. */
export function generatedSources(markdown) {
  return [...markdown.matchAll(directive)].map(([, kind = "", args = ""]) =>
    generators[kind]?.source(args.trim().split(/\s+/)),
  );
}
