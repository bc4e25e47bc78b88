// The machine a benchmark ran on, in one line for BENCHMARKS.md.
import { cpus, loadavg, totalmem } from "node:os";

export function describeMachine() {
  const cores = cpus();
  const load = loadavg().map((value) => value.toFixed(2));
  return [
    `${cores.length} cores (${cores[0]?.model.trim() ?? "unknown CPU"})`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node ${process.versions.node}`,
    `${process.platform}/${process.arch}`,
    `load average ${load.join(" ")} at the start`,
    new Date().toISOString().slice(0, 10),
  ].join(", ");
}
