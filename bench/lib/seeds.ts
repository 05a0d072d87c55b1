// Seed articles and synthetic variants of them: the same prose with different names, numbers and
// dates, so a large corpus looks like many distinct articles about overlapping actors and figures.
import fs from 'node:fs';
import path from 'node:path';
import { Rng } from './prng';

export interface SeedArticle {
  file: string;
  text: string;
}

/** The repository root, found from wherever the bundle runs (dist/bench, dist/test/unit, ...). */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function loadSeeds(): SeedArticle[] {
  const dir = path.join(repoRoot(), 'seeds');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: `seeds/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands'];

/** Capitalised words that are not names (sentence openers, function words), left alone. */
const NOT_NAMES = new Set(
  ('The A An In On At Of For From To By As But And Or If It Its He She They We You I His Her Their Our This That These Those ' +
    'There Here When While After Before Since During Under Over With Without Such Most Some Many Key People Prime Minister ' +
    'President Foreign Health Ministry State Department Office File Photo Getty Skip Reuters AFP CNN UN US Agence France Presse')
    .split(' '),
);

const SYLLABLES = ['ka', 'lo', 'mer', 'van', 'ri', 'sto', 'bel', 'dun', 'ha', 'zi', 'gor', 'el', 'mi', 'tan', 'sa', 'ru', 'fen', 'dar', 'ol', 'qui'];

/** A deterministic pool of invented capitalised names, shared across variants so actors recur. */
export function namePool(size: number, seed = 7): string[] {
  const rng = new Rng(seed, 1);
  const out = new Set<string>();
  while (out.size < size) {
    let w = '';
    const n = rng.int(2, 3);
    for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
    out.add(w[0].toUpperCase() + w.slice(1));
  }
  return [...out];
}

const POOL = namePool(400);

export interface VaryOptions {
  /** Share of distinct capitalised words (per article) replaced by invented names. */
  nameRate?: number;
}

/**
 * The seed's text with names, numbers, dates and some number words varied. Names are replaced
 * consistently within one article (so "Benjamin Netanyahu ... Netanyahu" stays an alias pair).
 */
export function varyArticle(text: string, rng: Rng, opts: VaryOptions = {}): string {
  const nameRate = opts.nameRate ?? 0.4;
  const names = new Map<string, string>();
  return text.replace(
    /\b(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\b|\b[A-Z][a-z]+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b/g,
    (tok) => {
      const c = tok.charCodeAt(0);
      if (c >= 48 && c <= 57) return varyNumber(tok, rng);
      if (c >= 97) return rng.chance(0.5) ? rng.pick(NUMBER_WORDS) : tok;
      const month = MONTHS.indexOf(tok);
      if (month >= 0) return rng.pick(MONTHS);
      if (WEEKDAYS.includes(tok)) return rng.pick(WEEKDAYS);
      if (NOT_NAMES.has(tok)) return tok;
      let mapped = names.get(tok);
      if (mapped === undefined) {
        mapped = rng.chance(nameRate) ? rng.pick(POOL) : tok;
        names.set(tok, mapped);
      }
      return mapped;
    },
  );
}

function varyNumber(tok: string, rng: Rng): string {
  const [whole, frac] = tok.split('.');
  const digits = whole.replace(/,/g, '');
  if (!frac && digits.length === 4 && /^(19|20)/.test(digits)) return String(rng.int(2015, 2026)); // a year
  const lo = digits.length === 1 ? 1 : 10 ** (digits.length - 1);
  const hi = 10 ** digits.length - 1;
  let n = String(rng.int(lo, hi));
  if (whole.includes(',')) n = n.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (frac) n += '.' + String(rng.int(0, 10 ** frac.length - 1)).padStart(frac.length, '0');
  return n;
}

/**
 * `count` synthetic articles cycling through the seeds, each varied with its own stream of `seed`.
 * Files are named so that path order interleaves seeds.
 */
export function syntheticCorpus(seeds: SeedArticle[], count: number, seed: number): SeedArticle[] {
  const out: SeedArticle[] = [];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length];
    const rng = new Rng(seed, i);
    out.push({ file: `synthetic/${String(i).padStart(width, '0')}.txt`, text: varyArticle(base.text, rng) });
  }
  return out;
}
