import { isObject } from "@evovoice-sdk/openapi-kit";
import type { Exchange, ResponseChecker } from "./check-response.js";
import { fetchExchange, jsonIn } from "./fetch-exchange.js";
import { FieldCensus } from "./field-census.js";
import { Findings, type Problem } from "./findings.js";
import type { Body } from "./list-entries.js";
import type { LiveView } from "./live-view.js";
import type { ReadTarget } from "./server-target.js";

/**
 * One run against one server: every answer any check reads goes through `fetch` here, so each is
 * judged against the (tolerant) spec and its fields counted, and every disagreement lands in one
 * `Findings`, counted by kind.
 */
export class ServerSession {
  readonly findings = new Findings();
  readonly census: FieldCensus;
  readonly #checker: ResponseChecker;
  #answers = 0;

  constructor(
    readonly target: ReadTarget,
    view: LiveView,
  ) {
    this.#checker = view.checker;
    this.census = new FieldCensus(view.tolerant, view.neverNull);
  }

  get answers(): number {
    return this.#answers;
  }

  /** What the target's user sends: JSON wanted, the API key as a Bearer token. */
  get bearer(): Record<string, string> {
    return { accept: "application/json", authorization: `Bearer ${this.target.apiKey}` };
  }

  /** One request to `path` (query included), judged; the exchange, or undefined when none came. */
  async fetch(
    label: string,
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string | undefined } = {},
  ): Promise<Exchange | undefined> {
    const exchange = await this.fetchUnjudged(label, path, init);
    if (exchange) this.judge(label, exchange);
    return exchange;
  }

  /** One request, not judged (for answers the spec does not describe, such as a route not served). */
  async fetchUnjudged(
    label: string,
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string | undefined } = {},
  ): Promise<Exchange | undefined> {
    const method = init.method ?? "GET";
    try {
      return await fetchExchange(`${this.target.baseUrl}${path}`, {
        method,
        headers: init.headers ?? this.bearer,
        body: init.body,
      });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      const problem: Problem = {
        kind: "no answer (the connection failed or timed out)",
        example: `${method} ${path}: ${why}`,
        sources: [{ at: "#/servers/0/url", says: "https://evovoice.io" }],
      };
      this.findings.add(label, [problem], `#${++this.#answers}`);
      return undefined;
    }
  }

  /** Holds one answer to the spec and counts its fields; every disagreement goes to `findings`. */
  judge(label: string, exchange: Exchange): void {
    const answer = `#${++this.#answers}`;
    const judged = this.#checker.judge(exchange);
    this.findings.add(label, judged.problems, answer);
    if (judged.body) {
      const { json, schema } = judged.body;
      this.findings.add(label, this.census.record(answer, json, schema, exchange.status < 300), answer);
    }
  }

  /** GET `path` with `query` as the target's user: the JSON object of a 200, else undefined. */
  async read(label: string, path: string, query: Record<string, string> = {}): Promise<Body | undefined> {
    const search = new URLSearchParams(query).toString();
    const exchange = await this.fetch(label, search ? `${path}?${search}` : path);
    const json = exchange?.status === 200 ? jsonIn(exchange.body) : undefined;
    return isObject(json) ? json : undefined;
  }

  /** Records problems a check found beyond the schema. */
  report(label: string, problems: readonly Problem[]): void {
    this.findings.add(label, problems);
  }
}
