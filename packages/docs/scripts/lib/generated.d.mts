// Types for generated.mjs, which the tests import to check the build's inputs.
export declare function expandGenerated(
  markdown: string,
  options: { repoRoot: string; fileName: string },
): string;
export declare function generatedSources(markdown: string): (string | undefined)[];
