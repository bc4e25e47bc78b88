// A markdown-it plugin for tables that read well at any width (theme/custom.css): each table sits in a box
// that scrolls sideways only if its content cannot wrap, so the table itself can take the text's width and
// wrap its cells; and every cell carries its column's heading as `data-label`, so that on a phone a row can
// be shown as a small card, "heading: value" per line, instead of a table whose last columns are off-screen.

/** The plain text of an inline token: code spans and emphasis reduced to their words. */
function plainText(token) {
  return (token.children ?? []).map((child) => child.content).join("");
}

export function phoneTables(md) {
  const open =
    md.renderer.rules.table_open ??
    ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  const close =
    md.renderer.rules.table_close ??
    ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.table_open = (...args) => `<div class="table-box">${open(...args)}`;
  md.renderer.rules.table_close = (...args) => `${close(...args)}</div>`;
  md.core.ruler.push("phone_tables", (state) => {
    let headings = [];
    let column = 0;
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token.type === "table_open") headings = [];
      else if (token.type === "th_open") headings.push(plainText(tokens[index + 1] ?? {}));
      else if (token.type === "tr_open") column = 0;
      else if (token.type === "td_open") {
        const label = headings[column++];
        if (label) token.attrSet("data-label", label);
      }
    }
  });
}
