import { stubFetch } from "./stub-fetch.mjs";

globalThis.fetch = stubFetch;
const { clientNamed } = await import("../clients.mjs");
const names = process.argv.slice(2);
const fns = names.map((n) => clientNamed(n)("https://evovoice.io"));
const batch = async (fn, n) => {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - t) / n;
};
for (const fn of fns) await batch(fn, 3000); // warm
const ratios = names.map(() => []);
const times = names.map(() => []);
const end = Date.now() + Number(process.env.AB_MS ?? 6000);
while (Date.now() < end) {
  const base = await batch(fns[0], 300);
  times[0].push(base);
  for (let i = 1; i < fns.length; i++) {
    const t = await batch(fns[i], 300);
    times[i].push(t);
    ratios[i].push(t / base);
  }
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (let i = 0; i < names.length; i++)
  console.log(
    names[i].padEnd(50),
    (med(times[i]) * 1000).toFixed(1),
    "µs",
    i ? `ratio ${med(ratios[i]).toFixed(2)}` : "",
  );
