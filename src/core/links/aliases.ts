import type { AnalyzedArticle } from '../analyze';
import type { Actor, ActorMention, ActorType } from '../format';
import { push } from '../collections';
import { acronymLetters, formalStateCore, initialsOf, isAcronym, isFullNameVariant, isSpellingVariant, lastToken, nameTokens, optionalHeadCore, soundKey } from '../names';
import { canonicalName, tokenCount } from '../nameResolution';
import { UnionFind } from '../unionFind';
import { detach, mergeSorted } from './ordered';

export interface ResolvedActor {
  name: string;
  type: ActorType;
}

/** What the corpus knows of one in-article canonical name. */
interface NameRecord {
  person: number;
  organization: number;
  place: number;
  /** Mentions in all articles; the record goes when it falls to 0. */
  count: number;
  /** Surfaces written for this name, with how often (parallel lists: most names have one or two). */
  surfaces: string[];
  surfaceCounts: number[];
  /** The type the clustering last saw ('' before the name was first clustered). */
  clusteredType: ActorType | '';
  cluster: ActorCluster | undefined;
  keys: NameKeys | undefined;
}

/** What the clustering derives from a name alone, kept so a recluster does not recompute it. */
interface NameKeys {
  cores: string[];
  /** Letters of an acronym, or null for a name that is not one. */
  acronym: string | null;
  initials: string[];
  words: number;
  lastSound: string;
  sounds: string;
}

interface ActorCluster {
  /** Sorted (code-unit order), so members[0] is the tie-break the full sort used. */
  members: string[];
  resolved: ResolvedActor;
  actor: Actor;
}

const TYPES = ['person', 'organization', 'place'] as const;

function compareClusters(a: ActorCluster, b: ActorCluster): number {
  const x = a.actor;
  const y = b.actor;
  if (x.mentions !== y.mentions) return y.mentions - x.mentions;
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return a.members[0] < b.members[0] ? -1 : a.members[0] > b.members[0] ? 1 : 0;
}

/**
 * One actor per real-world entity across the corpus. Each article contributes its in-article
 * names; names are then clustered (spelling variants, surnames, acronyms, "X Strip"/"X"),
 * typed by majority and named canonically. Only distinct names are compared, through blocking
 * keys, so the work grows with the vocabulary of names, not with the number of pairs.
 *
 * Names only ever join names that share a blocking key, so the clustering of a set of names closed
 * under those keys does not depend on any other name. An update therefore reclusters only the names
 * reachable through the keys from the names that appeared, disappeared or changed type, and
 * re-resolves only the actors whose counts it touched.
 */
export class ActorLinker {
  /** Each article's mentions, as the article holds them: its contribution is subtracted on update. */
  private readonly mentionsByFile = new Map<string, ActorMention[]>();
  private readonly totals = new Map<string, NameRecord>();
  private readonly touched = new Set<string>();
  /** Blocking keys to the names that have them. */
  private readonly byCore = new Map<string, string[]>();
  private readonly acronymsByLetters = new Map<string, string[]>();
  private readonly namesByInitials = new Map<string, string[]>();
  private readonly fullsBySkeleton = new Map<string, string[]>();
  private readonly singlesBySkeleton = new Map<string, string[]>();
  private readonly fullsBySound = new Map<string, string[]>();
  private readonly byPlaceSkeleton = new Map<string, string[]>();
  private sorted: ActorCluster[] = [];
  private actorList: Actor[] | undefined;
  /** Names whose corpus-wide name or type changed since takeChangedNames() was last called. */
  private readonly changedNames = new Set<string>();

  update(file: string, article: AnalyzedArticle | undefined): void {
    const old = this.mentionsByFile.get(file);
    if (old) for (const m of old) this.count(m, -1);
    if (article) {
      this.mentionsByFile.set(file, article.actors);
      for (const m of article.actors) this.count(m, 1);
    } else this.mentionsByFile.delete(file);
  }

  actors(): Actor[] {
    this.resolve();
    this.actorList ??= this.sorted.map((c) => c.actor);
    return this.actorList;
  }

  /** The corpus-wide name and type for an in-article canonical name. */
  canonical(name: string, type: ActorType): ResolvedActor {
    this.resolve();
    return this.totals.get(name)?.cluster?.resolved ?? { name, type };
  }

  /** In-article names whose canonical() answer may differ from the one given before the last call. */
  takeChangedNames(): Set<string> {
    this.resolve();
    const out = new Set(this.changedNames);
    this.changedNames.clear();
    return out;
  }

  private count(m: ActorMention, sign: 1 | -1): void {
    let rec = this.totals.get(m.name);
    if (!rec) {
      rec = { person: 0, organization: 0, place: 0, count: 0, surfaces: [], surfaceCounts: [], clusteredType: '', cluster: undefined, keys: undefined };
      this.totals.set(detach(m.name), rec);
    }
    rec[m.type] += sign;
    rec.count += sign;
    const i = rec.surfaces.indexOf(m.text);
    if (i >= 0) {
      rec.surfaceCounts[i] += sign;
      if (rec.surfaceCounts[i] === 0) {
        rec.surfaces.splice(i, 1);
        rec.surfaceCounts.splice(i, 1);
      }
    } else {
      rec.surfaces.push(detach(m.text));
      rec.surfaceCounts.push(sign);
    }
    this.touched.add(m.name);
    this.actorList = undefined;
  }

  private resolve(): void {
    if (this.touched.size === 0) return;
    const touched = [...this.touched];
    this.touched.clear();
    // Names that appeared, disappeared or changed type: their neighbours under the blocking keys,
    // before and after, are the seeds of the region to recluster.
    const seeds: string[] = [];
    const stale = new Set<ActorCluster>();
    for (const name of touched) {
      const rec = this.totals.get(name)!;
      const type = rec.count > 0 ? majorityType(rec) : '';
      if (type === rec.clusteredType) {
        if (!type) this.totals.delete(name); // came and went between two reads
        continue;
      }
      seeds.push(name);
      if (rec.clusteredType) {
        this.affected(name, rec.clusteredType, seeds);
        this.index(name, rec.clusteredType, -1);
      }
      if (type) {
        this.index(name, type, 1);
        if (rec.clusteredType || this.sorted.length) this.affected(name, type, seeds);
      }
      rec.clusteredType = type;
      if (rec.cluster) {
        stale.add(rec.cluster);
        seeds.push(...rec.cluster.members);
      }
      if (!type) {
        this.totals.delete(name);
        this.changedNames.add(name);
      }
    }
    // The closure of the seeds under the blocking keys, and the old clusters of everything in it;
    // everything at once when most names changed, as in a first build.
    const region = new Set<string>();
    if (seeds.length > this.totals.size / 2) {
      for (const name of this.totals.keys()) region.add(name);
      for (const c of this.sorted) stale.add(c);
      seeds.length = 0;
    }
    for (let k = 0; k < seeds.length; k++) {
      const name = seeds[k];
      if (region.has(name)) continue;
      const rec = this.totals.get(name);
      if (!rec) continue;
      region.add(name);
      this.related(name, rec.clusteredType as ActorType, seeds);
      if (rec.cluster) {
        stale.add(rec.cluster);
        seeds.push(...rec.cluster.members);
      }
    }
    const fresh = new Set<ActorCluster>();
    const before = new Map<string, ResolvedActor | undefined>();
    for (const name of region) before.set(name, this.totals.get(name)!.cluster?.resolved);
    for (const members of this.cluster([...region].sort())) fresh.add(this.resolveCluster(members));
    // Actors whose names stayed put only need their counts, aliases and canonical name again.
    for (const name of touched) {
      const rec = this.totals.get(name);
      const c = rec?.cluster;
      if (!c || fresh.has(c)) continue;
      stale.add(c);
      for (const n of c.members) before.set(n, c.resolved);
      fresh.add(this.resolveCluster(c.members));
    }
    for (const c of fresh) {
      for (const n of c.members) {
        const was = before.get(n);
        if (!was || was.name !== c.resolved.name || was.type !== c.resolved.type) this.changedNames.add(n);
      }
    }
    this.sorted = mergeSorted(this.sorted, stale, [...fresh], compareClusters);
    this.actorList = undefined;
  }

  /**
   * Adds to `out` every name whose clustering may depend on `name` (typed `type`) or the reverse:
   * those a rule of cluster() compares it with, and the names a decision about it counts.
   */
  private related(name: string, type: ActorType, out: string[]): void {
    const k = this.keysOf(name);
    for (const core of k.cores) if (this.totals.has(core)) out.push(core);
    out.push(...(this.byCore.get(name) ?? []));
    if (k.acronym !== null) {
      out.push(...(this.acronymsByLetters.get(k.acronym) ?? []));
      // An acronym takes its expansion only when it is the only name with those initials.
      const expansions = this.namesByInitials.get(k.acronym) ?? [];
      if (expansions.length === 1) out.push(expansions[0]);
    } else {
      for (const initials of k.initials) if (this.namesByInitials.get(initials)?.length === 1) out.push(...(this.acronymsByLetters.get(initials) ?? []));
    }
    const role = skeletonRole(k, type);
    if (role === 'full') {
      out.push(...this.fullsBySound.get(k.sounds)!);
      const last = lastToken(name);
      for (const s of this.singlesBySkeleton.get(k.lastSound) ?? []) if (isSpellingVariant(last, s)) out.push(s);
    } else if (role === 'single') {
      for (const f of this.fullsBySkeleton.get(k.lastSound) ?? []) if (isSpellingVariant(lastToken(f), name)) out.push(f);
    }
    const place = placeSkeletonKey(name, k, type);
    if (place !== null) out.push(...this.byPlaceSkeleton.get(place)!);
  }

  /** What a name appearing, going or changing type may change for others, beyond related(). */
  private affected(name: string, type: ActorType, out: string[]): void {
    this.related(name, type, out);
    // Whether an acronym takes an expansion depends on how many names have those initials.
    for (const initials of this.keysOf(name).initials) out.push(...(this.acronymsByLetters.get(initials) ?? []));
  }

  private index(name: string, type: ActorType, sign: 1 | -1): void {
    const k = this.keysOf(name);
    const edit = (map: Map<string, string[]>, key: string | null): void => {
      if (key === null) return;
      if (sign > 0) return push(map, key, name);
      const list = map.get(key)!;
      list.splice(list.indexOf(name), 1);
      if (list.length === 0) map.delete(key);
    };
    for (const core of k.cores) edit(this.byCore, core);
    if (k.acronym !== null) edit(this.acronymsByLetters, k.acronym);
    else for (const initials of k.initials) edit(this.namesByInitials, initials);
    const role = skeletonRole(k, type);
    if (role === 'full') {
      edit(this.fullsBySkeleton, k.lastSound);
      edit(this.fullsBySound, k.sounds);
    } else if (role === 'single') edit(this.singlesBySkeleton, k.lastSound);
    edit(this.byPlaceSkeleton, placeSkeletonKey(name, k, type));
  }

  private keysOf(name: string): NameKeys {
    const rec = this.totals.get(name)!;
    if (!rec.keys) {
      const acronym = isAcronym(name);
      rec.keys = {
        cores: [optionalHeadCore(name), formalStateCore(name)].filter((c): c is string => c !== null),
        acronym: acronym ? acronymLetters(name) : null,
        initials: acronym ? [] : initialsOf(name),
        words: tokenCount(name),
        lastSound: soundKey(lastToken(name)),
        sounds: nameTokens(name).map(soundKey).join(' '),
      };
    }
    return rec.keys;
  }

  private resolveCluster(members: string[]): ActorCluster {
    const types = { person: 0, organization: 0, place: 0 };
    const surfaces = new Map<string, number>();
    let mentions = 0;
    const forms: { surface: string; count: number }[] = [];
    for (const n of members) {
      const rec = this.totals.get(n)!;
      // A full name's type is better evidence than a lone word's default.
      const weight = this.keysOf(n).words > 1 ? 3 : 1;
      for (const t of TYPES) types[t] += weight * rec[t];
      rec.surfaces.forEach((s, i) => surfaces.set(s, (surfaces.get(s) ?? 0) + rec.surfaceCounts[i]));
      mentions += rec.count;
      forms.push({ surface: n, count: rec.count });
    }
    const type = majorityType(types);
    const name = canonicalName(forms, type);
    const cluster: ActorCluster = { members, resolved: { name, type }, actor: { name, type, aliases: [...surfaces.keys()].sort(), mentions } };
    for (const n of members) this.totals.get(n)!.cluster = cluster;
    return cluster;
  }

  /** Clusters a list of sorted names closed under the blocking keys. */
  private cluster(names: string[]): string[][] {
    const typeOf = (n: string): ActorType => this.totals.get(n)!.clusteredType as ActorType;
    const keys = names.map((n) => this.keysOf(n));
    const index = new Map(names.map((n, i) => [n, i]));
    const sets = new UnionFind(names.length);
    const find = (i: number): number => sets.find(i);
    const union = (a: number, b: number): void => sets.union(a, b);

    // Places: "X Strip" and "State of X" with X.
    names.forEach((n, i) => {
      for (const core of keys[i].cores) {
        const j = index.get(core);
        if (j !== undefined && typeOf(names[j]) === 'place') union(i, j);
      }
    });

    // Acronyms: "U.S." with "US", "AFP" with "Agence France-Presse".
    const byInitials = new Map<string, number[]>();
    names.forEach((n, i) => {
      const letters = keys[i].acronym;
      if (letters !== null) push(byInitials, `=${letters}`, i);
      else for (const initials of keys[i].initials) push(byInitials, initials, i);
    });
    names.forEach((n, i) => {
      const letters = keys[i].acronym;
      if (letters === null) return;
      for (const j of byInitials.get(`=${letters}`) ?? []) union(i, j);
      const expansions = byInitials.get(letters) ?? [];
      if (expansions.length === 1) union(i, expansions[0]);
    });

    // People: spelling variants of the same full name; a surname alone when only one person has it.
    const bySkeleton = new Map<string, number[]>();
    names.forEach((n, i) => {
      const skeleton = skeletonKey(keys[i], typeOf(n));
      if (skeleton !== null) push(bySkeleton, skeleton, i);
    });
    for (const members of bySkeleton.values()) {
      const full = members.filter((i) => keys[i].words > 1 && typeOf(names[i]) === 'person');
      const single = members.filter((i) => keys[i].words === 1);
      // Full names are compared only with those whose every word sounds alike.
      const bySound = new Map<string, number[]>();
      for (const i of full) push(bySound, keys[i].sounds, i);
      for (const alike of bySound.values()) {
        for (let a = 0; a < alike.length; a++) {
          for (let b = a + 1; b < alike.length; b++) {
            if (samePersonName(names[alike[a]], names[alike[b]])) union(alike[a], alike[b]);
          }
        }
      }
      for (const s of single) {
        const matches = full.filter((f) => isSpellingVariant(lastToken(names[f]), names[s]));
        const people = new Set(matches.map((f) => find(f)));
        if (people.size === 1) union(s, matches[0]);
      }
    }

    // Places and organisations: one long name spelled two ways ("Tulkarm"/"Tulkarem").
    const placeSkeletons = new Map<string, number[]>();
    names.forEach((n, i) => {
      const key = placeSkeletonKey(n, keys[i], typeOf(n));
      if (key !== null) push(placeSkeletons, key, i);
    });
    for (const members of placeSkeletons.values()) {
      for (let a = 1; a < members.length; a++) {
        if (samePersonName(names[members[0]], names[members[a]])) union(members[0], members[a]);
      }
    }

    return sets.sets().map((members) => members.map((i) => names[i]));
  }
}

/** The surname bucket of a person, or of a lone word that may be a surname used alone. */
function skeletonKey(k: NameKeys, type: ActorType): string | null {
  // A lone unknown word defaults to an organisation; it may still be a surname used alone.
  return k.acronym === null && (type === 'person' || (k.words === 1 && type === 'organization')) ? k.lastSound : null;
}

/** How a name takes part in its surname bucket: a full name, a lone word, or neither. */
function skeletonRole(k: NameKeys, type: ActorType): 'full' | 'single' | null {
  if (skeletonKey(k, type) === null) return null;
  if (k.words === 1) return 'single';
  return k.words > 1 && type === 'person' ? 'full' : null;
}

function placeSkeletonKey(name: string, k: NameKeys, type: ActorType): string | null {
  return type !== 'person' && k.acronym === null && name.length >= 6 ? `${type}:${k.sounds}` : null;
}

function majorityType(types: Record<ActorType, number>): ActorType {
  if (types.place >= types.organization && types.place >= types.person) return 'place';
  if (types.organization >= types.person) return 'organization';
  return 'person';
}

/** "Antony Mercer" and "Anthony Mercer", "Tulkarm" and "Tulkarem", "Janan Sayeeq" and "Janan Saiq". */
function samePersonName(a: string, b: string): boolean {
  return isFullNameVariant(nameTokens(a), nameTokens(b));
}
