// The site's name, taken from the spec so a renamed API renames its docs.
export function siteTitle(spec) {
  return `${spec.info.title} docs`;
}
