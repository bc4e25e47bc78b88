// Types for pages.mjs, which the tests import to walk the site in its own order.
export interface GuidePage {
  source: string;
  output: string;
  label: string;
}
export declare const guidePages: GuidePage[];
export declare const referencePageFile: string;
