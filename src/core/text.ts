// Paragraphs and sentences in one linear pass each. natural's SentenceTokenizer is avoided:
// it is quadratic on long input and loses offsets.

export interface Range {
  start: number;
  end: number;
}

export interface TextLayout {
  text: string;
  paragraphs: Range[];
  sentences: Range[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'dept', 'min', 'max',
]);

/** Lines are paragraphs: news text scraped to plain text keeps one paragraph per line. */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      let s = start;
      let e = i;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
}

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']']);

/** Sentences inside each paragraph: a full stop, ? or ! (with closing marks) before a space and a capital, digit or quote. */
export function splitSentences(text: string, paragraphs: Range[]): Range[] {
  const out: Range[] = [];
  for (const p of paragraphs) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (ch !== '.' && ch !== '?' && ch !== '!') continue;
      let j = i + 1;
      while (j < p.end && CLOSERS.has(text[j])) j++;
      if (j >= p.end || text[j] !== ' ') continue;
      let k = j;
      while (k < p.end && text[k] === ' ') k++;
      if (k >= p.end) continue;
      const next = text[k];
      if (!/[A-Z0-9"\u201c\u2018'(\u2014-]/.test(next)) continue;
      if (ch === '.' && i === j - 1 && isAbbreviation(text, i, s)) continue;
      if (ch === '.' && text[i - 1] === '.' ) {
        // An ellipsis inside a sentence rarely ends it when a quote continues.
        if (text[i - 2] === '.' && /["\u201c]/.test(text[k]) === false && /[a-z]/.test(next)) continue;
      }
      out.push({ start: s, end: j });
      s = k;
      i = k - 1;
    }
    if (s < p.end) out.push({ start: s, end: p.end });
  }
  return out;
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let b = dot;
  const limit = Math.max(floor, dot - 12); // abbreviations are short; never rescan a long run
  while (b > limit && /[A-Za-z.]/.test(text[b - 1])) b--;
  const word = text.slice(b, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Smith") and dotted acronyms ("U.S.") do not end sentences when a name follows.
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[b] ?? '')) return true;
  return /^([a-z]\.)+[a-z]$/.test(word);
}

export function layout(text: string): TextLayout {
  const paragraphs = splitParagraphs(text);
  return { text, paragraphs, sentences: splitSentences(text, paragraphs) };
}

/** Index of the range containing offset (ranges sorted, disjoint), or -1. */
export function rangeIndexAt(ranges: Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last range starting at or before offset, or -1. */
export function rangeIndexBefore(ranges: Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
