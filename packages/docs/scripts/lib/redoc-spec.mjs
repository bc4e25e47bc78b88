// The copy of the spec Redoc renders. The spec file stays free of Redoc-only markup; the docs add it here.
const securityTag = "<!-- ReDoc-Inject: <security-definitions> -->";

/**
 * Redoc 2 shows the security schemes (type, scheme, description) only where the description asks for
 * them, so the reference gets an "Authentication" section after the spec's own introduction.
 */
export function specForRedoc(spec) {
  const description = spec.info.description ?? "";
  if (description.includes(securityTag)) return spec;
  return {
    ...spec,
    info: { ...spec.info, description: `${description.trimEnd()}\n\n# Authentication\n\n${securityTag}\n` },
  };
}
