import { describeSource, type Source } from "./sources.js";

/** One way the server disagrees with what the spec or the vendor states. */
export interface Problem {
  /** The same for every occurrence of this kind of disagreement (no ids, indexes or values). */
  kind: string;
  /** This occurrence: where it was seen and what came. */
  example: string;
  /** What the check holds the server to; a problem without a source is a fact, not a finding. */
  sources: readonly Source[];
}

interface Kind {
  sources: readonly Source[];
  count: number;
  answers: Set<string>;
  example: string;
}

/**
 * The disagreements of one run, one line per kind with a count and its first example, so a server
 * that breaks one rule on every item of every page reads as one problem, not hundreds.
 */
export class Findings {
  readonly #kinds = new Map<string, Kind>();

  /** Records problems seen by the check or probe called `label`, in the answer numbered `answer`. */
  add(label: string, problems: readonly Problem[], answer: string = label): void {
    for (const problem of problems) {
      const kind = this.#kinds.get(problem.kind);
      if (kind) {
        kind.count++;
        kind.answers.add(answer);
      } else {
        this.#kinds.set(problem.kind, {
          sources: problem.sources,
          count: 1,
          answers: new Set([answer]),
          example: `[${label}] ${problem.example}`,
        });
      }
    }
  }

  get size(): number {
    return this.#kinds.size;
  }

  /** `<kind>: 27 times in 4 answers, e.g. [probe] example`, each followed by what it is held to. */
  lines(): string[] {
    return [...this.#kinds].flatMap(([kind, { sources, count, answers, example }]) => {
      const times =
        count === 1 ? "once" : `${count} times in ${answers.size} answer${answers.size === 1 ? "" : "s"}`;
      return [
        `${kind}: ${times}, e.g. ${example}`,
        ...sources.map((source) => `    held to ${describeSource(source)}`),
      ];
    });
  }
}
