// Loaded (node --import) into every sample the build runs: the global fetch reaches loopback only, so no
// sample can talk to a real server, whatever it is given.
const loopback = new Set(["127.0.0.1", "localhost", "[::1]"]);
const realFetch = globalThis.fetch;

globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!loopback.has(url.hostname)) {
    return Promise.reject(new Error(`a docs sample may only reach loopback, not ${url.origin}`));
  }
  return realFetch(input, init);
};
