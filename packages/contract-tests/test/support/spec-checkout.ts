import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { stringify } from "yaml";
import { loadSpec } from "../../src/openapi-document.js";
import { repoRoot } from "../../src/repo-paths.js";

// A throwaway checkout for the breaking-change gate: the real spec and its newest release,
// either one edited, and the given pending changesets. The committed files are only read.

// biome-ignore lint/suspicious/noExplicitAny: each case edits the parsed YAML freely
export type SpecEdit = (spec: any) => void;

export interface CheckoutOptions {
  /** Edits the current spec (`spec/openapi.yaml`). */
  edit?: SpecEdit | undefined;
  /** Edits the released spec, for a case that needs something the release does not have. */
  editRelease?: SpecEdit | undefined;
  /** Pending changesets by file name (`major-rename.md`), written to `.changeset/`. */
  changesets?: Record<string, string>;
}

const RELEASE = "spec/releases/1.0.0.yaml";
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Builds the checkout in a temporary folder, removed after the test file; returns its root. */
export async function specCheckout(options: CheckoutOptions = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "evovoice-spec-breaking-"));
  made.push(root);
  await mkdir(join(root, "spec/releases"), { recursive: true });
  await mkdir(join(root, ".changeset"));
  await writeSpec(join(repoRoot, "spec/openapi.yaml"), join(root, "spec/openapi.yaml"), options.edit);
  await writeSpec(join(repoRoot, RELEASE), join(root, RELEASE), options.editRelease);
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

async function writeSpec(from: string, to: string, edit: SpecEdit | undefined): Promise<void> {
  if (!edit) return copyFile(from, to);
  const spec = loadSpec(from);
  edit(spec);
  await writeFile(to, stringify(spec));
}
