// npm run fuzz [-- --seed N] [--cases N] [--case I]
// The full fuzz run: 100,000 seeded cases against the engine's invariants. Prints the count and,
// on failure, a minimal reproducer per broken invariant (seed + case + shrunk input), exit code 1.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/core/analyze';
import { formatFailure, makeCase, runFuzz } from './lib/fuzz';
import { loadSeeds, repoRoot } from './lib/seeds';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('seed') ?? 20261123) >>> 0;
const single = arg('case');
const count = single !== undefined ? 1 : Number(arg('cases') ?? 100_000);
const from = single !== undefined ? Number(single) : 0;
const seeds = loadSeeds();

if (single !== undefined) {
  const c = makeCase(seed, from, seeds);
  console.log(`case ${from} of seed ${seed} (${c.recipe}):\n${JSON.stringify(c.input)}`);
}

const t0 = performance.now();
const stats = runFuzz(analyzeArticle, seeds, {
  seed,
  count,
  from,
  maxFailures: 5,
  onProgress: (done) => {
    if (done % 10_000 === 0) process.stderr.write(`  ${done} cases, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  },
});
const secs = (performance.now() - t0) / 1000;

console.log(`fuzz: ${stats.cases} cases (seed ${seed}, ${(stats.chars / 1e6).toFixed(1)} M code units) in ${secs.toFixed(1)} s`);
if (stats.failures.length === 0) {
  console.log('fuzz: all invariants held (no exception, text === source.slice(start, end), in bounds, no overlap within a kind, finite values, deterministic)');
  process.exit(0);
}
console.log(`fuzz: FAILED; cases breaking each invariant: ${JSON.stringify(stats.byInvariant)}`);
const outDir = path.join(repoRoot(), 'bench', 'out');
fs.mkdirSync(outDir, { recursive: true });
for (const f of stats.failures) {
  console.log('\n' + formatFailure(f));
  const file = path.join(outDir, `fuzz-${f.seed}-${f.index}-${f.invariant}.json`);
  fs.writeFileSync(file, JSON.stringify(f, null, 2));
  console.log(`  full case written to ${path.relative(process.cwd(), file)}`);
}
process.exit(1);
