import type { Article, ActorMention, Quote } from './format';
import { layout, type TextLayout } from './text';
import { extractQuotes } from './quotes';
import { extractActors } from './actors';
import { attributeSpeakers } from './speakers';
import { extractFigures, type AnalyzedFigure } from './figures';
import { findArticleDate, findArticleTitle } from './articleMeta';

/** An article as the engine keeps it: the format's fields plus what the links and the editor need. */
export interface AnalyzedArticle extends Article {
  figures: AnalyzedFigure[];
  /** Length of the analysed text, so stale editor ranges can be detected. */
  length: number;
}

export interface AnalysisContext {
  layout: TextLayout;
  quotes: Quote[];
  actors: ActorMention[];
  date: string | null;
}

/** Analyses one article's text. Deterministic; a bounded number of linear passes. */
export function analyzeArticle(rawText: string, file: string): AnalyzedArticle {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lay = layout(text);
  const quotes = extractQuotes(lay);
  const actors = extractActors(lay, quotes);
  attributeSpeakers(lay, quotes, actors);
  const date = findArticleDate(lay);
  const figures = extractFigures({ layout: lay, quotes, actors, date });
  return {
    file,
    date,
    title: findArticleTitle(lay),
    quotes,
    actors,
    figures,
    length: text.length,
  };
}
