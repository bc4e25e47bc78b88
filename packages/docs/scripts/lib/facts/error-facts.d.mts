// Types for error-facts.mjs, which the tests import to compare the recorded facts with its situations.
export interface Situation {
  what: string;
}
export declare const situations: Situation[];
