// The analysis format (../shared/spec/analysis-format.md, v1): the contract shared by the
// engine, the CLI, the extension and the evaluation. Field order here is the order printed.

export type ActorType = 'person' | 'organization' | 'place';
export type Qualifier = 'at least' | 'about' | 'more than' | 'less than' | 'up to' | 'nearly' | null;
export type FigureKind = 'count' | 'percent' | 'money' | 'duration' | 'age' | 'ordinal' | 'other';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Quote extends Span {
  speaker: string | null;
  group: string | null;
}

export interface ActorMention extends Span {
  name: string;
  type: ActorType;
}

export interface Figure extends Span {
  value: number;
  qualifier: Qualifier;
  kind: FigureKind;
  subject: string;
  group: string | null;
}

export interface Article {
  file: string;
  date: string | null;
  title: string | null;
  quotes: Quote[];
  actors: ActorMention[];
  figures: Figure[];
}

export interface Actor {
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: number;
}

export interface SpanRef {
  file: string;
  start: number;
  end: number;
}

export interface FigureGroup {
  id: string;
  label: string;
  members: SpanRef[];
}

export interface QuoteGroup {
  id: string;
  speaker: string | null;
  members: SpanRef[];
}

export interface ConflictFigure extends SpanRef {
  value: number;
  qualifier: Qualifier;
  date: string | null;
}

export interface Conflict {
  group: string;
  label: string;
  figures: ConflictFigure[];
  explanation: string;
}

export interface AnalysisDocument {
  version: 1;
  articles: Article[];
  actors: Actor[];
  figureGroups: FigureGroup[];
  quoteGroups: QuoteGroup[];
  conflicts: Conflict[];
}

/** Projects any article-shaped object onto exactly the fields the format defines. */
export function toFormatArticle(a: Article): Article {
  return {
    file: a.file,
    date: a.date,
    title: a.title,
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, group: q.group })),
    actors: a.actors.map((m) => ({ start: m.start, end: m.end, text: m.text, name: m.name, type: m.type })),
    figures: a.figures.map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      qualifier: f.qualifier,
      kind: f.kind,
      subject: f.subject,
      group: f.group,
    })),
  };
}
