// Summarise V8 .cpuprofile files (node --cpu-prof): the functions with the most self time, so
// a slow step of convert or build can be named without opening DevTools.
//   npx tsx scripts/bench/profile.ts DIR_OR_FILE [TOP]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  fn: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Self time by function (name and place), largest first. */
export function hotspots(profile: Profile, top = 20): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id)!;
    const url = n.callFrame.url.replace(/^file:\/\/\/tmp\/bench-[^/]+\//, '').replace(/^file:\/\//, '');
    const key = `${n.callFrame.functionName || '(anonymous)'}\t${url}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => {
      const [fn, where] = k.split('\t') as [string, string];
      return { fn, where, selfMs: ms, share: ms / total };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv[2];
  if (!arg) throw new Error('usage: tsx scripts/bench/profile.ts DIR_OR_FILE [TOP]');
  const files = statSync(arg).isDirectory() ? readdirSync(arg).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(arg, f)) : [arg];
  for (const f of files) {
    const p = JSON.parse(readFileSync(f, 'utf8')) as Profile;
    const total = p.timeDeltas.reduce((a, b) => a + b, 0) / 1e6;
    console.log(`\n${f}: ${total.toFixed(1)} s sampled`);
    for (const h of hotspots(p, Number(process.argv[3] ?? 15))) {
      console.log(`${h.selfMs.toFixed(0).padStart(7)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.fn}  ${h.where}`);
    }
  }
}
