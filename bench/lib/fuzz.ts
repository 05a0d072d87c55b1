// Fuzzing the engine: real article text mutated with the characters news text and editors throw
// at it, plus random text, checked against the invariants every analysis must hold whatever its
// quality. Each case is generated from (seed, index) alone, so any failure can be replayed.
import { isDeepStrictEqual } from 'node:util';
import type { AnalyzedArticle } from '../../src/core/analyze';
import { Rng } from './prng';
import type { SeedArticle } from './seeds';

export type Analyze = (text: string, file: string) => AnalyzedArticle;

// ---------------------------------------------------------------- material

const QUOTES = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a', '``', "''"];
const SEPARATORS = [',', '.', ';', ':', '-', '\u2013', '\u2014', '/', '(', ')', '[', ']', '?', '!', '...', '\u2026', ' ', '  ', '\t', '%', '$', '\u20ac', '\u00a3', '&', '*', '#', '@'];
const NUMBER_WORDS = [
  'one', 'two', 'six', 'nine', 'ten', 'twelve', 'twenty', 'forty-five', 'ninety-nine', 'hundred', 'a hundred', 'thousand',
  'million', 'billion', 'trillion', 'half', 'a half', 'a third', 'a quarter', 'three-quarters', 'dozens', 'hundreds of', 'first',
  'fifth', 'twenty-first', 'one and a half', 'zero', 'none', 'several', 'a couple', 'nil', 'nine months', 'six-year-old',
];
const CAPITALISED = [
  'Benjamin Netanyahu', 'Hamas', 'Prime Minister', 'Al-Qassam Brigades', 'UN', 'U.S.', 'Gaza Strip', 'Joe Biden', 'Mr.',
  'The', 'Ministry Of Health', 'Khan Younis', 'Agence France-Presse', 'AFP', 'Kibbutz Be\u2019eri', 'McDonald', 'O\u2019Brien',
  'Abu Obeida', 'Tel Aviv', 'NEW YORK', 'X', 'Zorvan Kal Belrisa', "Netanyahu's", 'Hamas\u2019s', 'Saint-\u00c9tienne', '\u00c9mile',
];
const RTL = ['\u062d\u0645\u0627\u0633', '\u063a\u0632\u0629', '\u0661\u0662\u0663', '\u05d9\u05e9\u05e8\u05d0\u05dc', '\u05e9\u05dc\u05d5\u05dd', '\u200f', '\u200e', '\u202b', '\u202c', '\u2067', '\u2069'];
const ASTRAL = ['\u{1f600}', '\u{1f44d}\u{1f3fd}', '\u{1f1ee}\u{1f1f1}', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', '\u{1d7d9}\u{1d7da}', '\u{10348}', '\u{1f4af}', '\u{20bb7}'];
const COMBINING = ['\u0301', '\u0308', '\u0327', 'e\u0301', 'A\u030a', '\u05b7', '\u064e', '\u20dd'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const SPACES = ['\u00a0', '\u202f', '\u2009', '\u3000', '\u2028', '\u2029', '\u000b', '\u000c', '\u0085'];
const NEWLINES = ['\r\n', '\r', '\n', '\n\n', '\r\r', '\n\r'];
const LONE_SURROGATES = ['\ud800', '\udfff', '\udc00x', 'x\ud83d'];
const DIGIT_FORMS = () => ['0', '7', '1,205', '40,861', '3.5', '1.5 million', '97%', '$2 billion', '10,000,000', '1,2,3', '12.', '.5', '1,00', '2024', '7-10', '1/2', '\u00bd', '0.000001', '99999999999999999999999', '1e308', '-4'];

const CATEGORIES: { name: string; items: () => string[] }[] = [
  { name: 'quote', items: () => QUOTES },
  { name: 'digits', items: DIGIT_FORMS },
  { name: 'separator', items: () => SEPARATORS },
  { name: 'number-word', items: () => NUMBER_WORDS },
  { name: 'capitalised', items: () => CAPITALISED },
  { name: 'rtl', items: () => RTL },
  { name: 'astral', items: () => ASTRAL },
  { name: 'combining', items: () => COMBINING },
  { name: 'zero-width', items: () => ZERO_WIDTH },
  { name: 'space', items: () => SPACES },
  { name: 'newline', items: () => NEWLINES },
];

const WORDS = ['said', 'told', 'the', 'of', 'killed', 'people', 'at least', 'about', 'more than', 'nearly', 'according to', 'percent', 'hostages', 'he said', 'she added', 'in', 'on', 'a', 'statement'];

// ---------------------------------------------------------------- generation

export interface FuzzCase {
  seed: number;
  index: number;
  /** How the input was made, for the report. */
  recipe: string;
  input: string;
}

function token(rng: Rng): string {
  if (rng.chance(0.02)) return rng.pick(LONE_SURROGATES);
  const cat = rng.pick(CATEGORIES);
  return rng.pick(cat.items());
}

function randomText(rng: Rng, maxTokens: number): string {
  const n = rng.int(0, maxTokens);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.float();
    if (r < 0.45) s += token(rng);
    else if (r < 0.8) s += rng.pick(WORDS);
    else s += ' ';
  }
  return s;
}

function mutate(text: string, rng: Rng, seeds: SeedArticle[]): { text: string; ops: string[] } {
  const ops: string[] = [];
  const count = rng.int(1, 24);
  for (let k = 0; k < count; k++) {
    const at = rng.int(0, text.length);
    const r = rng.float();
    if (r < 0.55) {
      const cat = rng.pick(CATEGORIES);
      const burst = rng.chance(0.15) ? rng.int(2, 40) : 1;
      let ins = '';
      for (let i = 0; i < burst; i++) ins += rng.pick(cat.items()) + (rng.chance(0.3) ? ' ' : '');
      text = text.slice(0, at) + ins + text.slice(at);
      ops.push(`insert:${cat.name}`);
    } else if (r < 0.7) {
      const len = rng.int(1, rng.chance(0.2) ? 400 : 12);
      text = text.slice(0, at) + text.slice(at + len);
      ops.push('delete');
    } else if (r < 0.78) {
      // Swap one quote style for another throughout a stretch.
      const from = rng.pick(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'"]);
      const to = rng.pick(QUOTES);
      const end = Math.min(text.length, at + rng.int(10, 3000));
      text = text.slice(0, at) + text.slice(at, end).split(from).join(to) + text.slice(end);
      ops.push('swap-quotes');
    } else if (r < 0.84) {
      const nl = rng.pick(['\r\n', '\r', '\u2028', '\n\n']);
      text = text.replace(/\r?\n/g, nl);
      ops.push(`newlines:${JSON.stringify(nl)}`);
    } else if (r < 0.9) {
      const len = rng.int(1, 200);
      text = text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
      ops.push('duplicate');
    } else if (r < 0.95) {
      const other = rng.pick(seeds).text;
      const from = rng.int(0, other.length);
      text = text.slice(0, at) + other.slice(from, from + rng.int(1, 500)) + text.slice(at);
      ops.push('splice-seed');
    } else {
      // Replace spaces in a stretch: NBSP, nothing, or zero-width.
      const to = rng.pick(['\u00a0', '', '\u200b', '\t']);
      const end = Math.min(text.length, at + rng.int(5, 500));
      text = text.slice(0, at) + text.slice(at, end).replace(/ /g, to) + text.slice(end);
      ops.push('respace');
    }
  }
  if (rng.chance(0.08)) {
    text = '\ufeff' + text;
    ops.push('bom');
  }
  return { text, ops };
}

/** The case `index` of the run `seed`: deterministic from those two numbers and the seed articles. */
export function makeCase(seed: number, index: number, seeds: SeedArticle[]): FuzzCase {
  const rng = new Rng(seed, index);
  const r = rng.float();
  if (r < 0.2) {
    const input = (rng.chance(0.1) ? '\ufeff' : '') + randomText(rng, rng.chance(0.05) ? 1500 : 120);
    return { seed, index, recipe: 'random', input };
  }
  const base = rng.pick(seeds);
  let text = base.text;
  let window = 'whole';
  if (r < 0.96) {
    // Most cases work on a window of an article: cheaper, and edges land mid-sentence or mid-quote.
    const len = rng.int(1, rng.chance(0.15) ? 2000 : 500);
    const from = rng.int(0, Math.max(0, text.length - len));
    text = text.slice(from, from + len);
    window = `${from}+${len}`;
  }
  const m = mutate(text, rng, seeds);
  return { seed, index, recipe: `${base.file}[${window}] ${m.ops.join(',')}`, input: m.text };
}

// ---------------------------------------------------------------- invariants

export interface Violation {
  invariant: string;
  detail: string;
}

const ACTOR_TYPES = new Set(['person', 'organization', 'place']);
const FIGURE_KINDS = new Set(['count', 'percent', 'money', 'duration', 'age', 'ordinal', 'other']);
const QUALIFIERS = new Set(['at least', 'about', 'more than', 'less than', 'up to', 'nearly', null]);

/** Every invariant an analysis must satisfy for `input`, whatever the engine's accuracy. */
export function checkAnalysis(input: string, out: AnalyzedArticle): Violation[] {
  const v: Violation[] = [];
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!out || !Array.isArray(out.quotes) || !Array.isArray(out.actors) || !Array.isArray(out.figures)) {
    return [{ invariant: 'format', detail: 'quotes, actors and figures must be arrays' }];
  }
  const kinds: [string, { start: number; end: number; text: string }[]][] = [
    ['quotes', out.quotes],
    ['actors', out.actors],
    ['figures', out.figures],
  ];
  for (const [kind, spans] of kinds) {
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      const where = `${kind}[${i}] ${JSON.stringify({ start: s.start, end: s.end, text: s.text })}`;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) {
        v.push({ invariant: 'bounds', detail: `${where}: offsets must be integers` });
        continue;
      }
      if (s.start < 0 || s.end > source.length || s.start >= s.end) {
        v.push({ invariant: 'bounds', detail: `${where}: need 0 <= start < end <= ${source.length}` });
        continue;
      }
      if (s.text !== source.slice(s.start, s.end)) {
        v.push({ invariant: 'text-slice', detail: `${where}: source.slice gives ${JSON.stringify(source.slice(s.start, s.end))}` });
      }
    }
    const sorted = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].start < sorted[i - 1].end) {
        const a = sorted[i - 1];
        const b = sorted[i];
        v.push({ invariant: 'overlap', detail: `${kind}: [${a.start},${a.end}) ${JSON.stringify(a.text)} overlaps [${b.start},${b.end}) ${JSON.stringify(b.text)}` });
        break;
      }
    }
  }
  out.figures.forEach((f, i) => {
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) v.push({ invariant: 'finite-value', detail: `figures[${i}] ${JSON.stringify(f.text)}: value ${String(f.value)}` });
    if (!FIGURE_KINDS.has(f.kind)) v.push({ invariant: 'format', detail: `figures[${i}]: kind ${JSON.stringify(f.kind)}` });
    if (!QUALIFIERS.has(f.qualifier)) v.push({ invariant: 'format', detail: `figures[${i}]: qualifier ${JSON.stringify(f.qualifier)}` });
  });
  out.actors.forEach((a, i) => {
    if (!ACTOR_TYPES.has(a.type)) v.push({ invariant: 'format', detail: `actors[${i}]: type ${JSON.stringify(a.type)}` });
    if (typeof a.name !== 'string' || a.name === '') v.push({ invariant: 'format', detail: `actors[${i}]: name ${JSON.stringify(a.name)}` });
  });
  out.quotes.forEach((q, i) => {
    if (q.speaker !== null && typeof q.speaker !== 'string') v.push({ invariant: 'format', detail: `quotes[${i}]: speaker ${JSON.stringify(q.speaker)}` });
  });
  return v;
}

export interface CaseResult {
  violations: Violation[];
  output?: AnalyzedArticle;
}

/** Analyses `input` and checks it; an exception is a violation like any other. */
export function runOne(analyze: Analyze, input: string): CaseResult {
  let output: AnalyzedArticle;
  try {
    output = analyze(input, 'fuzz.txt');
  } catch (e) {
    return { violations: [{ invariant: 'exception', detail: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e) }] };
  }
  let violations: Violation[];
  try {
    violations = checkAnalysis(input, output);
  } catch (e) {
    violations = [{ invariant: 'format', detail: `output could not be checked: ${String(e)}` }];
  }
  return { violations, output };
}

/**
 * Whether analysing `input` again, after analysing `other` in between (to expose state kept
 * across calls: a global regex's lastIndex, a module-level cache), gives a deep-equal result.
 */
export function deterministic(analyze: Analyze, input: string, first: AnalyzedArticle, other: string): boolean {
  try {
    analyze(other, 'other.txt');
    return isDeepStrictEqual(analyze(input, 'fuzz.txt'), first);
  } catch {
    return false;
  }
}

/** Does `input` break `invariant`? (the predicate the shrinker keeps true) */
export function breaks(analyze: Analyze, input: string, invariant: string, other: string): boolean {
  const r = runOne(analyze, input);
  if (invariant === 'determinism') {
    if (!r.output) return false;
    return !deterministic(analyze, input, r.output, other);
  }
  return r.violations.some((x) => x.invariant === invariant);
}

/**
 * A smaller input that still breaks `invariant`: delta debugging over UTF-16 code units,
 * removing chunks (halves, quarters, ... single units) while the failure persists.
 * Bounded by `budget` analyses.
 */
export function shrink(input: string, stillFails: (s: string) => boolean, budget = 4000): string {
  let cur = input;
  let tries = 0;
  let chunk = Math.max(1, Math.floor(cur.length / 2));
  while (chunk >= 1 && tries < budget) {
    let removed = false;
    for (let at = 0; at < cur.length && tries < budget; ) {
      const candidate = cur.slice(0, at) + cur.slice(at + chunk);
      tries++;
      if (candidate !== cur && stillFails(candidate)) {
        cur = candidate;
        removed = true;
      } else {
        at += chunk;
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2);
    else chunk = Math.min(chunk, Math.max(1, Math.floor(cur.length / 2)));
  }
  return cur;
}

export interface Failure {
  seed: number;
  index: number;
  recipe: string;
  invariant: string;
  detail: string;
  input: string;
  minimal: string;
  minimalDetail: string;
}

export interface RunStats {
  cases: number;
  chars: number;
  failures: Failure[];
  byInvariant: Record<string, number>;
}

/**
 * Runs cases [from, from + count) of `seed`. Stops collecting after `maxFailures` distinct failing
 * cases (each shrunk to a minimal reproducer) but keeps counting violations per invariant.
 */
export function runFuzz(
  analyze: Analyze,
  seeds: SeedArticle[],
  opts: { seed: number; count: number; from?: number; maxFailures?: number; shrinkBudget?: number; onProgress?: (done: number) => void },
): RunStats {
  const from = opts.from ?? 0;
  const maxFailures = opts.maxFailures ?? 3;
  const stats: RunStats = { cases: 0, chars: 0, failures: [], byInvariant: {} };
  const seen = new Set<string>();
  let prev: { input: string; output: AnalyzedArticle } | undefined;
  const other = seeds[0]?.text ?? '';
  for (let i = from; i < from + opts.count; i++) {
    const c = makeCase(opts.seed, i, seeds);
    stats.cases++;
    stats.chars += c.input.length;
    const r = runOne(analyze, c.input);
    const violations = [...r.violations];
    const otherInput = prev?.input ?? other;
    // Determinism, checked against the previous case's input so that a call in between could
    // disturb any state leaking across calls.
    if (r.output && !deterministic(analyze, c.input, r.output, otherInput)) {
      violations.push({ invariant: 'determinism', detail: 'analysing the same input twice gave different results' });
    }
    if (r.output) prev = { input: c.input, output: r.output };
    const kinds = new Set(violations.map((v) => v.invariant));
    for (const k of kinds) stats.byInvariant[k] = (stats.byInvariant[k] ?? 0) + 1;
    for (const v of violations) {
      if (stats.failures.length >= maxFailures || seen.has(v.invariant)) continue;
      seen.add(v.invariant);
      const minimal = shrink(c.input, (s) => breaks(analyze, s, v.invariant, otherInput), opts.shrinkBudget);
      const again = runOne(analyze, minimal).violations.find((x) => x.invariant === v.invariant);
      stats.failures.push({
        seed: opts.seed,
        index: i,
        recipe: c.recipe,
        invariant: v.invariant,
        detail: v.detail,
        input: c.input,
        minimal,
        minimalDetail: again?.detail ?? v.detail,
      });
    }
    if (opts.onProgress && (i - from + 1) % 1000 === 0) opts.onProgress(i - from + 1);
  }
  return stats;
}

export function formatFailure(f: Failure): string {
  return [
    `invariant broken: ${f.invariant}`,
    `  seed ${f.seed}, case ${f.index} (${f.recipe})`,
    `  ${f.detail}`,
    `  minimal input (${f.minimal.length} code units, from ${f.input.length}): ${JSON.stringify(f.minimal)}`,
    `  on the minimal input: ${f.minimalDetail}`,
    `  replay: npm run fuzz -- --seed ${f.seed} --case ${f.index}`,
  ].join('\n');
}
