// What a reader sees on a page, measured in the browser: whether the page is wider than the screen, whether the
// title is visible below the site header, whether any code is cut off, and whether code is highlighted.
import type { Page } from "playwright-core";

export interface CodeBlockFacts {
  /** The first characters of the block, to name it in a failure. */
  text: string;
  /** Its content is wider than what shows, and neither it nor an ancestor scrolls sideways to reveal the rest. */
  cutOff: boolean;
  /** It scrolls sideways (its content is wider than its box and it has overflow-x auto or scroll). */
  scrolls: boolean;
  /** Distinct colours of its tokens: 2 or more when it is highlighted. */
  tokenColours: number;
  /** The language it was written in (`language-…` on a guide block), or "" where the page does not say. */
  language: string;
}

export interface LayoutFacts {
  viewportWidth: number;
  /** The document's width: more than the viewport means the page scrolls sideways. */
  pageWidth: number;
  pageHeight: number;
  title: { text: string; top: number; bottom: number; headerBottom: number; visible: boolean };
  codeBlocks: CodeBlockFacts[];
}

/** Runs inside the page: no closures over test code. `titleSelector` picks the element that is the title. */
function measureInPage(titleSelector: string): LayoutFacts {
  const root = document.documentElement;
  const viewportWidth = root.clientWidth;
  const header = document.querySelector(".site-header")?.getBoundingClientRect();
  const headerBottom = header ? Math.max(0, header.bottom) : 0;

  const title = document.querySelector(titleSelector);
  const box = title?.getBoundingClientRect();
  let visible = false;
  if (title && box && box.width > 0) {
    // The point a reader looks at: the start of the title's first line. The element there must be the title,
    // not the header (or anything else) drawn over it.
    const x = box.left + Math.min(box.width / 2, 60);
    const y = box.top + Math.min(box.height / 2, 16);
    const hit = document.elementFromPoint(x, y);
    visible =
      box.top >= headerBottom - 1 &&
      box.top + 16 <= window.innerHeight &&
      box.left >= 0 &&
      box.left < viewportWidth &&
      !!hit &&
      title.contains(hit);
  }

  const scrollsX = (el: Element) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const rendered = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  // A block is cut off when the right edge of what it draws (its deepest lines included: a line nested in an
  // inline element may escape its box's scroll width) is clipped by an ancestor, or lies beyond what a
  // scrolling ancestor can scroll to, or sticks out of the page.
  const cutOff = (el: Element) => {
    const box = el.getBoundingClientRect();
    let right = Math.max(box.right, box.left + el.scrollWidth);
    for (const part of el.querySelectorAll("*")) right = Math.max(right, part.getBoundingClientRect().right);
    for (let a: Element | null = el; a && a !== root && a !== document.body; a = a.parentElement) {
      const overflow = getComputedStyle(a).overflowX;
      if (overflow === "visible") continue;
      const box = a.getBoundingClientRect();
      if (overflow === "auto" || overflow === "scroll") {
        const reach = box.left + a.clientLeft + a.scrollWidth - a.scrollLeft;
        if (right > reach + 1) return true;
        // What lies beyond this box is reachable by scrolling it; the box itself is checked further up.
        right = Math.min(right, box.right);
        continue;
      }
      if (right > box.right + 1) return true;
    }
    return right > viewportWidth + 1;
  };
  const tokenColours = (el: Element) => {
    const colours = new Set<string>();
    for (const span of el.querySelectorAll("span")) {
      if (span.children.length === 0 && span.textContent?.trim()) colours.add(getComputedStyle(span).color);
    }
    return colours.size;
  };

  // Guide code (pre), Redoc's samples (pre) and Redoc's JSON examples (.redoc-json, a div).
  const codeBlocks = [...document.querySelectorAll("pre, .redoc-json")].filter(rendered).map((el) => ({
    text: (el.textContent ?? "").trim().slice(0, 40),
    cutOff: cutOff(el),
    scrolls: scrollsX(el) && el.scrollWidth > el.clientWidth + 1,
    tokenColours: tokenColours(el),
    language: /language-(\S+)/.exec(el.querySelector("code")?.className ?? "")?.[1] ?? "",
  }));

  return {
    viewportWidth,
    pageWidth: root.scrollWidth,
    pageHeight: root.scrollHeight,
    title: {
      text: (title?.textContent ?? "").replace(/^#/, "").trim(),
      top: box?.top ?? Number.NaN,
      bottom: box?.bottom ?? Number.NaN,
      headerBottom,
      visible,
    },
    codeBlocks,
  };
}

export function measureLayout(page: Page, titleSelector = "h1"): Promise<LayoutFacts> {
  return page.evaluate(measureInPage, titleSelector);
}
