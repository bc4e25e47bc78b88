// Redocly CLI 2.x prints a boxed "Node.js 20 support is ending" notice to stderr on every run under
// Node 20 (unconditionally: no option or variable turns it off). It says nothing a maintainer can act
// on in a build log, four times per build and test. This removes that box, and only that box: any
// other box (or line) Redocly prints passes through.
import { stripVTControlCharacters } from "node:util";

const BANNER_TEXT = "Node.js 20 support is ending";
const isTop = (line) => stripVTControlCharacters(line).trimStart().startsWith("╔");
const isBottom = (line) => stripVTControlCharacters(line).trimStart().startsWith("╚");

/**
 * A line filter: feed it lines in order (`push`), then `end()`; it calls `write` with every line
 * that is not part of the banner, and drops the blank line Redocly puts before and after the box.
 */
export function bannerFilter(write) {
  let box = null; // the lines of a box being read, until its bottom edge decides its fate
  let blank = null; // a blank line held back: it goes if a banner follows it
  let dropNextBlank = false;
  const flushBlank = () => {
    if (blank !== null) write(blank);
    blank = null;
  };
  return {
    push(line) {
      if (box) {
        box.push(line);
        if (!isBottom(line)) return;
        const lines = box;
        box = null;
        if (lines.some((l) => stripVTControlCharacters(l).includes(BANNER_TEXT))) {
          blank = null;
          dropNextBlank = true;
        } else {
          flushBlank();
          for (const l of lines) write(l);
        }
        return;
      }
      if (isTop(line)) {
        box = [line];
        return;
      }
      if (line.trim() === "") {
        if (dropNextBlank) {
          dropNextBlank = false;
          return;
        }
        flushBlank();
        blank = line;
        return;
      }
      dropNextBlank = false;
      flushBlank();
      write(line);
    },
    end() {
      flushBlank();
      // An unfinished box is not the banner Redocly prints whole; keep it.
      for (const l of box ?? []) write(l);
      box = null;
    },
  };
}

/** `text` without the banner. */
export function withoutBanner(text) {
  const out = [];
  const filter = bannerFilter((line) => out.push(line));
  for (const line of text.split("\n")) filter.push(line);
  filter.end();
  return out.join("\n");
}
