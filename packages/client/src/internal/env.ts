type WithProcess = { process?: { env?: Record<string, string | undefined> } };

/**
 * An environment variable, where the runtime has an environment (Node, Bun, Deno); undefined in browsers,
 * and possibly "" where it is set empty. Reached through globalThis so that the SDK never imports a `node:` module.
 */
export function env(name: string): string | undefined {
  try {
    return (globalThis as WithProcess).process?.env?.[name];
  } catch {
    // Deno without --allow-env throws on access.
    return undefined;
  }
}
