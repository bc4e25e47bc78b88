import { loadSpec } from "../openapi-document.js";
import { createSpecValidator } from "../spec-validator.js";
import { createResponseChecker, type Exchange } from "./check-response.js";
import { FIELDS_OF_A_SENT_MESSAGE, type Probe, probesFor } from "./probes.js";
import type { ServerTarget } from "./server-target.js";
import { strictSpec } from "./strict-spec.js";

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Sends every probe to the target and returns each disagreement with the spec,
 * prefixed by the probe that found it. An empty list means the server agrees.
 */
export async function checkServer(target: ServerTarget, runId = Date.now().toString(36)): Promise<string[]> {
  const spec = strictSpec(loadSpec());
  const checker = createResponseChecker(spec, createSpecValidator(spec).validate);
  const findings: string[] = [];
  for (const probe of probesFor(target, runId)) {
    const problems = await runProbe(target, probe).then(
      (exchange) => [
        ...checkStatus(probe, exchange),
        ...checker.check(exchange),
        ...checkStored(probe, exchange),
      ],
      (error: unknown) => [`no usable answer: ${error instanceof Error ? error.message : String(error)}`],
    );
    findings.push(...new Set(problems.map((problem) => `[${probe.name}] ${problem}`)));
  }
  return findings;
}

async function runProbe(target: ServerTarget, probe: Probe): Promise<Exchange> {
  const url = `${target.baseUrl}${probe.path}`;
  const response = await fetch(url, {
    method: probe.method,
    headers: probe.headers,
    body: probe.body ?? null,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return {
    method: probe.method,
    url,
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

function checkStatus(probe: Probe, exchange: Exchange): string[] {
  if (exchange.status === probe.expectStatus) return [];
  return [`expected ${probe.expectStatus}, got ${exchange.status}: ${probe.meaning}`];
}

// Beyond the schema (where every field is optional): a stored message must say what was sent.
function checkStored(probe: Probe, exchange: Exchange): string[] {
  if (probe.sentText === undefined || exchange.status !== 200) return [];
  const message = parseMessage(exchange.body);
  if (!message) return [];
  const missing = FIELDS_OF_A_SENT_MESSAGE.filter((field) => message[field] === undefined);
  const problems = missing.map((field) => `the stored message has no ${field}`);
  if (message.text !== undefined && message.text !== probe.sentText) {
    problems.push(`the stored message's text is ${JSON.stringify(message.text)}, not the text sent`);
  }
  return problems;
}

function parseMessage(body: string): Record<string, unknown> | undefined {
  const start = body.indexOf("{");
  const end = body.lastIndexOf("}");
  try {
    return JSON.parse(body.slice(start, end + 1)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
