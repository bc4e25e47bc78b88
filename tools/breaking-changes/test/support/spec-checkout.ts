import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { parseSpecFile } from "../../src/load-spec.js";
import { repoRoot } from "../../src/repo-root.js";

// A throwaway checkout for the breaking-change gate. Its current spec and its newest release are both
// the repo's spec as it is now (the Redocly bundle of the split spec, one file), so a case sees its
// own edit and nothing else, whatever the real spec has gained since its last release. Either side
// can be edited, and the given pending changesets written. The committed files are only read.

// biome-ignore lint/suspicious/noExplicitAny: each case edits the parsed spec freely
export type SpecEdit = (spec: any) => void;

export interface CheckoutOptions {
  /** Edits the current spec (`spec/openapi.yaml`). */
  edit?: SpecEdit | undefined;
  /** Edits the released spec, for a case that needs something the release does not have. */
  editRelease?: SpecEdit | undefined;
  /** Pending changesets by file name (`major-rename.md`), written to `.changeset/`. */
  changesets?: Record<string, string>;
}

/** Written by the spec workspace's `bundle` task, which turbo runs before these tests. */
const BUNDLED = join(repoRoot, "spec/dist/openapi.json");
const bundled = () => parseSpecFile(BUNDLED);

/** The current spec's info.version: the checkout's release is filed under it. */
export const CURRENT_VERSION = String((bundled().info as { version: string }).version);
/** The next major version after CURRENT_VERSION (`1.4.0` → `2.0.0`). */
export const NEXT_MAJOR = `${Number(CURRENT_VERSION.split(".")[0]) + 1}.0.0`;

const made: string[] = [];

/**
 * Removes every checkout made so far. test/support/setup.ts runs it after each test file: this module
 * is shared by the files (one process for all, isolate: false), so a hook registered here would run
 * after the first file only.
 */
export async function removeCheckouts(): Promise<void> {
  const dirs = made.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Builds the checkout in a temporary folder, removed after the test file; returns its root. */
export async function specCheckout(options: CheckoutOptions = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "evovoice-spec-breaking-"));
  made.push(root);
  await mkdir(join(root, "spec/releases"), { recursive: true });
  await mkdir(join(root, ".changeset"));
  await writeSpec(join(root, "spec/openapi.yaml"), options.edit);
  await writeSpec(join(root, `spec/releases/${CURRENT_VERSION}.yaml`), options.editRelease);
  await copyFile(join(repoRoot, ".changeset/config.json"), join(root, ".changeset/config.json"));
  for (const [file, text] of Object.entries(options.changesets ?? {})) {
    await writeFile(join(root, ".changeset", file), text);
  }
  return root;
}

/** A changeset file as `npx changeset` writes it. */
export function changeset(bumps: Record<string, "major" | "minor" | "patch">, summary = "A change."): string {
  const lines = Object.entries(bumps).map(([name, bump]) => `"${name}": ${bump}`);
  return ["---", ...lines, "---", "", summary, ""].join("\n");
}

async function writeSpec(to: string, edit: SpecEdit | undefined): Promise<void> {
  const spec = bundled();
  edit?.(spec);
  await writeFile(to, stringify(spec));
}
