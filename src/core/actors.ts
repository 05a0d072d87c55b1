import type { ActorMention, Quote } from './format';
import type { TextLayout } from './text';

export function extractActors(_layout: TextLayout, _quotes: Quote[]): ActorMention[] {
  return [];
}
