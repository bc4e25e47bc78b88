import { readFileSync } from "node:fs";
import { join } from "node:path";
import { guideDir } from "./paths.js";

/** A guide page's markdown. */
export const page = (name: string) => readFileSync(join(guideDir, name), "utf8");

/** A guide page's text with its line breaks folded, so a phrase that wraps in the markdown is still found. */
export const prose = (name: string) => page(name).replace(/\s+/g, " ");
