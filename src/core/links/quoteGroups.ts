import type { AnalyzedArticle } from '../analyze';
import type { QuoteGroup } from '../format';

export class QuoteLinker {
  update(_file: string, _article: AnalyzedArticle | undefined): void {}
  groups(): QuoteGroup[] {
    return [];
  }
}
