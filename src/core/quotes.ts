import type { Quote } from './format';
import type { TextLayout } from './text';

export function extractQuotes(_layout: TextLayout): Quote[] {
  return [];
}
