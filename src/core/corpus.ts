import { analyzeArticle, type AnalyzedArticle } from './analyze';
import type { Actor, ActorMention, AnalysisDocument, Article, Conflict, Figure, FigureGroup, Quote, QuoteGroup, SpanRef } from './format';
import { comparePaths } from './paths';
import { ActorLinker } from './links/aliases';
import { FigureLinker } from './links/figureGroups';
import { QuoteLinker } from './links/quoteGroups';
import { detach, lowerBound } from './links/ordered';

export interface CorpusChange {
  /** Files added, changed or removed by the update that fired the event. */
  files: string[];
}

/**
 * What the editor and the CLI read: the format document plus indexes into it.
 * Built lazily after a change and reused until the next one.
 */
export interface CorpusSnapshot {
  document: AnalysisDocument;
  article(file: string): Article | undefined;
  figureGroup(id: string): FigureGroup | undefined;
  quoteGroup(id: string): QuoteGroup | undefined;
  actor(name: string): Actor | undefined;
  conflictsOfGroup(id: string): Conflict[];
  conflictsAt(ref: SpanRef): Conflict[];
}

type Listener = (change: CorpusChange) => void;

/** An article and its copy in the format, as the last snapshot published it. */
interface ArticleState {
  source: AnalyzedArticle;
  /** Built from source; undefined until the next snapshot formats it. */
  formatted: Article | undefined;
}

/** Parts of a formatted article that may be out of date. */
const NAMES = 1;
const QUOTE_GROUPS = 2;
const FIGURE_GROUPS = 4;

const QUOTE_FIELDS = ['start', 'end', 'text', 'speaker', 'group'];
const MENTION_FIELDS = ['start', 'end', 'text', 'name', 'type'];

/**
 * The index of analysed articles and the links between them. Never touches the editor.
 *
 * A snapshot is patched rather than rebuilt: the linkers say which names were renamed and which
 * files' spans changed group, and only those articles are formatted again. Published objects are
 * never modified, so an older snapshot stays as it was.
 */
export class Corpus {
  private readonly byFile = new Map<string, ArticleState>();
  /** The files in path order, kept sorted as files come and go. */
  private sortedFiles: string[] = [];
  /** Every name an article mentions or quotes, to the files that do: who to reformat on a rename. */
  private readonly filesByName = new Map<string, string[]>();
  /** Files whose formatted copy must be rebuilt at the next snapshot. */
  private readonly unformatted = new Set<string>();
  private readonly actorLinker = new ActorLinker();
  private readonly figureLinker = new FigureLinker();
  private readonly quoteLinker = new QuoteLinker();
  private readonly listeners = new Set<Listener>();
  private cached: CorpusSnapshot | undefined;
  private batchDepth = 0;
  private pending: string[] = [];

  /** Analyses (or re-analyses) one article; only its links are recomputed. */
  upsert(file: string, text: string): AnalyzedArticle {
    const article = analyzeArticle(text, file);
    this.put(file, article);
    return article;
  }

  /** Adds an article analysed elsewhere (a worker, a cache). */
  put(file: string, article: AnalyzedArticle): void {
    const old = this.byFile.get(file);
    if (old) this.indexNames(file, old.source, -1);
    else this.sortedFiles.splice(lowerBound(this.sortedFiles, file, comparePaths), 0, file);
    this.byFile.set(file, { source: article, formatted: undefined });
    this.indexNames(file, article, 1);
    this.unformatted.add(file);
    this.relink(file, article);
  }

  remove(file: string): boolean {
    const old = this.byFile.get(file);
    if (!old) return false;
    this.byFile.delete(file);
    this.sortedFiles.splice(lowerBound(this.sortedFiles, file, comparePaths), 1);
    this.indexNames(file, old.source, -1);
    this.unformatted.delete(file);
    this.relink(file, undefined);
    return true;
  }

  has(file: string): boolean {
    return this.byFile.has(file);
  }

  get(file: string): AnalyzedArticle | undefined {
    return this.byFile.get(file)?.source;
  }

  files(): string[] {
    return [...this.sortedFiles];
  }

  get size(): number {
    return this.byFile.size;
  }

  /** Runs several updates and fires one change event at the end. */
  batch<T>(work: () => T): T {
    this.batchDepth++;
    try {
      return work();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.flush();
    }
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  snapshot(): CorpusSnapshot {
    this.cached ??= this.buildSnapshot();
    return this.cached;
  }

  toDocument(): AnalysisDocument {
    return this.snapshot().document;
  }

  private relink(file: string, article: AnalyzedArticle | undefined): void {
    this.actorLinker.update(file, article);
    this.figureLinker.update(file, article);
    this.quoteLinker.update(file, article);
    this.cached = undefined;
    this.pending.push(file);
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const files = [...new Set(this.pending)];
    this.pending = [];
    for (const listener of [...this.listeners]) listener({ files });
  }

  private indexNames(file: string, article: AnalyzedArticle, sign: 1 | -1): void {
    const names = new Set<string>();
    for (const m of article.actors) names.add(m.name);
    for (const q of article.quotes) if (q.speaker) names.add(q.speaker);
    for (const name of names) {
      const files = this.filesByName.get(name);
      if (sign > 0) {
        if (files) files.push(file);
        else this.filesByName.set(detach(name), [file]);
      } else if (files) {
        // Order does not matter here: the last file takes the removed one's place.
        const i = files.indexOf(file);
        files[i] = files[files.length - 1];
        files.pop();
        if (files.length === 0) this.filesByName.delete(name);
      }
    }
  }

  /**
   * The article in the format, with corpus-wide names and group ids. Only the parts `stale` names are
   * worked out again; spans whose names and groups are as before keep their objects, and so does the
   * article when none changed. A span that needs nothing from the corpus is the analysed object
   * itself when it has exactly the format's fields.
   */
  private format(file: string, state: ArticleState, stale: number): Article {
    const source = state.source;
    const prev = state.formatted;
    if (!prev) stale = NAMES | QUOTE_GROUPS | FIGURE_GROUPS;
    let changed = !prev;
    let quotes = prev?.quotes ?? [];
    if (stale & (NAMES | QUOTE_GROUPS)) {
      const groups = new Array<string | null>(source.quotes.length).fill(null);
      this.quoteLinker.forEachGroup(file, (i, id) => (groups[i] = id));
      quotes = source.quotes.map((q, i): Quote => {
        const was = prev?.quotes[i];
        const speaker = !(stale & NAMES) && was ? was.speaker : q.speaker ? this.actorLinker.canonical(q.speaker, 'person').name : null;
        const group = groups[i];
        if (was && was.speaker === speaker && was.group === group) return was;
        changed = true;
        if (speaker === q.speaker && group === q.group && hasOnly(q, QUOTE_FIELDS)) return q;
        return { start: q.start, end: q.end, text: q.text, speaker, group };
      });
    }
    let actors = prev?.actors ?? [];
    if (stale & NAMES) {
      actors = source.actors.map((m, i): ActorMention => {
        const { name, type } = this.actorLinker.canonical(m.name, m.type);
        const was = prev?.actors[i];
        if (was && was.name === name && was.type === type) return was;
        changed = true;
        if (name === m.name && type === m.type && hasOnly(m, MENTION_FIELDS)) return m;
        return { start: m.start, end: m.end, text: m.text, name, type };
      });
    }
    let figures = prev?.figures ?? [];
    if (stale & FIGURE_GROUPS) {
      const groups = new Array<string | null>(source.figures.length).fill(null);
      this.figureLinker.forEachGroup(file, (i, id) => (groups[i] = id));
      figures = source.figures.map((f, i): Figure => {
        const group = groups[i];
        const was = prev?.figures[i];
        if (was && was.group === group) return was;
        changed = true;
        return { start: f.start, end: f.end, text: f.text, value: f.value, qualifier: f.qualifier, kind: f.kind, subject: f.subject, group };
      });
    }
    if (!changed) return prev!;
    return { file: source.file, date: source.date, title: source.title, quotes, actors, figures };
  }

  private buildSnapshot(): CorpusSnapshot {
    const actors = this.actorLinker.actors();
    const renamed = this.actorLinker.takeChangedNames();
    const quoteGroups = this.quoteLinker.groups((speaker) => this.actorLinker.canonical(speaker, 'person').name, renamed);
    const figureGroups = this.figureLinker.groups();
    const conflicts = this.figureLinker.conflicts();
    const conflictsByGroup = this.figureLinker.conflictsByGroup();
    // What each article needs worked out again: after a group renumbering, most need only that.
    const stale = new Map<string, number>();
    const mark = (file: string, part: number): void => void stale.set(file, (stale.get(file) ?? 0) | part);
    for (const file of this.unformatted) mark(file, NAMES);
    this.unformatted.clear();
    for (const name of renamed) for (const file of this.filesByName.get(name) ?? []) mark(file, NAMES);
    for (const file of this.quoteLinker.takeChangedFiles()) mark(file, QUOTE_GROUPS);
    for (const file of this.figureLinker.takeChangedFiles()) mark(file, FIGURE_GROUPS);
    for (const [file, parts] of stale) {
      const state = this.byFile.get(file);
      if (state) state.formatted = this.format(file, state, parts);
    }
    const articles = this.sortedFiles.map((file) => this.byFile.get(file)!.formatted!);
    const document: AnalysisDocument = { version: 1, articles, actors, figureGroups, quoteGroups, conflicts };
    // Lookups are built on first use: most snapshots are read through a few of them only.
    let articleByFile: Map<string, Article> | undefined;
    let actorByName: Map<string, Actor> | undefined;
    const byId = <G extends { id: string }>(groups: G[], id: string): G | undefined => {
      const g = groups[Number(id.slice(1)) - 1];
      return g && g.id === id ? g : undefined;
    };
    const conflictsOfGroup = (id: string): Conflict[] => {
      const g = byId(figureGroups, id);
      return g ? [...conflictsByGroup[Number(id.slice(1)) - 1]] : [];
    };
    const article = (file: string): Article | undefined => (articleByFile ??= new Map(articles.map((a) => [a.file, a]))).get(file);
    return {
      document,
      article,
      figureGroup: (id) => byId(figureGroups, id),
      quoteGroup: (id) => byId(quoteGroups, id),
      actor: (name) => (actorByName ??= new Map(actors.map((a) => [a.name, a]))).get(name),
      conflictsOfGroup,
      // A figure's conflicts are among those of its group.
      conflictsAt: (ref) => {
        const group = article(ref.file)?.figures.find((f) => f.start === ref.start)?.group;
        if (!group) return [];
        return conflictsOfGroup(group).filter((c) => c.figures.some((f) => f.file === ref.file && f.start === ref.start));
      },
    };
  }
}

/** Whether an object has exactly these own fields, in this order (so it prints as the format does). */
function hasOnly(o: object, fields: string[]): boolean {
  let i = 0;
  for (const key in o) if (key !== fields[i++]) return false;
  return i === fields.length;
}

export { comparePaths };
