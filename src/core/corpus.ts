import { analyzeArticle, type AnalyzedArticle } from './analyze';
import type { Actor, AnalysisDocument, Article, Conflict, FigureGroup, QuoteGroup, SpanRef } from './format';
import { toFormatArticle } from './format';
import { push } from './collections';
import { comparePaths } from './paths';
import { ActorLinker } from './links/aliases';
import { FigureLinker } from './links/figureGroups';
import { QuoteLinker } from './links/quoteGroups';

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

/** The index of analysed articles and the links between them. Never touches the editor. */
export class Corpus {
  private readonly byFile = new Map<string, AnalyzedArticle>();
  private readonly actorLinker = new ActorLinker();
  private readonly figureLinker = new FigureLinker();
  private readonly quoteLinker = new QuoteLinker();
  private readonly listeners = new Set<Listener>();
  private cached: CorpusSnapshot | undefined;
  private readonly formattedByFile = new Map<string, { source: AnalyzedArticle; article: Article }>();
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
    this.byFile.set(file, article);
    this.relink(file, article);
  }

  remove(file: string): boolean {
    if (!this.byFile.delete(file)) return false;
    this.formattedByFile.delete(file);
    this.relink(file, undefined);
    return true;
  }

  has(file: string): boolean {
    return this.byFile.has(file);
  }

  get(file: string): AnalyzedArticle | undefined {
    return this.byFile.get(file);
  }

  files(): string[] {
    return [...this.byFile.keys()].sort(comparePaths);
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

  /**
   * The article in the format, with corpus-wide names and group ids. The previous copy is reused
   * when none of those changed, so a snapshot after a small edit allocates little.
   */
  private formatted(file: string, quoteGroupOf: Map<string, string>, figureGroupOf: Map<string, string>): Article {
    const source = this.byFile.get(file)!;
    const cached = this.formattedByFile.get(file);
    const quoteGroup = (start: number): string | null => quoteGroupOf.get(refKey(file, start)) ?? null;
    const figureGroup = (start: number): string | null => figureGroupOf.get(refKey(file, start)) ?? null;
    const speaker = (name: string | null): string | null => (name ? this.actorLinker.canonical(name, 'person').name : null);
    if (cached && cached.source === source) {
      const out = cached.article;
      const unchanged =
        source.quotes.every((q, i) => out.quotes[i].group === quoteGroup(q.start) && out.quotes[i].speaker === speaker(q.speaker)) &&
        source.figures.every((f, i) => out.figures[i].group === figureGroup(f.start)) &&
        source.actors.every((m, i) => {
          const actor = this.actorLinker.canonical(m.name, m.type);
          return out.actors[i].name === actor.name && out.actors[i].type === actor.type;
        });
      if (unchanged) return out;
    }
    const out = toFormatArticle(source);
    for (const q of out.quotes) {
      q.group = quoteGroup(q.start);
      q.speaker = speaker(q.speaker);
    }
    for (const f of out.figures) f.group = figureGroup(f.start);
    for (const m of out.actors) {
      const actor = this.actorLinker.canonical(m.name, m.type);
      m.name = actor.name;
      m.type = actor.type;
    }
    this.formattedByFile.set(file, { source, article: out });
    return out;
  }

  private buildSnapshot(): CorpusSnapshot {
    const figureGroups = this.figureLinker.groups();
    const quoteGroups = this.quoteLinker.groups((speaker) => this.actorLinker.canonical(speaker, 'person').name);
    const conflicts = this.figureLinker.conflicts();
    const actors = this.actorLinker.actors();
    const figureGroupOf = memberIndex(figureGroups);
    const quoteGroupOf = memberIndex(quoteGroups);
    const articles = this.files().map((file) => this.formatted(file, quoteGroupOf, figureGroupOf));
    const document: AnalysisDocument = { version: 1, articles, actors, figureGroups, quoteGroups, conflicts };
    const articleByFile = new Map(articles.map((a) => [a.file, a]));
    const figureGroupById = new Map(figureGroups.map((g) => [g.id, g]));
    const quoteGroupById = new Map(quoteGroups.map((g) => [g.id, g]));
    const actorByName = new Map(actors.map((a) => [a.name, a]));
    const conflictsByGroup = new Map<string, Conflict[]>();
    const conflictsByRef = new Map<string, Conflict[]>();
    for (const c of conflicts) {
      push(conflictsByGroup, c.group, c);
      for (const f of c.figures) push(conflictsByRef, refKey(f.file, f.start), c);
    }
    return {
      document,
      article: (file) => articleByFile.get(file),
      figureGroup: (id) => figureGroupById.get(id),
      quoteGroup: (id) => quoteGroupById.get(id),
      actor: (name) => actorByName.get(name),
      conflictsOfGroup: (id) => conflictsByGroup.get(id) ?? [],
      conflictsAt: (ref) => conflictsByRef.get(refKey(ref.file, ref.start)) ?? [],
    };
  }
}

function refKey(file: string, start: number): string {
  return `${start}@${file}`;
}

function memberIndex(groups: { id: string; members: SpanRef[] }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const g of groups) for (const m of g.members) index.set(refKey(m.file, m.start), g.id);
  return index;
}

export { comparePaths };
