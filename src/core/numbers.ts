// Tokens with offsets and the numeric expressions among them ("52,318", "1.5 million", "two dozen",
// "six-week", "fifth month", "half"). One linear pass each; no backtracking regular expressions.
import { CARDINALS, FRACTIONS, ORDINALS, SCALES, TENS } from './lexicon/numberWords';
import { CURRENCY_SYMBOLS, PERCENT_WORDS, TIME_UNITS } from './lexicon/units';

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lowercased raw text. */
  lo: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const MAX_DIGITS = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(text[i]);
}

function isAlnum(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (isDigit(text.charCodeAt(i)) || isLetter(text, i));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/**
 * Splits text into words, numbers and single punctuation marks, in one pass. Commas and points
 * between digits stay inside a number ("52,318", "1.5"); hyphens and apostrophes between letters or
 * digits stay inside a word ("six-week", "Ukraine's").
 */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  const n = Math.min(to, text.length);
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isAlnum(text, i)) {
      // Keep surrogate pairs together so offsets never split a character.
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const raw = text.slice(i, i + w);
      out.push({ start: i, end: i + w, raw, lo: raw, kind: 'punct', cap: false });
      i += w;
      continue;
    }
    const start = i;
    let hasLetter = false;
    // No capital and nothing beyond ASCII: the token is its own lowercase form.
    let lowercase = true;
    while (i < n) {
      const cc = text.charCodeAt(i);
      if (isDigit(cc) || (cc < 128 && isAsciiLetter(cc))) {
        if (!isDigit(cc)) hasLetter = true;
        if (cc <= 90 && cc >= 65) lowercase = false;
        i++;
        continue;
      }
      if (cc >= 128 && isLetter(text, i)) {
        hasLetter = true;
        lowercase = false;
        i++;
        continue;
      }
      const ch = text[i];
      const prevDigit = isDigit(text.charCodeAt(i - 1));
      const nextDigit = i + 1 < n && isDigit(text.charCodeAt(i + 1));
      if ((ch === ',' || ch === '.') && prevDigit && nextDigit && !hasLetter) {
        i++;
        continue;
      }
      if ((ch === '-' || ch === '\u2011') && isAlnum(text, i - 1) && i + 1 < n && isAlnum(text, i + 1)) {
        hasLetter = true; // a hyphenated token is read as a word ("24-hour", "2024-05-06")
        i++;
        continue;
      }
      if ((ch === "'" || ch === '\u2019') && isLetter(text, i - 1) && i + 1 < n && isLetter(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    const c0 = raw.charCodeAt(0);
    out.push({
      start,
      end: i,
      raw,
      lo: lowercase ? raw : raw.toLowerCase(),
      kind: hasLetter ? 'word' : 'num',
      cap: c0 < 128 ? c0 >= 65 && c0 <= 90 : isLetter(raw, 0) && raw[0] !== raw[0].toLowerCase(),
    });
  }
  return out;
}

const NUMBER_CUES: ReadonlySet<string> = new Set([
  ...CARDINALS.keys(), ...ORDINALS.keys(), ...FRACTIONS.keys(), 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion',
]);

/** Whether text[start, end) may hold a numeric expression: a digit or a number word. One pass. */
/**
 * hasNumberCue of each sentence. Whether a sentence has a digit is read off the next digit in the
 * text, found by one search kept until the sentences pass it; only a sentence without one has its
 * words walked.
 */
export function numberCueSentences(text: string, sentences: readonly { start: number; end: number }[]): Uint8Array {
  const wanted = new Uint8Array(sentences.length);
  let searchedFrom = -1;
  let nextDigit = -1; // the first digit at or after searchedFrom, -1 for none
  for (let s = 0; s < sentences.length; s++) {
    const { start, end } = sentences[s];
    if (searchedFrom < 0 || start < searchedFrom || (nextDigit >= 0 && nextDigit < start)) {
      DIGIT.lastIndex = start;
      nextDigit = DIGIT.exec(text)?.index ?? -1;
      searchedFrom = start;
    }
    if ((nextDigit >= 0 && nextDigit < end) || hasNumberCue(text, start, end)) wanted[s] = 1;
  }
  return wanted;
}

const DIGIT = /[0-9]/g;

export function hasNumberCue(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return true;
    if (isAsciiLetter(c)) {
      // Walk the word through a trie of number words: no allocation.
      let node: TrieNode | null = CUE_TRIE;
      while (i < end) {
        const ch = text.charCodeAt(i);
        if (!isAsciiLetter(ch)) break;
        i++;
        node = node.next[(ch | 32) - 97];
        if (node === null) break;
      }
      if (node !== null && node.word && (i >= end || !isAsciiLetter(text.charCodeAt(i)))) return true;
      // Off the trie: the rest of the word is skipped without lookups.
      while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  return false;
}

interface TrieNode {
  /** 26 slots, null-filled so that every read stays in bounds on a packed array. */
  next: (TrieNode | null)[];
  word: boolean;
}

const trieNode = (): TrieNode => ({ next: new Array<TrieNode | null>(26).fill(null), word: false });

const CUE_TRIE: TrieNode = (() => {
  const root: TrieNode = trieNode();
  for (const w of NUMBER_CUES) {
    if (!/^[a-z]+$/.test(w)) continue;
    let node = root;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k) - 97;
      node = node.next[c] ??= trieNode();
    }
    node.word = true;
  }
  return root;
})();

/** First parts of words that can start a numeric expression ("six" of "six-week", "a" of "a million"). */
const WORD_STARTS: ReadonlySet<string> = new Set([...NUMBER_CUES, 'a', 'an', 'one']);

const WORD_START_INITIALS = new Uint8Array(128);
for (const w of WORD_STARTS) if (w.charCodeAt(0) < 128) WORD_START_INITIALS[w.charCodeAt(0)] = 1;

/** Whether the word, up to its first hyphen, is one of WORD_STARTS. */
function startsWithNumberWord(w: string): boolean {
  // Most words start with a letter no number word starts with: settled before the word is hashed.
  const c0 = w.charCodeAt(0);
  if (c0 < 128 && WORD_START_INITIALS[c0] === 0) return false;
  let head = 0;
  while (head < w.length && w.charCodeAt(head) !== 45 && w.charCodeAt(head) !== 0x2011) head++;
  // A whole word is looked up as it is (its hash is already known); only a hyphenated one is cut.
  return WORD_STARTS.has(head === w.length ? w : w.slice(0, head));
}

export interface ParsedDigits {
  value: number;
  decimals: number;
  /** Trailing zeros of the integer part when there are no decimals. */
  trailingZeros: number;
  /** Has grouping commas. */
  grouped: boolean;
  digits: number;
}

/** "52,318" / "1.5" / "250" -> value and precision; null for anything else ("1,2,3", "07.02.2024"). */
export function parseDigits(raw: string): ParsedDigits | null {
  let intDigits = 0;
  let decimals = 0;
  let grouped = false;
  let seenPoint = false;
  let groupLen = -1; // digits since the last comma; -1 before any comma
  let firstGroup = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) {
      if (intDigits + decimals >= MAX_DIGITS) return null;
      if (seenPoint) decimals++;
      else {
        intDigits++;
        if (groupLen >= 0) groupLen++;
        else firstGroup++;
      }
      continue;
    }
    if (c === 44 && !seenPoint) {
      if ((groupLen === -1 && (firstGroup < 1 || firstGroup > 3)) || (groupLen !== -1 && groupLen !== 3)) return null;
      grouped = true;
      groupLen = 0;
      continue;
    }
    if (c === 46 && !seenPoint) {
      if (groupLen !== -1 && groupLen !== 3) return null;
      seenPoint = true;
      continue;
    }
    return null;
  }
  if (groupLen !== -1 && groupLen !== 3) return null;
  if (intDigits === 0 || intDigits + decimals > MAX_DIGITS || (seenPoint && decimals === 0)) return null;
  const value = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  let trailingZeros = 0;
  if (decimals === 0) {
    const digits = raw.replace(/,/g, '');
    let k = digits.length - 1;
    while (k > 0 && digits[k] === '0') {
      trailingZeros++;
      k--;
    }
  }
  return { value, decimals, trailingZeros, grouped, digits: intDigits + decimals };
}

export type ExprForm = 'digits' | 'words' | 'ordinal' | 'fraction' | 'hyphen';

/** A numeric expression found in the tokens; whether it is a figure is decided by the caller. */
export interface NumberExpr {
  /** First and one-past-last token of the span. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  form: ExprForm;
  /** Precision of the written number: "250" -> 10, "1.5 million" -> 100000, "1,437" -> 1. */
  roundingUnit: number;
  /** The number was rounded by writing it with a scale word ("1.5 million", "a million"). */
  scaled: boolean;
  /** Time unit inside the span ("nine months", "six-week"), if any. */
  timeUnit: string | null;
  unitDays: number;
  percent: boolean;
  currency: string | null;
  /** "-year-old" ages written as one token. */
  age: boolean;
  /** A number fused with a noun into an adjective ("6.8-magnitude"). */
  compound: boolean;
}

function isPunct(t: Token | undefined, ch: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.raw === ch;
}

function roundingOf(d: ParsedDigits, scale: number): number {
  if (d.decimals > 0) return Math.pow(10, -d.decimals) * scale;
  if (scale > 1) return scale;
  return Math.pow(10, d.trailingZeros);
}

/** Reads "twenty-five", "two hundred and fifty", "a million", "two dozen" from token i. */
function readWordNumber(tokens: Token[], i: number): { value: number; last: number; scaled: boolean; unit: number } | null {
  let total = 0;
  let current = 0;
  let any = false;
  let scaled = false;
  let unit = 1;
  let j = i;
  if ((tokens[j]?.lo === 'a' || tokens[j]?.lo === 'an') && tokens[j + 1] && SCALES.has(tokens[j + 1].lo) && tokens[j + 1].lo !== 'bn' && tokens[j + 1].lo !== 'mn') {
    current = 1;
    any = true;
    j++;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const w = t.lo;
    const card = cardinalOf(w);
    if (card !== null) {
      if (any) {
        // "twenty five", "two hundred fifty", "a million two hundred": not "two three".
        const low = current % 100;
        const joins = current === 0 || (low === 0 && card < 100) || (low >= 20 && low % 10 === 0 && card < 10);
        if (!joins) break;
      }
      current += card;
      any = true;
      continue;
    }
    if (!any) return null;
    if (w === 'hundred') {
      current = (current || 1) * 100;
      unit = 100;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      unit = 12;
      scaled = true;
      continue;
    }
    const sc = SCALES.get(w);
    if (sc !== undefined && sc >= 1000) {
      total += (current || 1) * sc;
      current = 0;
      unit = sc;
      scaled = true;
      continue;
    }
    if (w === 'and' && tokens[j + 1] && cardinalOf(tokens[j + 1].lo) !== null && (current >= 100 || total > 0)) continue;
    break;
  }
  if (!any) return null;
  // Do not end on a dangling "and".
  let last = j;
  while (last > i && tokens[last - 1].lo === 'and') last--;
  return { value: total + current, last, scaled, unit };
}

function cardinalOf(w: string): number | null {
  const v = CARDINALS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const a = w.slice(0, dash);
    const b = w.slice(dash + 1);
    const u = CARDINALS.get(b);
    if (TENS.has(a) && u !== undefined && u > 0 && u < 10) return (CARDINALS.get(a) as number) + u;
  }
  return null;
}

function ordinalOf(w: string): number | null {
  const v = ORDINALS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const a = w.slice(0, dash);
    const b = ORDINALS.get(w.slice(dash + 1));
    if (TENS.has(a) && b !== undefined && b < 10) return (CARDINALS.get(a) as number) + b;
  }
  if (isDigit(w.charCodeAt(0)) && /^\d{1,4}(st|nd|rd|th)$/.test(w)) return Number(w.replace(/\D/g, ''));
  return null;
}

/** Every numeric expression in the tokens, left to right, not overlapping. */
export function findNumberExprs(tokens: Token[]): NumberExpr[] {
  const out: NumberExpr[] = [];
  let i = 0;
  while (i < tokens.length) {
    const e = readExpr(tokens, i);
    if (e) {
      out.push(e);
      i = e.last;
    } else i++;
  }
  return out;
}

function base(tokens: Token[], first: number, last: number, value: number, form: ExprForm): NumberExpr {
  return {
    first,
    last,
    start: tokens[first].start,
    end: tokens[last - 1].end,
    value,
    form,
    roundingUnit: 1,
    scaled: false,
    timeUnit: null,
    unitDays: 0,
    percent: false,
    currency: null,
    age: false,
    compound: false,
  };
}

/** A time unit after the number extends the span ("nine months", "24 hours"). */
function withTimeUnit(tokens: Token[], e: NumberExpr): NumberExpr {
  const t = tokens[e.last];
  if (!t || t.kind !== 'word') return e;
  const u = TIME_UNITS.get(t.lo);
  if (!u) return e;
  // "4 min" but not "min." of an abbreviation list: accept either way; "second" only as plural or after 1.
  if ((t.lo === 'second' || t.lo === 'sec') && e.value !== 1) return e;
  return { ...e, last: e.last + 1, end: t.end, timeUnit: u.unit, unitDays: u.days };
}

function readExpr(tokens: Token[], i: number): NumberExpr | null {
  const t = tokens[i];
  if (t.kind === 'num') {
    const d = parseDigits(t.raw);
    if (!d) return null;
    let value = d.value;
    let last = i + 1;
    let scale = 1;
    const next = tokens[last];
    if (next && next.kind === 'word' && SCALES.has(next.lo) && next.lo !== 'dozen') {
      scale = SCALES.get(next.lo) as number;
      value *= scale;
      last++;
    }
    let first = i;
    let currency: string | null = null;
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'punct' && CURRENCY_SYMBOLS.has(prev.raw) && prev.end === t.start) {
      currency = prev.raw;
      first = i - 1;
    }
    let e = base(tokens, first, last, value, 'digits');
    e.roundingUnit = roundingOf(d, scale);
    e.scaled = scale > 1 && scale !== 100;
    e.currency = currency;
    const after = tokens[last];
    if (isPunct(after, '%') && after.start === t.end) {
      e = { ...e, last: last + 1, end: after.end, percent: true };
    } else if (after && after.kind === 'word' && (PERCENT_WORDS.has(after.lo) || (after.lo === 'per' && tokens[last + 1]?.lo === 'cent'))) {
      e.percent = true;
    } else if (!currency) {
      e = withTimeUnit(tokens, e);
    }
    return e;
  }
  if (t.kind !== 'word') return null;
  const w = t.lo;
  // Most words cannot start a number: a cheap test before the parsers.
  const c0 = w.charCodeAt(0);
  if (!isDigit(c0) && !startsWithNumberWord(w)) return null;
  // "2.3m", "$5bn", "40k": a scale letter fused to the digits.
  const fused = isDigit(c0) ? /^([\d][\d,.]*)(bn|mn|m|k|tn)$/.exec(w) : null;
  if (fused) {
    const d = parseDigits(fused[1]);
    if (!d) return null;
    const scale = fused[2] === 'bn' ? 1e9 : fused[2] === 'tn' ? 1e12 : fused[2] === 'k' ? 1e3 : 1e6;
    const prev = tokens[i - 1];
    const currency = prev && prev.kind === 'punct' && CURRENCY_SYMBOLS.has(prev.raw) && prev.end === t.start ? prev.raw : null;
    const e = base(tokens, currency ? i - 1 : i, i + 1, d.value * scale, 'digits');
    return { ...e, scaled: true, roundingUnit: roundingOf(d, scale), currency };
  }
  // Hyphenated forms: "six-week", "24-hour", "10-year-old", "twenty-five", "one-third".
  if (w.includes('-') && cardinalOf(w) === null && ordinalOf(w) === null) return readHyphenated(tokens, i);
  const ord = ordinalOf(w);
  if (ord !== null && !(FRACTIONS.has(w) && (tokens[i - 1]?.lo === 'a' || tokens[i - 1]?.lo === 'one') && tokens[i + 1]?.lo === 'of')) {
    let e = base(tokens, i, i + 1, ord, 'ordinal');
    const nt = tokens[i + 1];
    const u = nt && nt.kind === 'word' ? TIME_UNITS.get(nt.lo) : undefined;
    // The unit belongs to the quantity ("its fifth month") unless it heads a phrase ("second day of talks").
    if (u && nt.lo !== 'second' && tokens[i + 2]?.lo !== 'of' && !nt.lo.endsWith('s')) {
      e = { ...e, last: i + 2, end: nt.end, timeUnit: u.unit, unitDays: u.days };
    }
    return e;
  }
  // Fractions of a whole: "half", "a third of", "two thirds of".
  const frac = FRACTIONS.get(w);
  if (frac !== undefined && (w === 'half' || w === 'halves' || w.endsWith('s') || w === 'third' || w === 'quarter')) {
    const prev = tokens[i - 1];
    if (w === 'half') return { ...base(tokens, i, i + 1, 50, 'fraction'), percent: true };
    if (prev && (prev.lo === 'a' || prev.lo === 'one') && tokens[i + 1]?.lo === 'of') {
      return { ...base(tokens, i - 1, i + 1, Math.round(frac * 100) / 100, 'fraction'), percent: true };
    }
    return null;
  }
  if (FRACTIONS.has(w) && (tokens[i - 1]?.lo === 'a' || tokens[i - 1]?.lo === 'one') && tokens[i + 1]?.lo === 'of') {
    return { ...base(tokens, i - 1, i + 1, Math.round((FRACTIONS.get(w) as number) * 100) / 100, 'fraction'), percent: true };
  }
  // "one in five children": a share of a whole.
  if (w === 'one' && tokens[i + 1]?.lo === 'in') {
    const next = tokens[i + 2];
    const whole = next ? (CARDINALS.get(next.lo) ?? (next.kind === 'num' && /^\d+$/.test(next.lo) ? Number(next.lo) : undefined)) : undefined;
    if (whole !== undefined && whole >= 2 && whole <= 1000) {
      return { ...base(tokens, i, i + 3, Math.round((100 / whole) * 100) / 100, 'fraction'), percent: true };
    }
  }
  const wn = readWordNumber(tokens, i);
  if (wn) {
    // "two thirds of", "one quarter of"
    const nt = tokens[wn.last];
    if (nt && nt.kind === 'word' && FRACTIONS.has(nt.lo) && nt.lo !== 'half' && (nt.lo.endsWith('s') || wn.value === 1) && tokens[wn.last + 1]?.lo === 'of') {
      const pct = Math.round(wn.value * (FRACTIONS.get(nt.lo) as number) * 100) / 100;
      return { ...base(tokens, i, wn.last + 1, pct, 'fraction'), percent: true };
    }
    let e = base(tokens, i, wn.last, wn.value, 'words');
    e.scaled = wn.scaled;
    e.roundingUnit = wn.unit;
    const after = tokens[wn.last];
    if (after && after.kind === 'word' && (PERCENT_WORDS.has(after.lo) || (after.lo === 'per' && tokens[wn.last + 1]?.lo === 'cent'))) e.percent = true;
    else e = withTimeUnit(tokens, e);
    return e;
  }
  return null;
}

function readHyphenated(tokens: Token[], i: number): NumberExpr | null {
  const t = tokens[i];
  const parts = t.lo.split(/[-\u2011]/);
  const head = parts[0];
  let value: number | null;
  let rest = 1;
  let digitHead = false;
  if (/^[\d.,]+$/.test(head)) {
    if (parts.every((p) => /^[\d.,]+$/.test(p))) return null; // "2024-05-06", phone numbers, ranges
    const d = parseDigits(head);
    digitHead = true;
    if (!d) return null;
    value = d.value;
  } else {
    value = CARDINALS.get(head) ?? null;
    if (value === null && TENS.has(head) && parts.length > 2) {
      const u = CARDINALS.get(parts[1]);
      if (u !== undefined && u < 10) {
        value = (CARDINALS.get(head) as number) + u;
        rest = 2;
      }
    }
    if (value === null && head === 'a' && parts[1] === 'half') return null;
  }
  if (value === null) return null;
  const unitWord = parts[rest];
  const u = unitWord ? TIME_UNITS.get(unitWord) : undefined;
  const e = base(tokens, i, i + 1, value, 'hyphen');
  if (u) {
    if ((unitWord === 'year' || unitWord === 'years') && parts[rest + 1] === 'old') return { ...e, age: true };
    return { ...e, timeUnit: u.unit, unitDays: u.days };
  }
  // "one-third", "two-thirds"
  const frac = unitWord ? FRACTIONS.get(unitWord) : undefined;
  if (frac !== undefined && parts.length === rest + 1 && unitWord !== 'half') {
    return { ...e, value: Math.round(value * frac * 100) / 100, form: 'fraction', percent: true };
  }
  // "$5-million", "3-million" with scale
  const sc = unitWord ? SCALES.get(unitWord) : undefined;
  if (sc !== undefined && sc >= 1000 && parts.length === rest + 1) return { ...e, value: value * sc, scaled: true, roundingUnit: sc };
  // "6.8-magnitude", "10-storey": a measure written as a compound adjective.
  if (digitHead && unitWord && /^\p{L}+$/u.test(unitWord) && parts.length === rest + 1) return { ...e, compound: true };
  return null;
}
