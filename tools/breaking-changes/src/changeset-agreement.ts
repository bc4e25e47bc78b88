// @changesets/read is the reader `changeset version` itself uses (the installed 0.6.7,
// which runs on Node 20), so the gate sees exactly the changesets a release would consume.
import readChangesets from "@changesets/read";

/**
 * The published packages that ship what the spec describes: the client's types are
 * generated from it, and the mock server bundles it (`openapi.json`) and validates requests
 * against it. A breaking spec change breaks users of both, so both need a major bump.
 */
export const PACKAGES_SHIPPING_THE_SPEC = ["@evovoice-sdk/client", "@evovoice-sdk/mock-server"] as const;

/**
 * Why the pending changesets disagree with a breaking spec change: for each package that
 * ships the spec, at least one pending changeset must bump it `major`; none at all is a
 * disagreement too. Empty when they agree.
 */
export async function changesetDisagreements(
  rootDir: string,
  packages: readonly string[] = PACKAGES_SHIPPING_THE_SPEC,
): Promise<string[]> {
  const changesets = await readChangesets(rootDir);
  const problems: string[] = [];
  for (const name of packages) {
    const bumps = changesets.flatMap((changeset) =>
      changeset.releases
        .filter((release) => release.name === name)
        .map((release) => `.changeset/${changeset.id}.md says ${name}: ${release.type}`),
    );
    if (bumps.some((bump) => bump.endsWith(": major"))) continue;
    problems.push(
      bumps.length === 0
        ? `no pending changeset bumps ${name}; a breaking spec change needs one that says "${name}": major (npx changeset)`
        : `${bumps.join("; ")}; a breaking spec change needs "${name}": major`,
    );
  }
  return problems;
}
