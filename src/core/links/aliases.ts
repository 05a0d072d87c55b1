import type { AnalyzedArticle } from '../analyze';
import type { Actor, ActorType } from '../format';

export class ActorLinker {
  update(_file: string, _article: AnalyzedArticle | undefined): void {}
  actors(): Actor[] {
    return [];
  }
  /** The corpus-wide canonical name for an in-article canonical name. */
  canonical(name: string, _type: ActorType): string {
    return name;
  }
}
