import type { AnalyzedArticle } from '../analyze';
import type { Actor, ActorType } from '../format';
import { push, sum } from '../collections';
import { acronymLetters, formalStateCore, initialsOf, isAcronym, isFullNameVariant, isSpellingVariant, lastToken, nameTokens, optionalHeadCore, soundKey } from '../names';
import { canonicalName, tokenCount } from '../nameResolution';
import { UnionFind } from '../unionFind';

interface NameStats {
  types: Record<ActorType, number>;
  surfaces: Map<string, number>;
}

export interface ResolvedActor {
  name: string;
  type: ActorType;
}


/**
 * One actor per real-world entity across the corpus. Each article contributes its in-article
 * names; names are then clustered (spelling variants, surnames, acronyms, "X Strip"/"X"),
 * typed by majority and named canonically. Only distinct names are compared, through blocking
 * keys, so the work grows with the vocabulary of names, not with the number of pairs.
 */
export class ActorLinker {
  private readonly byFile = new Map<string, Map<string, NameStats>>();
  private readonly totals = new Map<string, NameStats>();
  private resolved: { actors: Actor[]; byName: Map<string, ResolvedActor> } | undefined;
  /** Which names form one actor. Recomputed only when a name appears, disappears or changes type. */
  private clusters: string[][] | undefined;
  private readonly clusterOf = new Map<string, number>();
  private clusterActors: Actor[] = [];
  private readonly dirtyClusters = new Set<number>();
  private previousByName: Map<string, ResolvedActor> | undefined;

  update(file: string, article: AnalyzedArticle | undefined): void {
    // The clustering survives an update that leaves the set of names and their types as they were.
    const touched = new Set<string>([...(this.byFile.get(file)?.keys() ?? []), ...(article?.actors.map((m) => m.name) ?? [])]);
    const before = new Map([...touched].map((n) => [n, this.typeKey(n)]));
    const clusters = this.clusters;
    this.updateTotals(file, article);
    if ([...touched].every((n) => before.get(n) === this.typeKey(n))) {
      this.clusters = clusters;
      // Only the actors this article names need their counts and names worked out again.
      for (const n of touched) {
        const c = this.clusterOf.get(n);
        if (c !== undefined) this.dirtyClusters.add(c);
      }
    } else this.clusters = undefined;
    this.resolved = undefined;
  }

  /** A name's presence and majority type, the only things the clustering depends on. */
  private typeKey(name: string): string {
    const stats = this.totals.get(name);
    return stats ? majorityType(stats.types) : '';
  }

  private updateTotals(file: string, article: AnalyzedArticle | undefined): void {
    const old = this.byFile.get(file);
    if (old) for (const [name, stats] of old) this.add(name, stats, -1);
    if (!article) {
      this.byFile.delete(file);
    } else {
      const mine = new Map<string, NameStats>();
      for (const m of article.actors) {
        let stats = mine.get(m.name);
        if (!stats) mine.set(m.name, (stats = { types: { person: 0, organization: 0, place: 0 }, surfaces: new Map() }));
        stats.types[m.type]++;
        stats.surfaces.set(m.text, (stats.surfaces.get(m.text) ?? 0) + 1);
      }
      this.byFile.set(file, mine);
      for (const [name, stats] of mine) this.add(name, stats, 1);
    }
  }

  actors(): Actor[] {
    return this.resolve().actors;
  }

  /** The corpus-wide name and type for an in-article canonical name. */
  canonical(name: string, type: ActorType): ResolvedActor {
    return this.resolve().byName.get(name) ?? { name, type };
  }

  private add(name: string, stats: NameStats, sign: 1 | -1): void {
    let total = this.totals.get(name);
    if (!total) {
      this.totals.set(name, (total = { types: { person: 0, organization: 0, place: 0 }, surfaces: new Map() }));
    }
    for (const t of ['person', 'organization', 'place'] as const) total.types[t] += sign * stats.types[t];
    for (const [s, n] of stats.surfaces) {
      const v = (total.surfaces.get(s) ?? 0) + sign * n;
      if (v > 0) total.surfaces.set(s, v);
      else total.surfaces.delete(s);
    }
    if (total.surfaces.size === 0) this.totals.delete(name);
  }

  private resolve(): { actors: Actor[]; byName: Map<string, ResolvedActor> } {
    if (this.resolved) return this.resolved;
    let byName: Map<string, ResolvedActor>;
    let recompute: Iterable<number>;
    if (!this.clusters) {
      this.clusters = this.cluster();
      this.clusterOf.clear();
      this.clusters.forEach((members, c) => members.forEach((n) => this.clusterOf.set(n, c)));
      this.clusterActors = new Array<Actor>(this.clusters.length);
      byName = new Map();
      recompute = this.clusters.keys();
    } else {
      byName = this.previousByName ?? new Map();
      recompute = this.dirtyClusters;
    }
    for (const c of recompute) {
      const members = this.clusters[c];
      const types = { person: 0, organization: 0, place: 0 };
      const surfaces = new Map<string, number>();
      for (const n of members) {
        const stats = this.totals.get(n)!;
        // A full name's type is better evidence than a lone word's default.
        const weight = tokenCount(n) > 1 ? 3 : 1;
        for (const t of ['person', 'organization', 'place'] as const) types[t] += weight * stats.types[t];
        for (const [s, count] of stats.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + count);
      }
      const type = majorityType(types);
      const forms = members.map((n) => ({ surface: n, count: sum(this.totals.get(n)!.surfaces.values()) }));
      const name = canonicalName(forms, type);
      this.clusterActors[c] = { name, type, aliases: [...surfaces.keys()].sort(), mentions: sum(surfaces.values()) };
      for (const n of members) byName.set(n, { name, type });
    }
    this.dirtyClusters.clear();
    const actors = [...this.clusterActors].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.previousByName = byName;
    this.resolved = { actors, byName };
    return this.resolved;
  }

  private cluster(): string[][] {
    const names = [...this.totals.keys()].sort();
    const typeOf = (n: string): ActorType => majorityType(this.totals.get(n)!.types);
    const index = new Map(names.map((n, i) => [n, i]));
    const sets = new UnionFind(names.length);
    const find = (i: number): number => sets.find(i);
    const union = (a: number, b: number): void => sets.union(a, b);

    // Places: "X Strip" and "State of X" with X.
    names.forEach((n, i) => {
      for (const core of [optionalHeadCore(n), formalStateCore(n)]) {
        const j = core ? index.get(core) : undefined;
        if (j !== undefined && typeOf(names[j]) === 'place') union(i, j);
      }
    });

    // Acronyms: "U.S." with "US", "AFP" with "Agence France-Presse".
    const byInitials = new Map<string, number[]>();
    names.forEach((n, i) => {
      if (isAcronym(n)) push(byInitials, `=${acronymLetters(n)}`, i);
      else for (const initials of initialsOf(n)) push(byInitials, initials, i);
    });
    names.forEach((n, i) => {
      if (!isAcronym(n)) return;
      const letters = acronymLetters(n);
      for (const j of byInitials.get(`=${letters}`) ?? []) union(i, j);
      const expansions = byInitials.get(letters) ?? [];
      if (expansions.length === 1) union(i, expansions[0]);
    });

    // People: spelling variants of the same full name; a surname alone when only one person has it.
    const bySkeleton = new Map<string, number[]>();
    names.forEach((n, i) => {
      const type = typeOf(n);
      // A lone unknown word defaults to an organisation; it may still be a surname used alone.
      const single = tokenCount(n) === 1;
      if (!isAcronym(n) && (type === 'person' || (single && type === 'organization'))) push(bySkeleton, soundKey(lastToken(n)), i);
    });
    for (const members of bySkeleton.values()) {
      const full = members.filter((i) => tokenCount(names[i]) > 1 && typeOf(names[i]) === 'person');
      const single = members.filter((i) => tokenCount(names[i]) === 1);
      // Full names are compared only with those whose every word sounds alike.
      const bySound = new Map<string, number[]>();
      for (const i of full) push(bySound, nameTokens(names[i]).map(soundKey).join(' '), i);
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
      if (typeOf(n) !== 'person' && !isAcronym(n) && n.length >= 6) push(placeSkeletons, `${typeOf(n)}:${nameTokens(n).map(soundKey).join(' ')}`, i);
    });
    for (const members of placeSkeletons.values()) {
      for (let a = 1; a < members.length; a++) {
        if (samePersonName(names[members[0]], names[members[a]])) union(members[0], members[a]);
      }
    }

    return sets.sets().map((members) => members.map((i) => names[i]));
  }
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
