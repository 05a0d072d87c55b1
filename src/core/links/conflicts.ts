// When figures of one quantity cannot all be true. Each figure stands for an interval of values
// its wording allows (qualifier and the rounding of the number as written); figures conflict when
// their intervals cannot meet, taking into account how the quantity changes over time.
import type { ConflictFigure, FigureKind, Qualifier } from '../format';
import type { FigureFacets, TimeFrame } from '../figures';

/** One figure as the conflict rules see it. */
export interface Measured {
  file: string;
  start: number;
  end: number;
  text: string;
  value: number;
  qualifier: Qualifier;
  kind: FigureKind;
  date: string | null;
  source: string | null;
  facets: FigureFacets;
}

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/**
 * A bare number is exact ("1,234", "100") unless its writing shows rounding: a scale word ("1.5
 * million"), three trailing zeros ("35,000", read as thousands, at most 500 either way), or two
 * in a number of four digits or more ("1,200", read as hundreds).
 */
function roundedAsWritten(m: Measured): boolean {
  const unit = m.facets.roundingUnit || 1;
  return m.facets.scaled || (m.kind !== 'duration' && (unit >= 1000 || (unit >= 100 && Math.abs(m.value) >= 1000)));
}

/** Half the rounding step a written number implies ("around 250" -> 5; "about 7" -> 1). */
function halfStep(m: Measured): number {
  const unit = m.facets.roundingUnit || 1;
  if (unit <= 1 && m.qualifier === 'about') return Math.max(1, Math.abs(m.value) * 0.02);
  return unit / 2;
}

/** The values a figure allows, in its own unit (durations in days). */
export function intervalOf(m: Measured): Interval {
  const scale = m.kind === 'duration' || (m.kind === 'ordinal' && m.facets.unitDays > 0) ? m.facets.unitDays || 1 : 1;
  let v = m.value;
  if (m.kind === 'ordinal') {
    // "its fifth month": more than four months have passed, at most five.
    return { lo: (v - 1) * scale, hi: v * scale, loOpen: true, hiOpen: false };
  }
  const h = halfStep(m);
  switch (m.qualifier) {
    case 'at least':
      return { lo: v * scale, hi: Infinity, loOpen: false, hiOpen: false };
    case 'more than':
      return { lo: v * scale, hi: Infinity, loOpen: true, hiOpen: false };
    case 'less than':
      return { lo: 0, hi: v * scale, loOpen: false, hiOpen: true };
    case 'up to':
      return { lo: 0, hi: v * scale, loOpen: false, hiOpen: false };
    case 'nearly': {
      const lo = Math.min(v - (m.facets.roundingUnit || 1), v * 0.9);
      return { lo: lo * scale, hi: v * scale, loOpen: false, hiOpen: false };
    }
    case 'about':
      return { lo: (v - h) * scale, hi: (v + h) * scale, loOpen: false, hiOpen: false };
    default:
      if (m.facets.scaled) return { lo: (v - h) * scale, hi: (v + h) * scale, loOpen: false, hiOpen: false };
      // A bare "30,000" is read as rounded to thousands, not to its leading digit.
      if (roundedAsWritten(m)) {
        const half = Math.min(500, (m.facets.roundingUnit || 1) / 2);
        return { lo: (v - half) * scale, hi: (v + half) * scale, loOpen: false, hiOpen: false };
      }
      if (m.kind === 'duration') return { lo: (v - 0.5) * scale, hi: (v + 0.5) * scale, loOpen: false, hiOpen: false };
      v *= scale;
      return { lo: v, hi: v, loOpen: false, hiOpen: false };
  }
}

/** b lies entirely below a. */
export function below(b: Interval, a: Interval): boolean {
  return b.hi < a.lo || (b.hi === a.lo && (b.hiOpen || a.loOpen));
}

export function disjoint(a: Interval, b: Interval): boolean {
  return below(a, b) || below(b, a);
}

const dayCache = new Map<string, number>();

/** Days since the epoch; articles share few dates, and a large group asks for them again and again. */
function days(iso: string): number {
  let d = dayCache.get(iso);
  if (d === undefined) {
    d = Date.parse(`${iso}T00:00:00Z`) / 86400000;
    if (dayCache.size >= 10_000) dayCache.clear();
    dayCache.set(iso, d);
  }
  return d;
}

/** How far apart two reports of one quantity can plausibly be. */
const MAX_PLAUSIBLE_RATIO = 10;

export type Verdict = { conflict: false } | { conflict: true; why: string };

/**
 * Whether two figures of one quantity contradict each other, given how it behaves over time:
 * a single past event is fixed; a running total must not fall in a later article; a state at a
 * moment and a daily toll are only compared at the same date; the age of an ongoing thing must
 * imply one start date. Unknown dates never produce a conflict, and an article never conflicts
 * with itself.
 */
export function judge(a: Measured, b: Measured, frame: TimeFrame): Verdict {
  return judgeIntervals(a, b, intervalOf(a), intervalOf(b), frame);
}

function judgeIntervals(a: Measured, b: Measured, ia: Interval, ib: Interval, frame: TimeFrame): Verdict {
  // Articles contradict each other; one article giving two values ("revised to about 1,000 after
  // earlier saying more than 2,000") reports a revision, not a contradiction.
  if (a.file === b.file) return { conflict: false };
  // Values an order of magnitude apart ("42" beside a toll of 31,000) are two quantities the
  // grouping could not tell apart, not two reports of one.
  if (Math.min(a.value, b.value) * MAX_PLAUSIBLE_RATIO < Math.max(a.value, b.value)) return { conflict: false };
  const sameMoment = a.date !== null && a.date === b.date;
  if (frame === 'event' || sameMoment) {
    return disjoint(ia, ib) ? { conflict: true, why: toleranceReason(a, b) } : { conflict: false };
  }
  if (a.date === null || b.date === null) return { conflict: false };
  const [early, late, iEarly, iLate] = a.date < b.date ? [a, b, ia, ib] : [b, a, ib, ia];
  if (frame === 'cumulative') {
    return below(iLate, iEarly)
      ? { conflict: true, why: `the later article (${late.date}) gives a lower running total than the earlier one (${early.date})` }
      : { conflict: false };
  }
  if (frame === 'elapsed') {
    // Each figure implies when the period began; those start dates must overlap.
    const startEarly = { lo: days(early.date as string) - iEarly.hi, hi: days(early.date as string) - iEarly.lo, loOpen: iEarly.hiOpen, hiOpen: iEarly.loOpen };
    const startLate = { lo: days(late.date as string) - iLate.hi, hi: days(late.date as string) - iLate.lo, loOpen: iLate.hiOpen, hiOpen: iLate.loOpen };
    return disjoint(startEarly, startLate)
      ? { conflict: true, why: `given their dates (${early.date}, ${late.date}) they imply different start dates` }
      : { conflict: false };
  }
  return { conflict: false };
}

/** Up to this many figures in one group, every pair is judged; above it, each figure is paired with the figures that contradict it most. */
const EXHAUSTIVE_LIMIT = 40;

export interface ConflictPair<M extends Measured> {
  a: M;
  b: M;
  why: string;
}

/**
 * The conflicting pairs among figures of one quantity (sorted by file, then offset). A small group is
 * judged pair by pair. A large one (a running toll quoted by thousands of articles) would make the
 * pairs quadratic, so each figure is paired only with its strongest contradictions: at the same
 * moment, the figure with the highest floor and the one with the lowest ceiling; for a running total,
 * the earlier figure with the highest floor. Linear after sorting; every pair is still judged.
 */
export function conflictPairs<M extends Measured>(members: M[], frame: TimeFrame): ConflictPair<M>[] {
  const out: ConflictPair<M>[] = [];
  const n = members.length;
  const ivs = members.map(intervalOf);
  if (n <= EXHAUSTIVE_LIMIT) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const v = judgeIntervals(members[i], members[j], ivs[i], ivs[j], frame);
        if (v.conflict) out.push({ a: members[i], b: members[j], why: v.why });
      }
    }
    return out;
  }
  const candidates = new Set<number>(); // i * n + j with i < j
  const add = (i: number, j: number) => {
    if (i !== j) candidates.add(Math.min(i, j) * n + Math.max(i, j));
  };
  const extremes = (idx: number[], iv: Interval[]) => {
    let maxLo = idx[0];
    let minHi = idx[0];
    for (const i of idx) {
      if (iv[i].lo > iv[maxLo].lo) maxLo = i;
      if (iv[i].hi < iv[minHi].hi) minHi = i;
    }
    for (const i of idx) {
      if (below(iv[i], iv[maxLo])) add(i, maxLo);
      if (below(iv[minHi], iv[i])) add(i, minHi);
    }
  };
  // The same moment: one event, or one date (an undated figure is compared with none but a single
  // event's, as an article never conflicts with itself).
  const moments = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const date = members[i].date;
    if (frame !== 'event' && date === null) continue;
    const key = frame === 'event' ? '' : (date as string);
    const list = moments.get(key);
    if (list) list.push(i);
    else moments.set(key, [i]);
  }
  for (const idx of moments.values()) extremes(idx, ivs);
  const dated = [...Array(n).keys()].filter((i) => members[i].date !== null).sort((x, y) => ((members[x].date as string) < (members[y].date as string) ? -1 : (members[x].date as string) > (members[y].date as string) ? 1 : x - y));
  if (frame === 'cumulative') {
    let best = -1; // the earlier figure with the highest floor
    for (let k = 0; k < dated.length; ) {
      let e = k;
      while (e < dated.length && members[dated[e]].date === members[dated[k]].date) e++;
      if (best >= 0) for (let q = k; q < e; q++) if (below(ivs[dated[q]], ivs[best])) add(dated[q], best);
      for (let q = k; q < e; q++) if (best < 0 || ivs[dated[q]].lo > ivs[best].lo) best = dated[q];
      k = e;
    }
  }
  if (frame === 'elapsed') {
    const starts: Interval[] = members.map((m, i) => {
      if (m.date === null) return ivs[i];
      const d = days(m.date);
      return { lo: d - ivs[i].hi, hi: d - ivs[i].lo, loOpen: ivs[i].hiOpen, hiOpen: ivs[i].loOpen };
    });
    extremes(dated, starts);
  }
  for (const key of [...candidates].sort((x, y) => x - y)) {
    const i = Math.floor(key / n);
    const j = key % n;
    const v = judgeIntervals(members[i], members[j], ivs[i], ivs[j], frame);
    if (v.conflict) out.push({ a: members[i], b: members[j], why: v.why });
  }
  return out;
}

/** Why two incompatible figures exceed what their wording allows. */
function toleranceReason(a: Measured, b: Measured): string {
  const pick = (q: Qualifier) => (a.qualifier === q ? a : b.qualifier === q ? b : null);
  const about = pick('about');
  if (about) return `beyond the rounding of '${written(about)}'`;
  const floor = pick('at least') ?? pick('more than');
  if (floor) return `below the floor set by '${written(floor)}'`;
  const ceiling = pick('up to') ?? pick('less than');
  if (ceiling) return `above the ceiling set by '${written(ceiling)}'`;
  const nearly = pick('nearly');
  if (nearly) return `outside the range of '${written(nearly)}'`;
  const rounded = roundedAsWritten(a) ? a : roundedAsWritten(b) ? b : null;
  if (rounded) return `beyond the rounding of '${written(rounded)}'`;
  return 'and both are given as exact numbers';
}

export function written(m: Measured): string {
  return m.qualifier ? `${m.qualifier} ${m.text}` : m.text;
}

/** 45000.5 -> "45,000.5" (Intl is slow and locale-dependent). */
export function formatNumber(n: number): string {
  const r = Math.round(Math.abs(n) * 100) / 100;
  const [int, frac] = String(r).split('.');
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return (n < 0 ? '-' : '') + out + (frac ? `.${frac}` : '');
}

/** "1,437 (the ministry) vs about 1,380 (a UN tally): they differ by 57 (4.1%), beyond the rounding of 'about 1,380'" */
export function explain(a: Measured, b: Measured, why: string): string {
  const side = (m: Measured) => {
    const notes = [m.source, m.date].filter((x): x is string => !!x);
    return notes.length ? `${written(m)} (${notes.join(', ')})` : written(m);
  };
  const diff = Math.abs(a.value - b.value);
  const base = Math.min(Math.abs(a.value), Math.abs(b.value));
  const rel = base > 0 ? ` (${(Math.round((diff / base) * 1000) / 10).toFixed(1)}%)` : '';
  const gap = a.kind === 'percent' ? `${formatNumber(diff)} points` : `${formatNumber(diff)}${rel}`;
  return `${side(a)} vs ${side(b)}: they differ by ${gap}, ${why}`;
}

export function conflictFigure(m: Measured): ConflictFigure {
  return { file: m.file, start: m.start, end: m.end, value: m.value, qualifier: m.qualifier, date: m.date };
}
