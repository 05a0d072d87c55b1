// Figure groups: figures (across articles and within one) that measure the same quantity.
// Figures are bucketed by a blocking key built from their facets (counted noun, event, time frame,
// reporting window, scope, dated event); a bucket is split by place and by the nationality counted.
// Updating one article only regroups the buckets it touches, and the result equals a full
// recomputation: ids are assigned from the sorted groups. Conflicts are found per group.
import type { AnalyzedArticle } from '../analyze';
import type { Conflict, FigureGroup } from '../format';
import { subjectOf, type AnalyzedFigure, type FigureFacets, type TimeFrame } from '../figures';
import { conflictFigure, conflictPairs, explain, type Measured } from './conflicts';

interface Entry extends Measured {
  key: string;
}

interface Cluster {
  members: Entry[];
  frame: TimeFrame;
  label: string;
  /** Conflicting pairs, with their explanations. */
  conflicts: { a: Entry; b: Entry; explanation: string }[];
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

function labelOf(members: Entry[], frame: TimeFrame): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const s = subjectOf({ ...m, subject: '', group: null, facets: m.facets }, false);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best + (members[0].facets.topic ? '' : (FRAME_SUFFIX[frame] ?? ''));
}

/** Splits one bucket into clusters of the same place and finds each cluster's conflicts. */
function clusterBucket(entries: Entry[]): Cluster[] {
  const sorted = [...entries].sort(compareEntries);
  const frame = sorted[0].facets.frame as TimeFrame;
  const parts = new Map<string, Entry[]>();
  if (frame === 'elapsed' || sorted[0].facets.topic) parts.set('', sorted);
  else {
    // Split by place and by the nationality counted ("Ukrainians" vs "Russians"); a figure that does
    // not say joins the bucket's only value, and stays apart when there are several.
    const attributes: ((e: Entry) => string | null)[] = [(e) => placeKey(e.facets.place), (e) => e.facets.demonym ?? null];
    const fills = attributes.map((get) => {
      const values = new Set<string>();
      for (const e of sorted) {
        const v = get(e);
        if (v) values.add(v);
      }
      return values.size === 1 ? [...values][0] : '';
    });
    for (const e of sorted) {
      const key = attributes.map((get, i) => get(e) ?? fills[i]).join('|');
      const list = parts.get(key);
      if (list) list.push(e);
      else parts.set(key, [e]);
    }
  }
  const out: Cluster[] = [];
  for (const members of parts.values()) {
    if (members.length < 2) continue;
    const conflicts = conflictPairs(members, frame).map(({ a, b, why }) => ({ a, b, explanation: explain(a, b, why) }));
    out.push({ members, frame, label: labelOf(members, frame), conflicts });
  }
  return out;
}

/** Keeps figure groups and conflicts up to date as articles come and go. */
export class FigureLinker {
  private readonly entriesByFile = new Map<string, Entry[]>();
  private readonly filesByKey = new Map<string, Set<string>>();
  private readonly clustersByKey = new Map<string, Cluster[]>();
  private readonly dirty = new Set<string>();
  private ordered: { cluster: Cluster; id: string }[] | undefined;

  update(file: string, article: AnalyzedArticle | undefined): void {
    const old = this.entriesByFile.get(file);
    if (old) {
      for (const e of old) {
        this.filesByKey.get(e.key)?.delete(file);
        this.dirty.add(e.key);
      }
      this.entriesByFile.delete(file);
    }
    if (article) {
      const entries: Entry[] = [];
      for (const f of article.figures) {
        const key = measureKey(f, file);
        if (!key || !f.facets) continue;
        entries.push({
          key,
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
        });
      }
      this.entriesByFile.set(file, entries);
      for (const e of entries) {
        let files = this.filesByKey.get(e.key);
        if (!files) this.filesByKey.set(e.key, (files = new Set()));
        files.add(file);
        this.dirty.add(e.key);
      }
    }
    this.ordered = undefined;
  }

  /** Regroups the buckets touched since the last read. */
  private refresh(): { cluster: Cluster; id: string }[] {
    for (const key of this.dirty) {
      const files = this.filesByKey.get(key);
      if (!files || files.size === 0) {
        this.filesByKey.delete(key);
        this.clustersByKey.delete(key);
        continue;
      }
      const entries: Entry[] = [];
      for (const file of files) for (const e of this.entriesByFile.get(file) ?? []) if (e.key === key) entries.push(e);
      const clusters = clusterBucket(entries);
      if (clusters.length) this.clustersByKey.set(key, clusters);
      else this.clustersByKey.delete(key);
    }
    this.dirty.clear();
    if (!this.ordered) {
      const all: Cluster[] = [];
      for (const list of this.clustersByKey.values()) all.push(...list);
      all.sort((a, b) => compareEntries(a.members[0], b.members[0]));
      this.ordered = all.map((cluster, i) => ({ cluster, id: `f${i + 1}` }));
    }
    return this.ordered;
  }

  groups(): FigureGroup[] {
    return this.refresh().map(({ cluster, id }) => ({
      id,
      label: cluster.label,
      members: cluster.members.map((m) => ({ file: m.file, start: m.start, end: m.end })),
    }));
  }

  conflicts(): Conflict[] {
    const out: Conflict[] = [];
    for (const { cluster, id } of this.refresh()) {
      // The same disagreement repeated (a headline and its body both say "21,000") is one conflict.
      const byExplanation = new Map<string, Conflict>();
      for (const c of cluster.conflicts) {
        const same = byExplanation.get(c.explanation);
        if (!same) {
          const conflict = { group: id, label: cluster.label, figures: [conflictFigure(c.a), conflictFigure(c.b)], explanation: c.explanation };
          byExplanation.set(c.explanation, conflict);
          out.push(conflict);
          continue;
        }
        for (const f of [c.a, c.b]) {
          if (!same.figures.some((g) => g.file === f.file && g.start === f.start)) same.figures.push(conflictFigure(f));
        }
      }
    }
    return out;
  }
}
