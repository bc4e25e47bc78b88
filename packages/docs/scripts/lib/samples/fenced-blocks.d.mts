// Types for fenced-blocks.mjs, which the tests import too.
export interface FencedBlock {
  language: string;
  /** The words after the language in the info string. */
  meta: string[];
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based line of the closing fence. */
  endLine: number;
  code: string;
}
export declare function fencedBlocks(markdown: string): FencedBlock[];
