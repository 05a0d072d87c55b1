import type { AnalyzedArticle } from '../analyze';
import type { Conflict, FigureGroup } from '../format';

/** Keeps figure groups and conflicts up to date as articles come and go. */
export class FigureLinker {
  update(_file: string, _article: AnalyzedArticle | undefined): void {}
  groups(): FigureGroup[] {
    return [];
  }
  conflicts(): Conflict[] {
    return [];
  }
}
