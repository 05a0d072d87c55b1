import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { AnalyzedArticle } from '../analyze';
import type { QuoteGroup, SpanRef } from '../format';
import { containsRun, push } from '../collections';
import { comparePaths } from '../paths';
import { UnionFind } from '../unionFind';
import { detach, mergeSorted } from './ordered';

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
  /** Position of the quote in its article. */
  index: number;
  /** Every word, lowercased and stemmed, joined by spaces: equal for the same words quoted again. */
  words: string;
  component: QuoteComponent | undefined;
}

/** One group: its members never change; a new grouping makes a new component. */
interface QuoteComponent {
  entries: QuoteEntry[];
  members: SpanRef[];
  speaker: string;
  id: string;
  /** Index in the sorted groups when id was given. */
  position: number;
  group: QuoteGroup | undefined;
}

/** The quotes of every speaker name that resolves to one corpus-wide speaker. */
interface Bucket {
  name: string;
  speakers: Set<string>;
  components: QuoteComponent[];
  wordings: WordingGraph | undefined;
}

function compareComponents(a: QuoteComponent, b: QuoteComponent): number {
  return compareRefs(a.members[0], b.members[0]);
}

/**
 * Groups one utterance quoted in several places: the same words, a fragment of them, or a
 * close rewording (a shared phrase plus substantial overlap), always by the same speaker.
 * Quotes are bucketed by speaker, so an update regroups only the speakers it touches; groups whose
 * members did not change are kept, with their ids renumbered only when the order moves them.
 */
export class QuoteLinker {
  private readonly byFile = new Map<string, QuoteEntry[]>();
  private readonly bySpeaker = new Map<string, Set<QuoteEntry>>();
  private readonly canonicalOf = new Map<string, string>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly dirtySpeakers = new Set<string>();
  private ordered: QuoteComponent[] = [];
  private groupList: QuoteGroup[] | undefined;
  /** Files whose quotes changed group since takeChangedFiles() was last called. */
  private readonly changedFiles = new Set<string>();

  update(file: string, article: AnalyzedArticle | undefined): void {
    for (const e of this.byFile.get(file) ?? []) {
      this.bySpeaker.get(e.speaker)?.delete(e);
      this.dirtySpeakers.add(e.speaker);
    }
    this.byFile.delete(file);
    if (!article) return;
    const entries: QuoteEntry[] = [];
    article.quotes.forEach((q, index) => {
      if (!q.speaker) return;
      const entry: QuoteEntry = { ref: { file, start: q.start, end: q.end }, speaker: q.speaker, index, words: tokenize(q.text).join(' '), component: undefined };
      entries.push(entry);
      let bucket = this.bySpeaker.get(q.speaker);
      if (!bucket) this.bySpeaker.set(detach(q.speaker), (bucket = new Set()));
      bucket.add(entry);
      this.dirtySpeakers.add(q.speaker);
    });
    this.byFile.set(file, entries);
  }

  /**
   * Groups with deterministic ids. canonicalSpeaker maps an article's speaker name to the
   * corpus-wide actor name, so "Merrcer" in one article and "Mercer" in another share a bucket.
   * renamed lists the names whose canonical speaker may have changed since the last call (all
   * speakers are looked up again when it is not given).
   */
  groups(canonicalSpeaker: (name: string) => string = (n) => n, renamed?: Iterable<string>): QuoteGroup[] {
    const dirtyBuckets = new Set<string>();
    const recheck = new Set(this.dirtySpeakers);
    for (const name of renamed ?? this.bySpeaker.keys()) if (this.bySpeaker.has(name)) recheck.add(name);
    for (const speaker of recheck) {
      const quoted = (this.bySpeaker.get(speaker)?.size ?? 0) > 0;
      const was = this.canonicalOf.get(speaker);
      const now = quoted ? canonicalSpeaker(speaker) : undefined;
      if (was !== now) {
        if (was !== undefined) {
          this.buckets.get(was)!.speakers.delete(speaker);
          dirtyBuckets.add(was);
          this.canonicalOf.delete(speaker);
        }
        if (now !== undefined) {
          let bucket = this.buckets.get(now);
          if (!bucket) this.buckets.set(now, (bucket = { name: detach(now), speakers: new Set(), components: [], wordings: undefined }));
          const key = detach(speaker);
          bucket.speakers.add(key);
          this.canonicalOf.set(key, bucket.name);
        }
      }
      if (now !== undefined && (was !== now || this.dirtySpeakers.has(speaker))) dirtyBuckets.add(now);
      if (!quoted && this.bySpeaker.has(speaker)) this.bySpeaker.delete(speaker);
    }
    this.dirtySpeakers.clear();
    if (dirtyBuckets.size === 0 && this.groupList) return this.groupList;

    const stale = new Set<QuoteComponent>();
    const added: QuoteComponent[] = [];
    for (const canonical of dirtyBuckets) {
      const bucket = this.buckets.get(canonical)!;
      const kept = new Set<QuoteComponent>();
      const next: QuoteComponent[] = [];
      if (bucket.speakers.size) {
        const entries = [...bucket.speakers].sort().flatMap((s) => [...this.bySpeaker.get(s)!]);
        const graph = linkWordings(bucket.wordings, entries);
        // Kept only where a regrouping costs more than the memory: a speaker quoted in many wordings.
        bucket.wordings = graph.wordings.length >= KEEP_GRAPH_FROM ? graph : undefined;
        for (const members of componentsOf(graph, entries)) {
          // The same quotes as before keep their group, so nothing downstream has to change.
          const old = members[0].component;
          if (old && old.speaker === bucket.name && old.entries.length === members.length && !kept.has(old) && members.every((e) => e.component === old)) {
            kept.add(old);
            next.push(old);
            continue;
          }
          const component: QuoteComponent = { entries: members, members: members.map((e) => e.ref).sort(compareRefs), speaker: bucket.name, id: '', position: -1, group: undefined };
          next.push(component);
          added.push(component);
        }
      }
      for (const old of bucket.components) {
        if (kept.has(old)) continue;
        stale.add(old);
        for (const e of old.entries) {
          if (e.component === old) e.component = undefined;
          this.changedFiles.add(e.ref.file);
        }
      }
      bucket.components = next;
      if (!bucket.speakers.size) this.buckets.delete(canonical);
    }
    for (const c of added) for (const e of c.entries) e.component = c;
    this.ordered = mergeSorted(this.ordered, stale, added, compareComponents);
    this.groupList = this.ordered.map((c, i) => {
      if (c.position !== i || !c.group) {
        const id = `q${i + 1}`;
        c.position = i;
        c.id = id;
        c.group = { id, speaker: c.speaker, members: c.members };
        for (const m of c.members) this.changedFiles.add(m.file);
      }
      return c.group;
    });
    return this.groupList;
  }

  /** Calls back with the group id of each of the file's grouped quotes (by position in the article). */
  forEachGroup(file: string, fn: (index: number, id: string) => void): void {
    for (const e of this.byFile.get(file) ?? []) if (e.component) fn(e.index, e.component.id);
  }

  takeChangedFiles(): Set<string> {
    const out = new Set(this.changedFiles);
    this.changedFiles.clear();
    return out;
  }
}

/** A word or phrase shared by this many quotes of one speaker says nothing about which ones match. */
const MAX_KEY_SHARE = 64;

interface Wording {
  words: string[];
  content: string[];
  /** Distinct content words, in order of first use. */
  unique: string[];
  /** The blocking keys: distinct content words, then distinct two-word phrases. */
  keys: string[];
}

function wordingOf(joined: string): Wording {
  const words = joined ? joined.split(' ') : [];
  const content = words.filter((w) => !STOPWORDS.has(w));
  const unique = [...new Set(content)];
  const phrases = new Set<string>();
  for (let k = 1; k < content.length; k++) phrases.add(`${content[k - 1]} ${content[k]}`);
  return { words, content, unique, keys: [...unique, ...phrases] };
}

/**
 * "Same utterance" among the distinct wordings of one speaker's quotes. Only wordings that share
 * their rarest content word (every fragment shares all its words with its whole) or a two-word
 * phrase are compared, so a prolific speaker costs about linear time, not a comparison of every pair.
 *
 * The groups are the connected components of "w is a candidate of v and v says the same as w"; they
 * depend on the set of distinct wordings only, so the graph is kept: quotes repeating known words
 * change nothing, and new wordings are linked in as long as no wording loses a candidate it matched.
 */
interface WordingGraph {
  index: Map<string, number>;
  wordings: Wording[];
  byKey: Map<string, number[]>;
  /** Each wording's rarest-word list (an entry of byKey): the candidates it was compared with. */
  rarest: number[][];
  sets: UnionFind;
}

/** The list of the wording's rarest content word: the first of its words in the fewest wordings. */
function rarestList(w: Wording, byKey: Map<string, number[]>): number[] | undefined {
  let rarest: number[] | undefined;
  for (const word of w.unique) {
    const list = byKey.get(word)!;
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return rarest;
}

const NO_CANDIDATES: number[] = [];

/** Distinct wordings from which a speaker's graph is kept between updates. */
const KEEP_GRAPH_FROM = 256;

/** Compares wording i with its candidates and joins it to those that say the same. */
function linkCandidates(g: WordingGraph, i: number, listedBy: number[], only?: (j: number) => boolean): void {
  const e = g.wordings[i];
  const check = (list: number[]): void => {
    for (const j of list) {
      if (listedBy[j] === i || (only && !only(j))) continue;
      listedBy[j] = i;
      if (j === i || g.sets.find(i) === g.sets.find(j)) continue;
      if (sameUtterance(e, g.wordings[j])) g.sets.union(i, j);
    }
  };
  check(g.rarest[i]);
  for (const key of e.keys) {
    if (!key.includes(' ')) continue;
    const list = g.byKey.get(key)!;
    if (list.length <= MAX_KEY_SHARE) check(list);
  }
}

function buildWordings(distinct: string[]): WordingGraph {
  const g: WordingGraph = { index: new Map(), wordings: [], byKey: new Map(), rarest: [], sets: new UnionFind(distinct.length) };
  distinct.forEach((joined, i) => {
    g.index.set(joined, i);
    const w = (g.wordings[i] = wordingOf(joined));
    for (const key of w.keys) push(g.byKey, key, i);
  });
  g.wordings.forEach((w, i) => (g.rarest[i] = rarestList(w, g.byKey) ?? NO_CANDIDATES));
  const listedBy: number[] = new Array<number>(distinct.length).fill(-1);
  for (let i = 0; i < distinct.length; i++) linkCandidates(g, i, listedBy);
  return g;
}

/** The graph for the entries' wordings: the previous one extended when that gives the same result. */
function linkWordings(previous: WordingGraph | undefined, entries: QuoteEntry[]): WordingGraph {
  // Quotes of the same words share one string from now on.
  const shared = new Map<string, string>();
  for (const e of entries) {
    const first = shared.get(e.words);
    if (first === undefined) shared.set(e.words, e.words);
    else e.words = first;
  }
  const distinct = [...shared.keys()];
  if (!previous || distinct.length < previous.wordings.length) return buildWordings(distinct);
  const added = distinct.filter((w) => !previous.index.has(w));
  // A wording gone takes its matches with it: the groups it joined may fall apart.
  if (distinct.length - added.length !== previous.wordings.length) return buildWordings(distinct);
  if (added.length === 0) return previous;
  const g = previous;
  const before = g.wordings.length;
  const touched = new Set<number>();
  for (const joined of added) {
    const i = g.sets.add();
    g.index.set(joined, i);
    const w = (g.wordings[i] = wordingOf(joined));
    for (const key of w.keys) {
      const list = g.byKey.get(key);
      if (!list) {
        g.byKey.set(key, [i]);
        continue;
      }
      // A phrase too common to compare on drops the candidates it gave.
      if (key.includes(' ') && list.length === MAX_KEY_SHARE) return buildWordings(distinct);
      for (const j of list) if (j < before) touched.add(j);
      list.push(i);
    }
  }
  // Wordings sharing a key with the new ones: their rarest word may have moved. A candidate given up
  // that matched could split a group; only when none did is the old graph still right.
  const listedBy: number[] = new Array<number>(g.wordings.length).fill(-1);
  for (const i of touched) {
    const rarest = rarestList(g.wordings[i], g.byKey) ?? NO_CANDIDATES;
    if (rarest === g.rarest[i]) continue;
    const stillListed = new Set<number>(rarest);
    for (const key of g.wordings[i].keys) if (key.includes(' ') && g.byKey.get(key)!.length <= MAX_KEY_SHARE) for (const j of g.byKey.get(key)!) stillListed.add(j);
    for (const j of g.rarest[i]) {
      if (j < before && j !== i && !stillListed.has(j) && sameUtterance(g.wordings[i], g.wordings[j])) return buildWordings(distinct);
    }
    g.rarest[i] = rarest;
    // Its new candidates among the old wordings.
    linkCandidates(g, i, listedBy);
  }
  for (let i = before; i < g.wordings.length; i++) g.rarest[i] = rarestList(g.wordings[i], g.byKey) ?? NO_CANDIDATES;
  // Old wordings now listing a new one, and the new ones with all their candidates.
  const isNew = (j: number): boolean => j >= before;
  for (const i of touched) linkCandidates(g, i, listedBy, isNew);
  for (let i = before; i < g.wordings.length; i++) linkCandidates(g, i, listedBy);
  return g;
}

/** The entries grouped as their wordings are: groups of two or more. */
function componentsOf(g: WordingGraph, entries: QuoteEntry[]): QuoteEntry[][] {
  const byRoot = new Map<number, QuoteEntry[]>();
  for (const e of entries) push(byRoot, g.sets.find(g.index.get(e.words)!), e);
  return [...byRoot.values()].filter((members) => members.length > 1);
}

/** Whether two quotes by one speaker render the same statement. */
export function sameUtterance(a: { words: string[]; content: string[] }, b: { words: string[]; content: string[] }): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.content.length === 0) return false;
  // A fragment: "cannot accept" inside "Israel cannot accept that".
  if (containsRun(long.words, short.words) && (short.content.length >= 2 || short.content[0].length >= 5)) return true;
  const longWords = new Set(long.content);
  // A shared run of words is never longer than the number of the short quote's words the long one has,
  // so most pairs are settled before the quadratic search for the run.
  let inLong = 0;
  for (const w of short.content) if (longWords.has(w)) inLong++;
  if (inLong < 2) return false;
  const unique = new Set(short.content);
  let shared = 0;
  for (const w of unique) if (longWords.has(w)) shared++;
  const overlap = shared / unique.size;
  if (inLong < 3 && overlap < 0.4) return false;
  const phrase = longestSharedRun(short.content, long.content);
  if (phrase >= 3) return true;
  // "digging with our hands" / "digging with our bare hands": every content word kept, a word or
  // two added, and no negation gained or lost.
  if (overlap === 1 && shared >= 2 && long.content.length <= short.content.length + 2 && negated(short.words) === negated(long.words)) return true;
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


let runRows = new Int32Array(0);

/** Length of the longest run of words the two sequences share, in order. */
function longestSharedRun(a: string[], b: string[]): number {
  // Two rows of the dynamic programme, reused from call to call.
  if (runRows.length < 2 * (b.length + 1)) runRows = new Int32Array(4 * (b.length + 1));
  let prev = 0;
  let cur = b.length + 1;
  runRows.fill(0, 0, 2 * (b.length + 1));
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    runRows[cur] = 0;
    for (let j = 1; j <= b.length; j++) {
      const v = a[i - 1] === b[j - 1] ? runRows[prev + j - 1] + 1 : 0;
      runRows[cur + j] = v;
      if (v > best) best = v;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

function compareRefs(a: SpanRef, b: SpanRef): number {
  return comparePaths(a.file, b.file) || a.start - b.start;
}
