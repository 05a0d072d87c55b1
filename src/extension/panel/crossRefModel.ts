import type { CorpusSnapshot } from '../../core/corpus';
import type { AnalyzedArticle } from '../../core/analyze';
import type { Article, Figure, Quote, SpanRef } from '../../core/format';
import { diffWords, sameWords } from '../../core/wordDiff';
import { displayPath } from '../articleKeys';
import { formatQualified } from '../markdown';
import { spansAt } from '../spansAt';
import type { ArticleOccurrences, ChartPoint, CrossRefModel, OccurrenceView } from './protocol';

type SourceLookup = (file: string) => AnalyzedArticle | undefined;

/** What the panel shows for a position in an article, or why it shows nothing. */
export function crossRefModelAt(
  snapshot: CorpusSnapshot,
  sources: SourceLookup,
  file: string,
  offset: number,
): { model: CrossRefModel } | { message: string } {
  const article = snapshot.article(file);
  if (!article) return { message: 'This article has not been analysed yet.' };
  const { figure, quote } = spansAt(article, offset, true);
  if (figure) return { model: figureModel(snapshot, sources, article, figure) };
  if (quote) return { model: quoteModel(snapshot, article, quote) };
  return { message: 'Place the cursor on a figure or a quote to see it across articles.' };
}

function figureModel(snapshot: CorpusSnapshot, sources: SourceLookup, article: Article, figure: Figure): CrossRefModel {
  const group = figure.group ? snapshot.figureGroup(figure.group) : undefined;
  const members: SpanRef[] = group?.members ?? [{ file: article.file, start: figure.start, end: figure.end }];
  const conflicts = group ? snapshot.conflictsOfGroup(group.id) : [];
  const conflicting = (ref: SpanRef) => conflicts.some((c) => c.figures.some((f) => f.file === ref.file && f.start === ref.start));
  const chart: ChartPoint[] = [];
  const articles = groupByArticle(snapshot, members, (owner, ref) => {
    const f = owner.figures.find((x) => x.start === ref.start);
    if (!f) return undefined;
    const current = ref.file === article.file && ref.start === figure.start;
    const source = sources(ref.file)?.figures.find((x) => x.start === ref.start)?.source ?? null;
    const shown = formatQualified(f.value, f.qualifier, f.kind);
    if (owner.date) chart.push({ date: owner.date, value: f.value, label: `${shown} (${displayPath(ref.file)})`, ref: plainRef(ref), current, conflicting: conflicting(ref) });
    return { ref: plainRef(ref), text: f.text, detail: shown, source, current, conflicting: conflicting(ref), diff: null };
  });
  chart.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.value - b.value));
  return {
    kind: 'figure',
    heading: group?.label ?? (figure.subject || 'Figure'),
    subheading: group ? `${members.length} figure${members.length === 1 ? '' : 's'} in ${articles.length} article${articles.length === 1 ? '' : 's'}` : 'No other article reports this quantity.',
    conflicts: conflicts.map((c) => c.explanation),
    articles,
    // One dated value says nothing about change over time.
    chart: chart.length >= 2 ? chart : [],
  };
}

function quoteModel(snapshot: CorpusSnapshot, article: Article, quote: Quote): CrossRefModel {
  const group = quote.group ? snapshot.quoteGroup(quote.group) : undefined;
  const members: SpanRef[] = group?.members ?? [{ file: article.file, start: quote.start, end: quote.end }];
  const articles = groupByArticle(snapshot, members, (owner, ref) => {
    const q = owner.quotes.find((x) => x.start === ref.start);
    if (!q) return undefined;
    const current = ref.file === article.file && ref.start === quote.start;
    return {
      ref: plainRef(ref),
      text: q.text,
      detail: q.speaker ?? 'unattributed',
      source: null,
      current,
      conflicting: false,
      diff: current || sameWords(quote.text, q.text) ? null : diffWords(quote.text, q.text),
    };
  });
  const speaker = group?.speaker ?? quote.speaker;
  return {
    kind: 'quote',
    heading: speaker ? `Quote by ${speaker}` : 'Unattributed quote',
    subheading: group ? `Quoted ${members.length} time${members.length === 1 ? '' : 's'} in ${articles.length} article${articles.length === 1 ? '' : 's'}` : 'No other article quotes this statement.',
    conflicts: [],
    articles,
    chart: [],
  };
}

/** Occurrences grouped by article, articles by date (undated last), occurrences in reading order. */
function groupByArticle(
  snapshot: CorpusSnapshot,
  members: SpanRef[],
  view: (owner: Article, ref: SpanRef) => OccurrenceView | undefined,
): ArticleOccurrences[] {
  const byFile = new Map<string, ArticleOccurrences>();
  for (const ref of members) {
    const owner = snapshot.article(ref.file);
    if (!owner) continue;
    const occurrence = view(owner, ref);
    if (!occurrence) continue;
    let entry = byFile.get(ref.file);
    if (!entry) {
      entry = { file: ref.file, label: owner.title ?? displayPath(ref.file), path: displayPath(ref.file), date: owner.date, occurrences: [] };
      byFile.set(ref.file, entry);
    }
    entry.occurrences.push(occurrence);
  }
  const list = [...byFile.values()];
  for (const entry of list) entry.occurrences.sort((a, b) => a.ref.start - b.ref.start);
  return list.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.file.localeCompare(b.file));
}

function plainRef(ref: SpanRef): SpanRef {
  return { file: ref.file, start: ref.start, end: ref.end };
}
