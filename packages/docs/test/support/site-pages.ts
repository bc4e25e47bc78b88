// The pages of the built site, as URL paths, found in dist/ (every .html but the 404 page).
import { readdirSync } from "node:fs";
import { distDir } from "./paths.js";

export const sitePages: string[] = readdirSync(distDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html") && file !== "404.html")
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`)
  .sort();

/** The pages a reader opens on purpose: the landing page, a guide page, an operation of the reference. */
export const landmarks = {
  landing: "/",
  guide: "/guide/errors.html",
  reference: "/reference/sendMessage.html",
};
