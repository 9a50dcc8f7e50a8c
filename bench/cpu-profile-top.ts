// Prints the functions that took the most CPU in V8 profiles (.cpuprofile, from --cpu-prof):
// self time per function and file, summed over every profile in the folder given, largest first.
// Usage: node --import tsx bench/cpu-profile-top.ts DIR [how-many]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [dir, count = '25'] = process.argv.slice(2);
if (!dir) {
  console.error('使い方: node --import tsx bench/cpu-profile-top.ts <.cpuprofile のあるフォルダ> [件数]');
  process.exit(2);
}
const selfMs = new Map<string, number>();
let totalMs = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const where = frame.url ? `${frame.url.replace(/^.*\/(node_modules|dist|src)\//u, '$1/')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
    totalMs += ms;
  });
}
// A worker thread waiting for its next task (piscina parks in Atomics.wait) is idle, not busy.
const isIdle = (key: string) => key === '(idle)' || key.startsWith('atomicsWaitLoop ');
const busyMs = totalMs - [...selfMs].filter(([key]) => isIdle(key)).reduce((sum, [, ms]) => sum + ms, 0);
console.log(`CPU profile: ${(busyMs / 1000).toFixed(1)} s busy of ${(totalMs / 1000).toFixed(1)} s sampled`);
for (const [key, ms] of [...selfMs].filter(([key]) => !isIdle(key)).sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${((ms / busyMs) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
}
