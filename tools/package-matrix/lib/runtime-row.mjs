// One runtime sending one message through the installed tarball, then reading
// it back. It passes only if the process exits 0, prints the MessageInfo the
// server answered, found it by listing (a page, and by paging) and listed its
// conversation, loaded the build we expect, and the server recorded exactly
// that message (and, under Node, instanceof held across the ESM and CJS copies).
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

function tail(result) {
  const why = result.timedOut ? "timed out" : `exit ${result.exitCode ?? result.signal}`;
  return `${why}\n${`${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-12).join("\n")}`;
}

export function runtimeRow(
  name,
  command,
  args,
  { consumer, server, apiKey, sessionId, env = {}, expectFile },
) {
  return {
    name,
    run: async () => {
      const text = `package test from ${name}`;
      const result = await exec(command, [...args, server.url, apiKey, sessionId, text], {
        cwd: consumer,
        env: cleanEnv(env),
        timeoutMs: 60_000,
      });
      if (result.exitCode !== 0) throw new Error(tail(result));
      const sent = JSON.parse(result.stdout.trim().split("\n").at(-1));
      if (sent.text !== text || !sent.id) throw new Error(`unexpected answer ${JSON.stringify(sent)}`);
      if (!sent.listed || !sent.paged || !(sent.conversations > 0))
        throw new Error(`could not read the message back: ${JSON.stringify(sent)}`);
      if (sent.crossCopy === false) throw new Error("instanceof failed across the ESM and CommonJS copies");
      if (expectFile && !String(sent.resolved).endsWith(expectFile)) {
        throw new Error(`loaded ${sent.resolved}, expected …/${expectFile}`);
      }
      const count = server.countText(text);
      if (count !== 1) throw new Error(`the server recorded ${count} messages for this runtime, expected 1`);
      const file = sent.resolved ? `, ${sent.resolved.split("/").slice(-2).join("/")}` : "";
      const copies = sent.crossCopy ? "; instanceof across ESM+CJS" : "";
      return `${sent.runtime}${file}; 1 recorded, listed, paged${copies}`;
    },
  };
}
