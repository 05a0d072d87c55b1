import type { TextLayout } from './text';

export function findArticleDate(_layout: TextLayout): string | null {
  return null;
}

export function findArticleTitle(_layout: TextLayout): string | null {
  return null;
}
