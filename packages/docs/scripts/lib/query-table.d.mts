// Types for query-table.mjs, which the tests import to compare the table with what the SDK takes.
export interface QueryParameter {
  name: string;
  type: string;
  description: string;
}
export declare function queryParameters(specFile: string, operationId: string): QueryParameter[];
export declare function queryTable(specFile: string, operationId: string): string;
