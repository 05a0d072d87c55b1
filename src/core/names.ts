// Comparing names: acronyms, spelling variants, surnames. Shared by in-article and corpus-wide resolution.

const CONNECTORS = new Set(['of', 'the', 'in', 'for', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'al', 'el', '&']);

/** The word with its first letter in upper case ("health" -> "Health"). */
export function capitalise(word: string): string {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

export function isAcronym(word: string): boolean {
  // Most words fail on their second letter (lowercase) or their length, without a regex.
  if (word.length < 2) return false;
  const second = word.charCodeAt(1);
  if ((second >= 97 && second <= 122) || (word.length > 7 && second !== 46)) return false;
  return /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}0-9&]{1,6}$/u.test(word);
}

export function acronymLetters(word: string): string {
  return word.replace(/\./g, '').toUpperCase();
}

export function sameAcronym(a: string, b: string): boolean {
  return isAcronym(a) && isAcronym(b) && acronymLetters(a) === acronymLetters(b);
}

/**
 * Whether an acronym abbreviates these words: each capitalised word gives one letter in order;
 * connectors ("of", "the", "in") may give a letter or none. Hyphenated words count per part.
 */
export function acronymMatches(words: string[], acronym: string): boolean {
  const letters = acronymLetters(acronym);
  const parts = words.flatMap((w) => w.split('-')).filter(Boolean);
  if (parts.length < 2 || !/^\p{Lu}/u.test(parts[0])) return false;
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === parts.length) return j === letters.length;
    // "Centers for Disease Control and Prevention (CDC)", "... Works Agency for Palestine Refugees
    // (UNRWA)": a later "and ..." or "for ..." may fall outside the acronym.
    if (j === letters.length && i > 1 && (parts[i] === 'and' || parts[i] === '&' || parts[i] === 'for')) return true;
    const key = i * 64 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = parts[i];
    const initial = w[0].toUpperCase();
    let ok = false;
    if (CONNECTORS.has(w.toLowerCase()) && i > 0) ok = go(i + 1, j);
    if (!ok && j < letters.length && initial === letters[j]) ok = go(i + 1, j + 1);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** The words of a name, split at whitespace (what `\s` matches), without empty words. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    if (isRegexSpace(name.charCodeAt(i))) {
      if (start >= 0) out.push(name.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(start === 0 ? name : name.slice(start));
  return out;
}

/** The characters `\s` matches. */
export function isRegexSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function lastToken(name: string): string {
  const t = nameTokens(name);
  return t[t.length - 1] ?? '';
}

/**
 * Spelling variants of one name: a doubled or dropped letter ("Mercer"/"Merrcer"), a letter
 * added or changed in transliteration ("Antony"/"Anthony", "Tulkarm"/"Tulkarem").
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  if (x.length < 4 || y.length < 4 || x[0] !== y[0]) return false;
  if (undouble(x) === undouble(y)) return true;
  const limit = Math.min(x.length, y.length) >= 7 ? 2 : 1;
  return boundedEditDistance(x, y, limit) <= limit && consonantSkeleton(x) !== '' && similarSkeleton(x, y);
}

/**
 * Two spellings of one name: the same number of words, every word a spelling variant of its
 * counterpart, or the same given names with a surname transliterated differently, which may add
 * or drop more vowels than a spelling slip ("Sayeeq" / "Saiq").
 */
export function isFullNameVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  const last = a.length - 1;
  for (let k = 0; k < last; k++) if (!isSpellingVariant(a[k], b[k])) return false;
  if (isSpellingVariant(a[last], b[last])) return true;
  if (last === 0) return false;
  const given = a.slice(0, last).every((w, k) => fold(w) === fold(b[k]));
  const x = fold(a[last]);
  const y = fold(b[last]);
  return given && x.length >= 4 && y.length >= 4 && x[0] === y[0] && consonantSkeleton(x).length >= 2 && consonantSkeleton(x) === consonantSkeleton(y);
}

const foldCache = new Map<string, string>();

/** Accents and case removed. Names recur across a corpus, so results are cached (bounded). */
function fold(s: string): string {
  let folded = foldCache.get(s);
  if (folded === undefined) {
    folded = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
    if (foldCache.size >= 50_000) foldCache.clear();
    foldCache.set(s, folded);
  }
  return folded;
}

function undouble(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Consonants without doubling: "Mercer" and "Merrcer", "Antony" and "Anthony" sound alike. */
export function soundKey(word: string): string {
  // Name words recur far more than whole names: cached (bounded) like fold.
  let key = soundKeyCache.get(word);
  if (key === undefined) {
    key = consonantSkeleton(fold(word));
    if (soundKeyCache.size >= 50_000) soundKeyCache.clear();
    soundKeyCache.set(word, key);
  }
  return key;
}

const soundKeyCache = new Map<string, string>();

const INITIALS_CONNECTORS = new Set(['of', 'the', 'in', 'for', 'and', 'on']);

/** Shared by every one-word name; holds strings' elements kind so that readers see one array shape. Never written. */
const NO_INITIALS: string[] = [''];
NO_INITIALS.pop();

/** The acronyms a multiword name could be abbreviated to, with and without its connectors. */
export function initialsOf(name: string): string[] {
  // The parts of split(/[\s-]+/), walked in place: names are many and this runs once per new one.
  let withConnectors = '';
  let without = '';
  let parts = 0;
  for (let i = 0; i < name.length; ) {
    const c = name.charCodeAt(i);
    if (c === 45 || isRegexSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < name.length && name.charCodeAt(i) !== 45 && !isRegexSpace(name.charCodeAt(i))) i++;
    const initial = name[start].toUpperCase();
    withConnectors += initial;
    // Lowercasing never shortens a word, so only a short one can be a connector.
    if (i - start > 3 || !INITIALS_CONNECTORS.has(name.slice(start, i).toLowerCase())) without += initial;
    parts++;
  }
  if (parts < 2) return NO_INITIALS;
  return withConnectors === without ? [withConnectors] : [withConnectors, without];
}

function consonantSkeleton(s: string): string {
  return undouble(s.replace(/[aeiouyh]/g, ''));
}

/** Transliterations mostly add or drop vowels and an h: the consonants stay. */
function similarSkeleton(a: string, b: string): boolean {
  const x = consonantSkeleton(a);
  const y = consonantSkeleton(b);
  return x === y || boundedEditDistance(x, y, 1) <= 1;
}

/** Levenshtein distance, stopping early once it exceeds limit. Linear in length times limit. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * "X Strip" → "X", "X Motors" → "X": place and company names whose head word is optional in use.
 * The long form is canonical.
 */
const OPTIONAL_HEADS = new Set([
  'Strip', 'Province', 'Governorate', 'Region', 'District', 'Oblast', 'Prefecture', 'Territory',
  'Motors', 'Holdings', 'Group', 'Inc', 'Corp', 'Corporation', 'Company', 'Ltd', 'Plc', 'PLC', 'LLC', 'Industries', 'Technologies', 'Airlines', 'Airways',
]);

export function optionalHeadCore(name: string): string | null {
  const t = nameTokens(name);
  return t.length >= 2 && OPTIONAL_HEADS.has(t[t.length - 1]) ? t.slice(0, -1).join(' ') : null;
}

/** "State of X" → "X": the formal name of a state; the short form is canonical. */
export function formalStateCore(name: string): string | null {
  const m = /^(?:State|Republic|Kingdom|Emirate|Sultanate|Principality|Commonwealth) of (?:the )?(.+)$/.exec(name);
  return m ? m[1] : null;
}
