// A short seeded fuzz run (the full one is `npm run fuzz`): mutated article text and random text
// must never break the analysis invariants. A failure names the invariant, the case to replay and
// a shrunk reproducer.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { checkAnalysis, formatFailure, makeCase, runFuzz, shrink } from '../../bench/lib/fuzz';
import { Rng } from '../../bench/lib/prng';
import { loadSeeds } from '../../bench/lib/seeds';

const SEED = Number(process.env.FUZZ_SEED ?? 1123) >>> 0;
const CASES = Number(process.env.FUZZ_CASES ?? 2000);

describe('fuzz: analysis invariants', function () {
  this.timeout(120_000);
  const seeds = loadSeeds();

  it('the harness is reproducible and its checks can fail', () => {
    // Same (seed, index) -> same case; different index -> different case.
    assert.equal(makeCase(SEED, 17, seeds).input, makeCase(SEED, 17, seeds).input);
    assert.notEqual(makeCase(SEED, 17, seeds).input, makeCase(SEED, 18, seeds).input);
    const a = new Rng(5, 1);
    const b = new Rng(5, 1);
    assert.deepEqual([a.u32(), a.u32()], [b.u32(), b.u32()]);
    // The checker flags a wrong slice, an out-of-bounds span, an overlap and a non-finite value.
    const src = '\ufeffHamas said "no" 12 times.';
    const base = analyzeArticle(src, 'x.txt');
    const bad = {
      ...base,
      quotes: [{ start: 12, end: 14, text: 'NO', speaker: null, group: null }],
      actors: [
        { start: 0, end: 5, text: 'Hamas', name: 'Hamas', type: 'organization' as const },
        { start: 3, end: 9, text: 'as sai', name: 'x', type: 'place' as const },
      ],
      figures: [{ start: 16, end: 99, text: '12', value: NaN, qualifier: null, kind: 'count' as const, subject: '', group: null, source: null }],
    };
    const found = new Set(checkAnalysis(src, bad).map((v) => v.invariant));
    assert.deepEqual([...found].sort(), ['bounds', 'finite-value', 'overlap', 'text-slice']);
    // The shrinker keeps the failure and drops the rest.
    assert.equal(shrink('aaaa"bbbb', (s) => s.includes('"')), '"');
  });

  it(`holds for ${CASES} mutated and random inputs (seed ${SEED})`, () => {
    const stats = runFuzz(analyzeArticle, seeds, { seed: SEED, count: CASES, maxFailures: 3, shrinkBudget: 1500 });
    assert.equal(stats.cases, CASES);
    const report = stats.failures.map(formatFailure).join('\n\n');
    assert.equal(stats.failures.length, 0, `cases breaking each invariant: ${JSON.stringify(stats.byInvariant)}\n${report}`);
  });
});
