import type { ActorMention, Quote } from './format';
import type { TextLayout } from './text';

export function attributeSpeakers(_layout: TextLayout, _quotes: Quote[], _actors: ActorMention[]): void {}
