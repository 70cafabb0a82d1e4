/**
 * Where a server CPU profile's time went: `npx tsx bench/profile-summary.ts <file.cpuprofile> [top]`.
 *
 * Prints self time by area (our code by directory, each npm package, node internals, GC, idle) and
 * the heaviest functions by self time and by inclusive time for our own files.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: bench/profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time per node: each sample's delta belongs to the node sampled.
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const totalMs = [...self.values()].reduce((a, b) => a + b, 0);

function area(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return 'node:internal';
  const ours = /\/(server|shared|bench)\/(.*)$/.exec(url);
  if (ours) return `${ours[1]}/${(ours[2] as string).split('/').slice(0, -1).join('/') || '.'}`;
  return url;
}
const shortUrl = (url: string) =>
  url.replace(/^.*\/(node_modules\/|server\/|shared\/)/, '$1').replace(/^file:\/\//, '');
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

function table(title: string, entries: Map<string, number>, limit = top): void {
  console.log(`\n${title}`);
  for (const [k, v] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${v.toFixed(1).padStart(9)} ms ${((v / totalMs) * 100).toFixed(1).padStart(5)}%  ${k}`);
  }
}

const areas = new Map<string, number>();
const fns = new Map<string, number>();
const inclusiveOurs = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id) as ProfileNode;
  const a = area(n.callFrame.url, n.callFrame.functionName);
  areas.set(a, (areas.get(a) ?? 0) + ms);
  fns.set(label(n), (fns.get(label(n)) ?? 0) + ms);
  // Charge this sample to each of our own functions on its stack (once per function).
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const node = byId.get(cur) as ProfileNode;
    if (!/\/(server|shared)\//.test(node.callFrame.url) || /node_modules/.test(node.callFrame.url)) continue;
    const l = label(node);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusiveOurs.set(l, (inclusiveOurs.get(l) ?? 0) + ms);
  }
}

console.log(
  `${file}: ${totalMs.toFixed(0)} ms sampled over ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`,
);
table('self time by area', areas);
table('self time by function', fns);
table('inclusive time, server/ and shared/ functions', inclusiveOurs);
