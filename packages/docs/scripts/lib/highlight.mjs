// Syntax highlighting at build time with Shiki: the HTML carries its colours inline, so the site needs no
// highlighting script and loads nothing. Only the grammars the guide uses are loaded.
import { createHighlighterCore } from "shiki/core";
import { createOnigurumaEngine } from "shiki/engine/oniguruma";

// GitHub's light theme: the site's palette is GitHub's, and its colours keep 4.5:1 contrast on white.
export const codeTheme = "github-light";

// The fence's language, as written in guide/*.md, to the grammar that highlights it.
const grammars = {
  ts: "typescript",
  typescript: "typescript",
  js: "javascript",
  javascript: "javascript",
  sh: "shellscript",
  shell: "shellscript",
  bash: "shellscript",
  json: "json",
  text: "text",
  "": "text",
};

/** The lines of `code` as Shiki's HTML, `<code class="language-…">` inside the `<pre>`, tokens coloured. */
export async function createCodeHighlighter() {
  const highlighter = await createHighlighterCore({
    themes: [import("shiki/themes/github-light.mjs")],
    langs: [
      import("shiki/langs/typescript.mjs"),
      import("shiki/langs/javascript.mjs"),
      import("shiki/langs/shellscript.mjs"),
      import("shiki/langs/json.mjs"),
    ],
    engine: createOnigurumaEngine(import("shiki/wasm")),
  });
  return (code, language) => {
    const grammar = grammars[language];
    if (!grammar) throw new Error(`no grammar for \`\`\`${language}; add it to highlight.mjs`);
    return highlighter.codeToHtml(code, {
      lang: grammar,
      theme: codeTheme,
      transformers: [
        {
          // The site's stylesheet sets the block's background and border; the tokens keep their colours.
          pre(node) {
            node.properties.style = undefined;
          },
          code(node) {
            node.properties.class = `language-${language || "text"}`;
          },
        },
      ],
    });
  };
}
