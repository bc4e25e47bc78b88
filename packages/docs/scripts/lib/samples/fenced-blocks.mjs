// The fenced code blocks of a markdown file, with where they are: the one parser the build (which runs the
// samples that have an output) and the tests (which compile every sample) share.

const opening = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/;

/**
 * Every fenced block of `markdown`: `{ language, meta, line, endLine, code }`. `meta` holds the words after
 * the language (`ts esm` → `["esm"]`); `line` is the 1-based line of the opening fence, `endLine` of the
 * closing one.
 */
export function fencedBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const open = opening.exec(lines[index] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", info = ""] = open;
    const closing = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body = [];
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end] ?? "")) {
      body.push((lines[end] ?? "").replace(new RegExp(`^ {0,${indent.length}}`), ""));
      end++;
    }
    const [language = "", ...meta] = info.trim().split(/\s+/);
    blocks.push({
      language: language.toLowerCase(),
      meta,
      line: index + 1,
      endLine: end + 1,
      code: body.join("\n"),
    });
    index = end;
  }
  return blocks;
}
