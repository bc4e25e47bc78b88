import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import { type Change, pointerOf } from "./change.js";
import { locationOf, parameterOf, show, subjectOf } from "./diff-location.js";
import { type LibraryDiff, libraryDiff } from "./library-diff.js";
import { correctionFor } from "./reclassification.js";

const VERB = { add: "added", remove: "removed", replace: "changed", rename: "renamed" } as const;

/** api-smart-diff's changes, with its classification corrected where this SDK's users see it otherwise. */
export function libraryChanges(before: JsonObject, after: JsonObject): Change[] {
  const changes: Change[] = [];
  for (const diff of libraryDiff(before, after)) {
    const correction = correctionFor(diff);
    if (correction?.verdict === "drop") continue;
    const severity = correction?.verdict ?? (diff.type === "deprecated" ? "annotation" : diff.type);
    changes.push({
      // Whatever the library could not classify fails the gate until a correction says otherwise.
      severity: severity === "unclassified" ? "breaking" : severity,
      location: isPathRename(diff) ? String(diff.before) : locationOf(diff.path),
      pointer: pointerOf(parameterOf(diff, before, after)?.path ?? diff.path),
      description: describe(diff, before, after),
      source: correction
        ? `api-smart-diff said ${diff.type}; corrected: ${correction.why}`
        : severity === "unclassified"
          ? "api-smart-diff could not classify it; treated as breaking until reclassification.ts has a rule"
          : "api-smart-diff",
    });
  }
  return changes;
}

function describe(diff: LibraryDiff, before: JsonObject, after: JsonObject): string {
  if (isPathRename(diff)) {
    return `renamed path ${diff.before} → ${diff.after}`;
  }
  const subject = subjectOf(diff, before, after);
  const values = diff.action === "replace" ? `: ${show(diff.before)} → ${show(diff.after)}` : "";
  return `${VERB[diff.action]} ${subject}${values}`;
}

// Path templates that differ only in parameter names are one path to the library: a rename.
function isPathRename(diff: LibraryDiff): boolean {
  return diff.path.length === 1 && diff.path[0] === "paths" && diff.action === "rename";
}
