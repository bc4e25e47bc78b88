import type { Severity } from "./change.js";
import { schemaKeyword, sideOf } from "./diff-location.js";
import type { LibraryDiff } from "./library-diff.js";

// Where api-smart-diff's classification is wrong for users of this SDK, or where a
// hand-written rule takes over. Each correction was found on the real spec, is listed in
// spec/releases/README.md, and is tested in test/. The first that matches wins.

export type Verdict = Severity | "drop";

interface Correction {
  /** Why this SDK's users see it otherwise (the report adds what the library said). */
  why: string;
  verdict(diff: LibraryDiff): Verdict | undefined;
}

const isOperationKey = (diff: LibraryDiff, key: string) =>
  diff.path[0] === "paths" && diff.path.length >= 4 && diff.path[3] === key;

function schemaEntry(diff: LibraryDiff, keyword: string): boolean {
  const found = schemaKeyword(diff.path);
  return found?.keyword === keyword && found.member;
}

// A key that is an extension or an example, and not a field that happens to be named so.
const isDocsKey = (path: LibraryDiff["path"]) =>
  path.some(
    (key, i) =>
      typeof key === "string" &&
      (key.startsWith("x-") || key === "example" || key === "examples") &&
      path[i - 1] !== "properties",
  );

export const CORRECTIONS: readonly Correction[] = [
  {
    why: "auth is compared by hand (security-changes.ts): the library compares security arrays position by position",
    verdict: ({ path }) =>
      path[0] === "security" ||
      (path[0] === "components" && path[1] === "securitySchemes") ||
      (path[0] === "paths" && path[3] === "security")
        ? "drop"
        : undefined,
  },
  {
    why: "required roles are compared by hand (role-changes.ts)",
    verdict: ({ path }) =>
      path[0] === "paths" &&
      path[3] === "x-servicestack-route" &&
      (path[4] === "requiredRoles" || path[4] === "requiredPermissions")
        ? "drop"
        : undefined,
  },
  {
    why: "a component's contents are reported again under every operation that uses it; only its removal is news of its own (the SDK exports `components`)",
    verdict: ({ path, action }) =>
      path[0] === "components" && !(path.length === 3 && action === "remove") ? "drop" : undefined,
  },
  {
    why: "tags only group operations in the docs; no SDK type or call names them",
    verdict: ({ path }) => (path[0] === "tags" ? "annotation" : undefined),
  },
  {
    why: "extensions (x-codeSamples) and examples are documentation",
    verdict: ({ path }) => (isDocsKey(path) ? "annotation" : undefined),
  },
  {
    why: "the SDK exports `operations`, keyed by operationId",
    verdict: (diff) =>
      isOperationKey(diff, "operationId") && diff.path.length === 4 ? "breaking" : undefined,
  },
  {
    why: "the SDK's `paths` type and `evo.api` are keyed by the literal path template (the library matches templates by shape)",
    verdict: ({ path, action }) =>
      path.length === 1 && path[0] === "paths" && action === "rename" ? "breaking" : undefined,
  },
  {
    why: "callers pass parameters by name (`params.path.sessionId`)",
    verdict: (diff) =>
      isOperationKey(diff, "parameters") && diff.path[5] === "name" && diff.action === "replace"
        ? "breaking"
        : undefined,
  },
  {
    why: "the generated type loses the field, so code that sends or reads it stops compiling (a rename is a removal and an addition)",
    verdict: (diff) => (diff.action === "remove" && schemaEntry(diff, "properties") ? "breaking" : undefined),
  },
  {
    why: "the SDK's enum types admit values they do not know (`MessageDirection | (string & {})`), so a response with fewer values breaks no caller",
    verdict: (diff) =>
      sideOf(diff.path) === "response" && diff.action === "remove" && schemaEntry(diff, "enum")
        ? "non-breaking"
        : undefined,
  },
  {
    why: "a newly required request field refuses requests that were valid (the library throws on allOf members with `required` but no `properties`)",
    verdict: (diff) =>
      sideOf(diff.path) === "request" && diff.action === "add" && schemaEntry(diff, "required")
        ? "breaking"
        : undefined,
  },
  {
    why: "a response field that is no longer always sent becomes optional in the generated type",
    verdict: (diff) =>
      sideOf(diff.path) === "response" && diff.action === "remove" && schemaEntry(diff, "required")
        ? "breaking"
        : undefined,
  },
  {
    why: "a response field that is now always sent is still read the same way",
    verdict: (diff) =>
      sideOf(diff.path) === "response" && diff.action === "add" && schemaEntry(diff, "required")
        ? "non-breaking"
        : undefined,
  },
  {
    why: "a request type that only widens (string → [string, null]) accepts all it accepted, and a response type that only narrows sends nothing new",
    verdict: (diff) => (onlyWidensRequestOrNarrowsResponse(diff) ? "non-breaking" : undefined),
  },
];

/** The first correction that applies to a library diff, if any. */
export function correctionFor(diff: LibraryDiff): { verdict: Verdict; why: string } | undefined {
  for (const correction of CORRECTIONS) {
    const verdict = correction.verdict(diff);
    if (verdict) return { verdict, why: correction.why };
  }
  return undefined;
}

function onlyWidensRequestOrNarrowsResponse(diff: LibraryDiff): boolean {
  const found = schemaKeyword(diff.path);
  const side = sideOf(diff.path);
  if (found?.keyword !== "type") return false;
  // `type: [a, b]` gaining or losing one entry, or the whole `type` replaced.
  if (found.member) {
    return (side === "request" && diff.action === "add") || (side === "response" && diff.action === "remove");
  }
  if (diff.action !== "replace") return false;
  const before = typeSet(diff.before);
  const after = typeSet(diff.after);
  const within = (small: Set<string>, big: Set<string>) => [...small].every((type) => big.has(type));
  return side === "request" ? within(before, after) : within(after, before);
}

function typeSet(value: unknown): Set<string> {
  return new Set((Array.isArray(value) ? value : [value]).map(String));
}
