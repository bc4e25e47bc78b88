/**
 * Resolves with the first match of `pattern` in what `child` (exec()'s `process`) has printed, on
 * stdout or stderr, since this call; rejects if it exits first or after `timeoutMs`. For a server that
 * says where it listens.
 *
 * @default { timeoutMs: 15_000 }
 * @example
 * const server = exec(process.execPath, ["server.mjs"], { timeoutMs: 600_000 });
 * const [url] = await waitForOutput(server.process, /http:\/\/127\.0\.0\.1:\d+/);
 */
export function waitForOutput(child, pattern, timeoutMs = 15_000) {
  let text = "";
  return new Promise((resolve, reject) => {
    const read = (chunk) => {
      text += chunk;
      const match = pattern.exec(text);
      if (match) settle(() => resolve(match));
    };
    const exited = (code, signal) =>
      settle(() =>
        reject(new Error(`exited (${signal ?? `exit ${code}`}) before printing ${pattern}:\n${text}`)),
      );
    const timer = setTimeout(
      () => settle(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${text}`))),
      timeoutMs,
    );
    const settle = (then) => {
      clearTimeout(timer);
      child.stdout.off("data", read);
      child.stderr.off("data", read);
      child.off("close", exited);
      then();
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("close", exited);
  });
}
