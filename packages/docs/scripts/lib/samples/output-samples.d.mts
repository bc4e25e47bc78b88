// Types for output-samples.mjs, which the tests import to walk the site's hand-written pages.
export declare const outputInclude: RegExp;
export declare function pageFiles(dir: string, skip?: string[]): string[];
export interface OutputSample {
  name: string;
  file: string;
  where: string;
  line: number;
  language: string;
  format: "esm" | "cjs";
  code: string;
}
export declare function outputSamples(srcDir: string): OutputSample[];
