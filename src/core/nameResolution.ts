import type { ActorMention, ActorType } from './format';
import type { AcronymDefinition, Candidate, TypeVotes } from './actors';
import { voteType } from './actors';
import { UnionFind } from './unionFind';
import { acronymLetters, acronymMatches, formalStateCore, initialsOf, isAcronym, isFullNameVariant, isSpellingVariant, lastToken, nameTokens, optionalHeadCore, soundKey } from './names';

/**
 * Clusters an article's candidate names into actors (surname → full name, acronym → full name,
 * spelling variants, "X Strip" → X), types each actor by the evidence of all its mentions, and
 * names it canonically.
 */
export function resolveInArticle(candidates: Candidate[], definitions: AcronymDefinition[]): ActorMention[] {
  const index = new Map<string, number>();
  const surfaces: string[] = [];
  const surfaceOf = new Int32Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const text = candidates[k].text;
    let i = index.get(text);
    if (i === undefined) {
      i = surfaces.length;
      index.set(text, i);
      surfaces.push(text);
    }
    surfaceOf[k] = i;
  }
  const sets = new UnionFind(surfaces.length);
  const find = (i: number): number => sets.find(i);
  const union = (a: number, b: number): void => sets.union(a, b);

  const votes = surfaces.map((): TypeVotes => ({ person: 0, organization: 0, place: 0 }));
  const counts = new Int32Array(surfaces.length);
  const allWeak = new Uint8Array(surfaces.length).fill(1);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const i = surfaceOf[k];
    votes[i].person += c.votes.person;
    votes[i].organization += c.votes.organization;
    votes[i].place += c.votes.place;
    counts[i]++;
    if (!c.weak) allWeak[i] = 0;
  }
  const ownType = surfaces.map((s, i) => voteType(votes[i], tokenCount(s)));
  // What the comparisons below ask of each name, worked out once per name rather than once per pair.
  // One cache lookup per name: its blocking keys now, its facts when a comparison first needs them.
  trimNameCaches();
  const info = surfaces.map(nameInfo);
  const factsOf = (i: number): SurfaceFacts => (info[i].facts ??= computeSurfaceFacts(surfaces[i]));

  for (const d of definitions) {
    const a = index.get(d.full);
    const b = index.get(d.acronym);
    if (a !== undefined && b !== undefined) union(a, b);
  }
  unionAlike(surfaces, info, ownType, factsOf, union);

  const clusters = new Map<number, number[]>();
  for (let i = 0; i < surfaces.length; i++) {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  }

  // "Ruritanian" beside "Ruritania": a nationality adjective made from a place in the article.
  const placeSurfaces = new Set(surfaces.filter((s, i) => ownType[i] !== 'person'));
  const adjectival = new Uint8Array(surfaces.length);
  for (let i = 0; i < surfaces.length; i++) {
    if (isAdjectiveOfPlace(surfaces[i], placeSurfaces) && votes[i].person + votes[i].organization + votes[i].place < 3) adjectival[i] = 1;
  }

  const nameOf = nameClusters(clusters, surfaces, votes, counts, allWeak, adjectival, factsOf);

  const resolvedBySurface = surfaces.map((_, i) => nameOf.get(find(i)));
  const mentions: ActorMention[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const resolved = resolvedBySurface[surfaceOf[k]];
    if (resolved) mentions.push({ start: c.start, end: c.end, text: c.text, name: resolved.name, type: resolved.type });
  }
  return mentions;
}

/**
 * Joins the names that stand for one actor. Only names that share a blocking key are compared: the
 * same letters, initials, core or surname sound. Apart from resolveInArticle so each compiles small.
 */
function unionAlike(surfaces: string[], info: NameInfo[], ownType: ActorType[], factsOf: (i: number) => SurfaceFacts, union: (a: number, b: number) => void): void {
  // Most keys belong to one name only: a list is made only for a key a second name shares.
  const firstWithKey = new Map<number, number>();
  const blocks = new Map<number, number[]>();
  for (let i = 0; i < surfaces.length; i++) {
    const keys = info[i].keys;
    for (let k = 0; k < keys.length; k++) {
      const first = firstWithKey.get(keys[k]);
      if (first === undefined) firstWithKey.set(keys[k], i);
      else {
        const list = blocks.get(keys[k]);
        if (list) list.push(i);
        else blocks.set(keys[k], [first, i]);
      }
    }
  }
  const compared = new Set<number>();
  for (const members of blocks.values()) {
    if (members.length > 200) continue; // a key this common identifies nothing
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const i = Math.min(members[a], members[b]);
        const j = Math.max(members[a], members[b]);
        const pair = i * surfaces.length + j;
        if (compared.has(pair)) continue;
        compared.add(pair);
        const s = surfaces[i];
        const t = surfaces[j];
        const x = factsOf(i);
        const y = factsOf(j);
        if ((x.acronym && y.acronym && x.letters === y.letters) || (x.lower === y.lower && (x.allUpper || y.allUpper))) union(i, j);
        else if (x.acronym && acronymMatches(y.tokens, s)) union(i, j);
        else if (y.acronym && acronymMatches(x.tokens, t)) union(i, j);
        else if (x.headCore === t || y.headCore === s || x.stateCore === t || y.stateCore === s) union(i, j);
        else if (samePerson(x, ownType[i], y, ownType[j])) union(i, j);
      }
    }
  }
}

/** Each cluster's canonical name and type; null for a cluster of nothing but weak or adjectival mentions. */
function nameClusters(
  clusters: Map<number, number[]>,
  surfaces: string[],
  votes: TypeVotes[],
  counts: Int32Array,
  allWeak: Uint8Array,
  adjectival: Uint8Array,
  factsOf: (i: number) => SurfaceFacts,
): Map<number, { name: string; type: ActorType } | null> {
  const nameOf = new Map<number, { name: string; type: ActorType } | null>();
  for (const [root, members] of clusters) {
    if (members.every((m) => allWeak[m] || adjectival[m])) {
      nameOf.set(root, null);
      continue;
    }
    const total: TypeVotes = { person: 0, organization: 0, place: 0 };
    let longest = -Infinity;
    for (const m of members) {
      total.person += votes[m].person;
      total.organization += votes[m].organization;
      total.place += votes[m].place;
      longest = Math.max(longest, factsOf(m).tokens.length);
    }
    const type = voteType(total, longest);
    nameOf.set(root, { name: canonicalName(members.map((m) => ({ surface: surfaces[m], count: counts[m] })), type), type });
  }
  return nameOf;
}

interface SurfaceFacts {
  acronym: boolean;
  /** The acronym's letters (only for an acronym). */
  letters: string;
  lower: string;
  allUpper: boolean;
  tokens: string[];
  headCore: string | null;
  stateCore: string | null;
}

function computeSurfaceFacts(name: string): SurfaceFacts {
  const acronym = isAcronym(name);
  return {
    acronym,
    letters: acronym ? acronymLetters(name) : '',
    lower: name.toLowerCase(),
    allUpper: name === name.toUpperCase(),
    tokens: nameTokens(name),
    headCore: optionalHeadCore(name),
    stateCore: formalStateCore(name),
  };
}

/** What resolution works out from a name alone. Names recur across a corpus, so it is cached (bounded) and shared read-only. */
interface NameInfo {
  /** Keys under which two names that could be one actor meet, by their numbers in keyIds. */
  keys: Int32Array;
  /** Filled the first time the name is compared with another. */
  facts: SurfaceFacts | null;
}

const NAME_CACHE_LIMIT = 20_000;
const nameCache = new Map<string, NameInfo>();

function nameInfo(name: string): NameInfo {
  const cached = nameCache.get(name);
  if (cached) return cached;
  const info: NameInfo = { keys: keyNumbers(computeBlockingKeys(name)), facts: null };
  nameCache.set(name, info);
  return info;
}

/**
 * Blocking keys numbered once, so that an article groups names by number. Numbers are kept as long
 * as the names holding them: both caches are emptied together, and only between articles.
 */
const KEY_IDS_LIMIT = 100_000;
const keyIds = new Map<string, number>();

function keyNumbers(keys: string[]): Int32Array {
  const out = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    let id = keyIds.get(keys[k]);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(keys[k], id);
    }
    out[k] = id;
  }
  return out;
}

/** Called before an article's names are looked up: a name never meets another under a stale number. */
function trimNameCaches(): void {
  if (keyIds.size < KEY_IDS_LIMIT && nameCache.size < NAME_CACHE_LIMIT) return;
  keyIds.clear();
  nameCache.clear();
}

function computeBlockingKeys(name: string): string[] {
  const keys = [`lower:${name.toLowerCase()}`];
  if (isAcronym(name)) keys.push(`initials:${acronymLetters(name)}`);
  const tokens = nameTokens(name);
  for (const initials of initialsOf(name)) keys.push(`initials:${initials}`);
  for (const core of [optionalHeadCore(name), formalStateCore(name)]) if (core) keys.push(`lower:${core.toLowerCase()}`);
  for (const token of tokens) keys.push(`sound:${soundKey(token)}`);
  return [...new Set(keys)];
}

function isAdjectiveOfPlace(word: string, places: Set<string>): boolean {
  if (word.includes(' ')) return false;
  for (const suffix of ['ian', 'an', 'n', 'ese', 'i', 'ish', 'ic']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (places.has(stem) || places.has(`${stem}a`) || places.has(`${stem}ia`) || places.has(`${stem}y`)) return true;
  }
  return false;
}

const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint', 'Bin', 'Ibn']);

/** A surname alone, or the same full name spelled differently; different first names stay apart. */
function samePerson(a: SurfaceFacts, typeA: ActorType, b: SurfaceFacts, typeB: ActorType): boolean {
  if (a.acronym || b.acronym) return false;
  const ta = a.tokens;
  const tb = b.tokens;
  if (ta.length === 1 && tb.length === 1) return ta[0].length >= 5 && isSpellingVariant(ta[0], tb[0]) && typeA === 'person' && typeB === 'person';
  if (ta.length === 1 || tb.length === 1) {
    const [single, full, fullType] = ta.length === 1 ? [ta[0], tb, typeB] : [tb[0], ta, typeA];
    if (fullType !== 'person') return false;
    if (isSpellingVariant(full[full.length - 1], single)) return true;
    // "Lula" for "Luiz Inacio Lula da Silva": a name used alone that is one of a long name's later parts;
    // "Xi" for "Xi Jinping": family names written first.
    // "Faisal" for "Faisal bin Farhan": a name with a patronymic goes by the given name.
    return (full.length >= 3 && full.slice(1, -1).includes(single)) || (full.length === 2 && full[0] === single && single.length <= 4) || (full.length >= 3 && full[0] === single && PATRONYMIC_PARTICLES.has(full[1]));
  }
  return (typeA === 'person' || typeB === 'person') && isFullNameVariant(ta, tb);
}

/**
 * The name an actor goes by: the fullest form, spelled as most mentions spell it;
 * a formal state name gives way to its short form, an acronym to its expansion.
 */
export function canonicalName(forms: { surface: string; count: number }[], type: ActorType): string {
  // One form (most actors): the rules below come down to the form itself, a person's words single-spaced.
  if (forms.length === 1) {
    const surface = forms[0].surface;
    if (type === 'place' && isShoutedPlace(surface)) return titleCase(surface);
    if (type !== 'person') return surface;
    const words = nameTokens(surface);
    return words.length > 1 ? words.join(' ') : surface;
  }
  const mixedCase = forms.filter((f) => f.surface !== f.surface.toUpperCase());
  const usable = forms.filter((f) => !formalStateCore(f.surface) && (mixedCase.length === 0 || f.surface !== f.surface.toUpperCase() || isAcronym(f.surface) && !mixedCase.some((m) => m.surface.toLowerCase() === f.surface.toLowerCase())));
  const pool = usable.length ? usable : forms;
  const expanded = pool.filter((f) => !isAcronym(f.surface));
  const candidates = expanded.length ? expanded : pool;
  // The fullest form, then the most used, then the first in code-unit order.
  let best = candidates[0].surface;
  let bestTokens = tokenCount(best);
  let bestCount = candidates[0].count;
  for (const f of candidates) {
    const tokens = tokenCount(f.surface);
    if (tokens > bestTokens || (tokens === bestTokens && (f.count > bestCount || (f.count === bestCount && f.surface < best)))) {
      best = f.surface;
      bestTokens = tokens;
      bestCount = f.count;
    }
  }
  if (type === 'person' && nameTokens(best).length > 1) {
    const spellings = new Map<string, number>();
    for (const f of forms) {
      const last = lastToken(f.surface);
      spellings.set(last, (spellings.get(last) ?? 0) + f.count);
    }
    const own = lastToken(best);
    const variants = [...spellings.entries()].filter(([spelling]) => isSpellingVariant(spelling, own));
    const preferred = variants.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? own;
    best = [...nameTokens(best).slice(0, -1), preferred].join(' ');
  }
  if (type === 'place' && isShoutedPlace(best)) return titleCase(best);
  if (isAcronym(best)) {
    const dotted = candidates.find((f) => !f.surface.includes('.'));
    if (dotted) best = dotted.surface;
  }
  return best;
}

/** A place written only in capitals, as datelines do ("NAIROBI", "GAZA CITY"); short words may be initials ("UK"). */
function isShoutedPlace(name: string): boolean {
  // A lowercase ASCII letter settles it before any case mapping.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return name === name.toUpperCase() && name !== name.toLowerCase() && name.split(' ').every((w) => w.length >= 4 && !w.includes('.'));
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** Words in a name, counted without splitting it into a list. */
export function tokenCount(name: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const space = name.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
