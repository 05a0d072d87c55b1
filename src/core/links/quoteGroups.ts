import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { AnalyzedArticle } from '../analyze';
import type { QuoteGroup, SpanRef } from '../format';
import { containsRun } from '../collections';
import { comparePaths } from '../paths';
import { UnionFind } from '../unionFind';

/** Function words that carry no identity; negations stay, since "cannot accept" and "accept" differ. */
const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'we our us you your he his him she her they their them i me my which who whom what there here so than then just very ' +
    'all any some such while also into over about up out has have had do does did will would shall should can could may might must')
    .split(' '),
);

interface QuoteEntry {
  ref: SpanRef;
  speaker: string;
  /** Every word, in order, lowercased and stemmed: for fragment containment. */
  words: string[];
  /** Content words only, in order: for shared phrases and overlap. */
  content: string[];
}

/**
 * Groups one utterance quoted in several places: the same words, a fragment of them, or a
 * close rewording (a shared phrase plus substantial overlap), always by the same speaker.
 * Quotes are bucketed by speaker, so an update regroups only the speakers it touches.
 */
export class QuoteLinker {
  private readonly byFile = new Map<string, QuoteEntry[]>();
  private readonly bySpeaker = new Map<string, Set<QuoteEntry>>();
  private readonly componentsBySpeaker = new Map<string, QuoteEntry[][]>();
  private readonly dirtySpeakers = new Set<string>();

  update(file: string, article: AnalyzedArticle | undefined): void {
    for (const e of this.byFile.get(file) ?? []) {
      this.bySpeaker.get(e.speaker)?.delete(e);
      this.dirtySpeakers.add(e.speaker);
    }
    this.byFile.delete(file);
    if (!article) return;
    const entries: QuoteEntry[] = [];
    for (const q of article.quotes) {
      if (!q.speaker) continue;
      const words = tokenize(q.text);
      const entry: QuoteEntry = { ref: { file, start: q.start, end: q.end }, speaker: q.speaker, words, content: words.filter((w) => !STOPWORDS.has(w)) };
      entries.push(entry);
      let bucket = this.bySpeaker.get(q.speaker);
      if (!bucket) this.bySpeaker.set(q.speaker, (bucket = new Set()));
      bucket.add(entry);
      this.dirtySpeakers.add(q.speaker);
    }
    this.byFile.set(file, entries);
  }

  /**
   * Groups with deterministic ids. canonicalSpeaker maps an article's speaker name to the
   * corpus-wide actor name, so "Merrcer" in one article and "Mercer" in another share a bucket.
   */
  groups(canonicalSpeaker: (name: string) => string = (n) => n): QuoteGroup[] {
    const merged = new Map<string, string[]>();
    for (const [speaker, bucket] of this.bySpeaker) {
      if (bucket.size === 0) continue;
      const canonical = canonicalSpeaker(speaker);
      const list = merged.get(canonical);
      if (list) list.push(speaker);
      else merged.set(canonical, [speaker]);
    }
    const raw: { speaker: string; members: SpanRef[] }[] = [];
    for (const [canonical, speakers] of merged) {
      const key = `${canonical}\u0000${speakers.sort().join('\u0000')}`;
      const stale = !this.componentsBySpeaker.has(key) || speakers.some((s) => this.dirtySpeakers.has(s));
      if (stale) {
        const entries = speakers.flatMap((s) => [...(this.bySpeaker.get(s) ?? [])]);
        this.componentsBySpeaker.set(key, components(entries));
      }
      for (const component of this.componentsBySpeaker.get(key)!) {
        raw.push({ speaker: canonical, members: component.map((e) => e.ref).sort(compareRefs) });
      }
    }
    for (const key of [...this.componentsBySpeaker.keys()]) {
      const [canonical, ...speakers] = key.split('\u0000');
      if (merged.get(canonical)?.join('\u0000') !== speakers.join('\u0000')) this.componentsBySpeaker.delete(key);
    }
    this.dirtySpeakers.clear();
    raw.sort((a, b) => compareRefs(a.members[0], b.members[0]));
    return raw.map((g, i) => ({ id: `q${i + 1}`, speaker: g.speaker, members: g.members }));
  }
}

/** A word or phrase shared by this many quotes of one speaker says nothing about which ones match. */
const MAX_KEY_SHARE = 64;

/**
 * Connected components of "same utterance". Only quotes that share their rarest content word
 * (every fragment shares all its words with its whole) or a two-word phrase are compared, so a
 * prolific speaker costs about linear time, not a comparison of every pair.
 */
function components(entries: QuoteEntry[]): QuoteEntry[][] {
  const sets = new UnionFind(entries.length);
  // The same words quoted again are one utterance at once; only distinct wordings are compared.
  const firstWithWords = new Map<string, number>();
  const distinct: number[] = [];
  entries.forEach((e, i) => {
    const key = e.words.join(' ');
    const first = firstWithWords.get(key);
    if (first === undefined) {
      firstWithWords.set(key, i);
      distinct.push(i);
    } else sets.union(first, i);
  });
  const byKey = new Map<string, number[]>();
  const keysOf = new Map<number, Set<string>>();
  for (const i of distinct) {
    const e = entries[i];
    const keys = new Set<string>(e.content);
    for (let k = 1; k < e.content.length; k++) keys.add(`${e.content[k - 1]} ${e.content[k]}`);
    keysOf.set(i, keys);
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  }
  for (const i of distinct) {
    const e = entries[i];
    const candidates = new Set<number>();
    const words = [...new Set(e.content)].sort((x, y) => (byKey.get(x)?.length ?? 0) - (byKey.get(y)?.length ?? 0));
    if (words.length) for (const j of byKey.get(words[0]) ?? []) candidates.add(j);
    for (const key of keysOf.get(i)!) {
      if (!key.includes(' ')) continue;
      const list = byKey.get(key) ?? [];
      if (list.length <= MAX_KEY_SHARE) for (const j of list) candidates.add(j);
    }
    for (const j of candidates) {
      if (j === i || sets.find(i) === sets.find(j)) continue;
      if (sameUtterance(e, entries[j])) sets.union(i, j);
    }
  }
  return sets
    .sets()
    .filter((members) => members.length > 1)
    .map((members) => members.map((i) => entries[i]));
}

/** Whether two quotes by one speaker render the same statement. */
export function sameUtterance(a: { words: string[]; content: string[] }, b: { words: string[]; content: string[] }): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.content.length === 0) return false;
  // A fragment: "cannot accept" inside "Israel cannot accept that".
  if (containsRun(long.words, short.words) && (short.content.length >= 2 || short.content[0].length >= 5)) return true;
  const longWords = new Set(long.content);
  const shared = new Set(short.content.filter((w) => longWords.has(w)));
  const overlap = shared.size / new Set(short.content).size;
  const phrase = longestSharedRun(short.content, long.content);
  if (phrase >= 3) return true;
  // "digging with our hands" / "digging with our bare hands": every content word kept, a word or
  // two added, and no negation gained or lost.
  if (overlap === 1 && shared.size >= 2 && long.content.length <= short.content.length + 2 && negated(short.words) === negated(long.words)) return true;
  return phrase >= 2 && overlap >= 0.4;
}

/** Negations as tokenize leaves them (stemmed, apostrophes dropped: "don't" -> "dont"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'nobodi', 'noth', 'none', 'without']);
const CONTRACTED_NEGATION = /^(do|does|did|is|are|was|were|have|has|had|could|would|should|ca|wo|must|need|ai)nt$/;

function negated(words: string[]): boolean {
  return words.some((w) => NEGATIONS.has(w) || CONTRACTED_NEGATION.test(w));
}

export function tokenize(text: string): string[] {
  return (text.toLowerCase().replace(/[\u2019']/g, "'").match(/[a-z0-9']+/g) ?? [])
    .map((w) => w.replace(/'s$/, '').replace(/'/g, ''))
    .filter(Boolean)
    .map(stem);
}

const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/** Porter stems, cached: quotes reuse a small vocabulary and stemming is the costly part. */
function stem(word: string): string {
  if (word.length <= 3) return word;
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}


/** Length of the longest run of words the two sequences share, in order. */
function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    }
    prev = cur;
  }
  return best;
}

function compareRefs(a: SpanRef, b: SpanRef): number {
  return comparePaths(a.file, b.file) || a.start - b.start;
}
