import { readFileSync } from 'node:fs';

/**
 * `node --import tsx bench/profile-summary.ts FILE.cpuprofile [N] [LAST_SECONDS]`: the N functions
 * with the most self time and the N with the most total time (self plus callees) in a V8 CPU profile,
 * optionally over its last seconds only (a profile spans the server's whole life, startup included),
 * for a first look without opening DevTools.
 */
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, limit = '25', lastSeconds] = process.argv.slice(2);
if (!file) {
  console.error('usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [N] [LAST_SECONDS]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: Node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*\/(node_modules\/|src\/)/, '$1');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let sum = 0;
const elapsed = profile.timeDeltas.reduce((total, delta) => total + delta, 0);
const from = lastSeconds === undefined ? 0 : elapsed - Number(lastSeconds) * 1e6;
let at = 0;
profile.samples.forEach((id, i) => {
  const micros = profile.timeDeltas[i] ?? 0;
  at += micros;
  if (at < from) return;
  sum += micros;
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + micros);
  const seen = new Set<string>();
  for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
    const name = label(byId.get(node)!);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + micros);
  }
});

const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title} (of ${(sum / 1000).toFixed(0)} ms sampled)`);
  for (const [name, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(limit))) {
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / sum).toFixed(1).padStart(5)}%  ${name}`);
  }
};
print('self time', self);
print('total time', total);
