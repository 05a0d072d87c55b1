import type { Figure } from './format';
import type { AnalysisContext } from './analyze';

/** A figure with what the links, hovers and conflict explanations need beyond the format. */
export interface AnalyzedFigure extends Figure {
  /** Who the article attributes the number to ("the Gaza health ministry"), if anyone. */
  source: string | null;
}

export function extractFigures(_ctx: AnalysisContext): AnalyzedFigure[] {
  return [];
}
