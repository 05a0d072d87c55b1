import type { ActorMention, Article, Figure, Quote } from '../core/format';

export interface SpansAt {
  figure?: Figure;
  actor?: ActorMention;
  quote?: Quote;
}

/**
 * The figure, actor mention and quote of an article that contain an offset.
 * With `touchingEnd`, a caret just after a span still counts, as a cursor resting after a word does.
 */
export function spansAt(article: Article, offset: number, touchingEnd = false): SpansAt {
  const contains = (s: { start: number; end: number }) => s.start <= offset && (touchingEnd ? offset <= s.end : offset < s.end);
  return {
    figure: article.figures.find(contains),
    actor: article.actors.find(contains),
    // The innermost quote, should the engine ever nest them.
    quote: article.quotes.filter(contains).sort((a, b) => a.end - a.start - (b.end - b.start))[0],
  };
}
