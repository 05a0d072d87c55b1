import type { ActorMention, ActorType } from './format';
import type { AcronymDefinition, Candidate, TypeVotes } from './actors';
import { voteType } from './actors';
import { UnionFind } from './unionFind';
import { acronymLetters, acronymMatches, formalStateCore, initialsOf, isAcronym, isFullNameVariant, isSpellingVariant, lastToken, nameTokens, optionalHeadCore, sameAcronym, soundKey } from './names';

/**
 * Clusters an article's candidate names into actors (surname → full name, acronym → full name,
 * spelling variants, "X Strip" → X), types each actor by the evidence of all its mentions, and
 * names it canonically.
 */
export function resolveInArticle(candidates: Candidate[], definitions: AcronymDefinition[]): ActorMention[] {
  const surfaces = [...new Set(candidates.map((c) => c.text))];
  const index = new Map(surfaces.map((s, i) => [s, i]));
  const sets = new UnionFind(surfaces.length);
  const find = (i: number): number => sets.find(i);
  const union = (a: number, b: number): void => sets.union(a, b);

  const votes = surfaces.map((): TypeVotes => ({ person: 0, organization: 0, place: 0 }));
  const counts = surfaces.map(() => 0);
  const allWeak = surfaces.map(() => true);
  for (const c of candidates) {
    const i = index.get(c.text)!;
    votes[i].person += c.votes.person;
    votes[i].organization += c.votes.organization;
    votes[i].place += c.votes.place;
    counts[i]++;
    if (!c.weak) allWeak[i] = false;
  }
  const ownType = surfaces.map((s, i) => voteType(votes[i], tokenCount(s)));

  for (const d of definitions) {
    const a = index.get(d.full);
    const b = index.get(d.acronym);
    if (a !== undefined && b !== undefined) union(a, b);
  }
  // Only names that share a blocking key are compared: the same letters, initials, core or surname sound.
  const blocks = new Map<string, number[]>();
  surfaces.forEach((s, i) => {
    for (const key of blockingKeys(s)) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
  });
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
        if (sameAcronym(s, t) || (s.toLowerCase() === t.toLowerCase() && (s === s.toUpperCase() || t === t.toUpperCase()))) union(i, j);
        else if (isAcronym(s) && acronymMatches(nameTokens(t), s)) union(i, j);
        else if (isAcronym(t) && acronymMatches(nameTokens(s), t)) union(i, j);
        else if (optionalHeadCore(s) === t || optionalHeadCore(t) === s || formalStateCore(s) === t || formalStateCore(t) === s) union(i, j);
        else if (samePerson(s, ownType[i], t, ownType[j])) union(i, j);
      }
    }
  }

  const clusters = new Map<number, number[]>();
  surfaces.forEach((_, i) => {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  });

  // "Ruritanian" beside "Ruritania": a nationality adjective made from a place in the article.
  const placeSurfaces = new Set(surfaces.filter((s, i) => ownType[i] !== 'person'));
  const adjectival = new Set(surfaces.map((s, i) => (isAdjectiveOfPlace(s, placeSurfaces) && votes[i].person + votes[i].organization + votes[i].place < 3 ? i : -1)).filter((i) => i >= 0));

  const nameOf = new Map<number, { name: string; type: ActorType } | null>();
  for (const [root, members] of clusters) {
    if (members.every((m) => allWeak[m] || adjectival.has(m))) {
      nameOf.set(root, null);
      continue;
    }
    const total: TypeVotes = { person: 0, organization: 0, place: 0 };
    for (const m of members) {
      total.person += votes[m].person;
      total.organization += votes[m].organization;
      total.place += votes[m].place;
    }
    const longest = Math.max(...members.map((m) => nameTokens(surfaces[m]).length));
    const type = voteType(total, longest);
    nameOf.set(root, { name: canonicalName(members.map((m) => ({ surface: surfaces[m], count: counts[m] })), type), type });
  }

  const mentions: ActorMention[] = [];
  for (const c of candidates) {
    const resolved = nameOf.get(find(index.get(c.text)!));
    if (resolved) mentions.push({ start: c.start, end: c.end, text: c.text, name: resolved.name, type: resolved.type });
  }
  return mentions;
}

const BLOCKING_CACHE_LIMIT = 20_000;
const blockingCache = new Map<string, string[]>();

/** Keys under which two names that could be one actor meet. Names recur, so keys are cached. */
function blockingKeys(name: string): string[] {
  const cached = blockingCache.get(name);
  if (cached) return cached;
  const keys = computeBlockingKeys(name);
  if (blockingCache.size >= BLOCKING_CACHE_LIMIT) blockingCache.clear();
  blockingCache.set(name, keys);
  return keys;
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

/** A surname alone, or the same full name spelled differently; different first names stay apart. */
function samePerson(a: string, typeA: ActorType, b: string, typeB: ActorType): boolean {
  if (isAcronym(a) || isAcronym(b)) return false;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 1 && tb.length === 1) return ta[0].length >= 5 && isSpellingVariant(ta[0], tb[0]) && typeA === 'person' && typeB === 'person';
  if (ta.length === 1 || tb.length === 1) {
    const [single, full, fullType] = ta.length === 1 ? [ta[0], tb, typeB] : [tb[0], ta, typeA];
    if (fullType !== 'person') return false;
    if (isSpellingVariant(full[full.length - 1], single)) return true;
    // "Lula" for "Luiz Inacio Lula da Silva": a name used alone that is one of a long name's later parts;
    // "Xi" for "Xi Jinping": family names written first.
    return (full.length >= 3 && full.slice(1, -1).includes(single)) || (full.length === 2 && full[0] === single && single.length <= 4);
  }
  return (typeA === 'person' || typeB === 'person') && isFullNameVariant(ta, tb);
}

/**
 * The name an actor goes by: the fullest form, spelled as most mentions spell it;
 * a formal state name gives way to its short form, an acronym to its expansion.
 */
export function canonicalName(forms: { surface: string; count: number }[], type: ActorType): string {
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
