// Figure groups: figures (across articles and within one) that measure the same quantity.
// Figures are bucketed by a blocking key built from their facets (counted noun, event, time frame,
// reporting window, scope, dated event); a bucket is split by place and by the nationality counted.
// Updating one article only regroups the buckets it touches, and the result equals a full
// recomputation: ids are assigned from the sorted groups. Conflicts are found per group.
import type { AnalyzedArticle } from '../analyze';
import type { Conflict, ConflictFigure, FigureGroup, SpanRef } from '../format';
import { subjectOf, type AnalyzedFigure, type FigureFacets, type TimeFrame } from '../figures';
import { conflictFigure, conflictPairs, explain, type Measured } from './conflicts';
import { detach, mergeSorted } from './ordered';

interface Entry extends Measured {
  key: string;
  /** Position of the figure in its article. */
  index: number;
  cluster: Cluster | undefined;
  /** placeKey of the figure's place, worked out once. */
  place: string | null;
  /** What the figure counts, for the group label; worked out once. */
  subject: string | undefined;
  ref: SpanRef;
  /** The figure as a conflict lists it; one object however many conflicts it is part of. */
  conflictFigure: ConflictFigure | undefined;
}

/** One group: its members never change; a new grouping makes a new cluster. */
interface Cluster {
  key: string;
  members: Entry[];
  frame: TimeFrame;
  label: string;
  refs: SpanRef[];
  /** Conflicts without their group id, one per distinct explanation. */
  conflicts: { figures: ConflictFigure[]; explanation: string }[];
  id: string;
  /** Index in the sorted groups when id was given. */
  position: number;
  group: FigureGroup | undefined;
  output: Conflict[];
}

/** The figures of one blocking key, sorted, with the changes not yet merged in. */
interface Bucket {
  key: string;
  entries: Entry[];
  removed: Set<Entry>;
  added: Entry[];
  clusters: Cluster[];
}

/** The blocking key of a figure's quantity, or null when it is not specific enough to link. */
export function measureKey(f: AnalyzedFigure, file: string): string | null {
  const x = f.facets;
  if (!x || x.personal || x.subset || x.earlier) return null;
  if (x.topic === 'war' && x.frame === 'elapsed') return 'period|war|elapsed';
  if (x.topic === 'truce') {
    if (x.proposed) return 'period|truce|proposed';
    return x.anchor ? `period|truce|${x.anchor}` : null;
  }
  if (f.kind !== 'count' || !x.noun || !x.event || !x.frame) return null;
  const window = x.frame === 'daily' ? `|w${x.windowDays}` : '';
  const base = `count|${x.noun}|${x.event}|${x.frame}${window}${x.scope ? `|${x.scope}` : ''}`;
  if (x.frame === 'event') {
    if (x.anchor) return `${base}|${x.anchor}`;
    // An undated single event is only linked to its own repetitions in the same article.
    return x.coref !== null ? `${base}|~${file}#${x.coref}` : null;
  }
  return base;
}

const GENERIC_PLACE_TAIL = new Set(['strip', 'region', 'province', 'governorate', 'district', 'territory', 'territories', 'oblast']);

/** "the Caprivi Strip" and "Caprivi" are one place; "Kuwait City" and "Kuwait" are two. */
export function placeKey(place: string | null): string | null {
  if (!place) return null;
  const words = place.toLowerCase().replace(/['\u2019]s$/, '').split(/\s+/).filter((w) => w && w !== 'the');
  while (words.length > 1 && GENERIC_PLACE_TAIL.has(words[words.length - 1])) words.pop();
  return words.join(' ') || null;
}

function compareEntries(a: { file: string; start: number }, b: { file: string; start: number }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}

const FRAME_SUFFIX: Partial<Record<TimeFrame, string>> = { cumulative: ' (running total)', current: ' (at the time of writing)' };

const SUBJECTS = new Map<string, string>();

/** One flat string per distinct subject: few subjects, counted on every figure of a group. */
function subjectString(s: string): string {
  let shared = SUBJECTS.get(s);
  if (shared === undefined) {
    if (SUBJECTS.size >= 10_000) SUBJECTS.clear();
    SUBJECTS.set((shared = detach(s)), shared);
  }
  return shared;
}

function labelOf(members: Entry[], frame: TimeFrame): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const s = (m.subject ??= subjectString(subjectOf({ ...m, subject: '', group: null, facets: m.facets }, false)));
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best + (members[0].facets.topic ? '' : (FRAME_SUFFIX[frame] ?? ''));
}

/**
 * How far apart, as a factor, a figure may be from the figures it joins without saying so: a
 * running toll may grow a few times over the months, a part ("30 Thais" of 250 hostages) is smaller.
 */
const MAGNITUDE = 5;

/** Splits one bucket (sorted) into the figures of each place: lists of two or more, sorted. */
function partsOf(sorted: Entry[]): { frame: TimeFrame; parts: Entry[][] } {
  const frame = sorted[0].facets.frame as TimeFrame;
  const parts = new Map<string, Entry[]>();
  if (frame === 'elapsed' || sorted[0].facets.topic) parts.set('', sorted);
  else {
    // Split by place and by the nationality counted ("Ukrainians" vs "Russians"); a figure that does
    // not say joins the bucket's only value if it is of the same order of magnitude as the figures
    // that say it ("1.9 million people displaced" is not the "60,000 Israelis"), and stays apart
    // when there are several values.
    const attributes: ((e: Entry) => string | null)[] = [(e) => e.place, (e) => e.facets.demonym ?? null];
    const fills = attributes.map((get) => {
      const values = new Set<string>();
      let lo = Infinity;
      let hi = -Infinity;
      for (const e of sorted) {
        const v = get(e);
        if (!v) continue;
        values.add(v);
        lo = Math.min(lo, e.value);
        hi = Math.max(hi, e.value);
      }
      return { value: values.size === 1 ? [...values][0] : '', lo: lo / MAGNITUDE, hi: hi * MAGNITUDE };
    });
    const fill = (i: number, e: Entry): string => (e.value >= fills[i].lo && e.value <= fills[i].hi ? fills[i].value : '');
    for (const e of sorted) {
      const key = `${e.place ?? fill(0, e)}|${e.facets.demonym ?? fill(1, e)}`;
      const list = parts.get(key);
      if (list) list.push(e);
      else parts.set(key, [e]);
    }
  }
  return { frame, parts: [...parts.values()].filter((members) => members.length >= 2) };
}

function conflictFigureOf(e: Entry): ConflictFigure {
  return (e.conflictFigure ??= conflictFigure(e));
}

function newCluster(key: string, members: Entry[], frame: TimeFrame): Cluster {
  // The same disagreement repeated (a headline and its body both say "21,000") is one conflict.
  const byExplanation = new Map<string, { figures: ConflictFigure[]; explanation: string }>();
  for (const { a, b, why } of conflictPairs(members, frame)) {
    // Flat: built by concatenation, it would keep every piece it was built from.
    const explanation = detach(explain(a, b, why));
    const same = byExplanation.get(explanation);
    if (!same) {
      byExplanation.set(explanation, { figures: [conflictFigureOf(a), conflictFigureOf(b)], explanation });
      continue;
    }
    for (const f of [a, b]) {
      if (!same.figures.some((g) => g.file === f.file && g.start === f.start)) same.figures.push(conflictFigureOf(f));
    }
  }
  return {
    key,
    members,
    frame,
    label: detach(labelOf(members, frame)),
    refs: members.map((m) => m.ref),
    conflicts: [...byExplanation.values()],
    id: '',
    position: -1,
    group: undefined,
    output: [],
  };
}

/**
 * Keeps figure groups and conflicts up to date as articles come and go. A bucket touched by an
 * update is split again; a part with the same figures as before keeps its cluster (and its
 * conflicts), so only what changed is judged and explained again.
 */
export class FigureLinker {
  private readonly entriesByFile = new Map<string, Entry[]>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly dirty = new Set<string>();
  private ordered: Cluster[] = [];
  private groupList: FigureGroup[] | undefined;
  private conflictList: Conflict[] | undefined;
  /** Files whose figures changed group since takeChangedFiles() was last called. */
  private readonly changedFiles = new Set<string>();

  update(file: string, article: AnalyzedArticle | undefined): void {
    const old = this.entriesByFile.get(file);
    if (old) {
      for (const e of old) {
        const bucket = this.buckets.get(e.key)!;
        const i = bucket.added.indexOf(e);
        if (i >= 0) bucket.added.splice(i, 1);
        else bucket.removed.add(e);
        this.dirty.add(e.key);
      }
      this.entriesByFile.delete(file);
    }
    if (!article) return;
    const entries: Entry[] = [];
    article.figures.forEach((f, index) => {
      const measured = measureKey(f, file);
      if (!measured || !f.facets) return;
      let bucket = this.buckets.get(measured);
      if (!bucket) {
        const key = detach(measured);
        this.buckets.set(key, (bucket = { key, entries: [], removed: new Set(), added: [], clusters: [] }));
      }
      this.dirty.add(bucket.key);
      const entry: Entry = {
        key: bucket.key,
        file,
        start: f.start,
        end: f.end,
        text: f.text,
        value: f.value,
        qualifier: f.qualifier,
        kind: f.kind,
        date: article.date,
        source: f.source ?? null,
        facets: f.facets as FigureFacets,
        index,
        cluster: undefined,
        place: placeKey(f.facets.place),
        subject: undefined,
        ref: { file, start: f.start, end: f.end },
        conflictFigure: undefined,
      };
      bucket.added.push(entry);
      entries.push(entry);
    });
    this.entriesByFile.set(file, entries);
  }

  /** Regroups the buckets touched since the last read and renumbers the groups. */
  private refresh(): Cluster[] {
    if (this.dirty.size === 0 && this.groupList) return this.ordered;
    const stale = new Set<Cluster>();
    const added: Cluster[] = [];
    for (const key of this.dirty) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      const kept = new Set<Cluster>();
      const next: Cluster[] = [];
      bucket.entries = mergeSorted(bucket.entries, bucket.removed, bucket.added, compareEntries);
      bucket.removed.clear();
      bucket.added = [];
      if (bucket.entries.length) {
        const { frame, parts } = partsOf(bucket.entries);
        for (const members of parts) {
          // Unchanged figures under the same rule: the same cluster, conflicts and all.
          const old = members[0].cluster;
          if (old && old.frame === frame && old.members.length === members.length && !kept.has(old) && members.every((e, i) => old.members[i] === e)) {
            kept.add(old);
            next.push(old);
            continue;
          }
          const cluster = newCluster(bucket.key, members, frame);
          next.push(cluster);
          added.push(cluster);
        }
      }
      for (const old of bucket.clusters) {
        if (kept.has(old)) continue;
        stale.add(old);
        for (const e of old.members) {
          if (e.cluster === old) e.cluster = undefined;
          this.changedFiles.add(e.file);
        }
      }
      bucket.clusters = next;
      if (!bucket.entries.length) this.buckets.delete(key);
    }
    this.dirty.clear();
    for (const c of added) for (const e of c.members) e.cluster = c;
    this.ordered = mergeSorted(this.ordered, stale, added, (a, b) => compareEntries(a.members[0], b.members[0]));
    this.conflictList = undefined;
    this.groupList = this.ordered.map((c, i) => {
      if (c.position !== i || !c.group) {
        const id = `f${i + 1}`;
        c.position = i;
        c.id = id;
        c.group = { id, label: c.label, members: c.refs };
        c.output = c.conflicts.map((x) => ({ group: id, label: c.label, figures: x.figures, explanation: x.explanation }));
        for (const m of c.members) this.changedFiles.add(m.file);
      }
      return c.group;
    });
    return this.ordered;
  }

  groups(): FigureGroup[] {
    this.refresh();
    return this.groupList!;
  }

  conflicts(): Conflict[] {
    this.refresh();
    if (!this.conflictList) {
      const out: Conflict[] = [];
      for (const c of this.ordered) for (const x of c.output) out.push(x);
      this.conflictList = out;
    }
    return this.conflictList;
  }

  /** Each group's conflicts, in the order of groups(). */
  conflictsByGroup(): Conflict[][] {
    return this.refresh().map((c) => c.output);
  }

  /** Calls back with the group id of each of the file's grouped figures (by position in the article). */
  forEachGroup(file: string, fn: (index: number, id: string) => void): void {
    for (const e of this.entriesByFile.get(file) ?? []) if (e.cluster) fn(e.index, e.cluster.id);
  }

  takeChangedFiles(): Set<string> {
    const out = new Set(this.changedFiles);
    this.changedFiles.clear();
    return out;
  }
}
