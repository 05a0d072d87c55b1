// The messages between the cross-reference panel and its webview. Plain data only: both sides
// import these types, and the webview bundle must never pull in `vscode`.
import type { WordDiffPart } from '../../core/wordDiff';

export interface PanelRef {
  file: string;
  start: number;
  end: number;
}

export interface OccurrenceView {
  ref: PanelRef;
  /** The figure's or quote's own words. */
  text: string;
  /** A figure's value as normalised; a quote's speaker. */
  detail: string;
  /** Who the article credits the figure to. */
  source: string | null;
  /** The occurrence the cursor is on. */
  current: boolean;
  /** Part of a conflict. */
  conflicting: boolean;
  /** For quote variants: how this wording differs from the one under the cursor. */
  diff: WordDiffPart[] | null;
}

export interface ArticleOccurrences {
  file: string;
  /** The headline, or the file name when the article has none. */
  label: string;
  /** Where the article lives, to tell apart copies with one headline. */
  path: string;
  date: string | null;
  occurrences: OccurrenceView[];
}

export interface ChartPoint {
  date: string;
  value: number;
  label: string;
  ref: PanelRef;
  current: boolean;
  conflicting: boolean;
}

export interface CrossRefModel {
  kind: 'figure' | 'quote';
  heading: string;
  subheading: string;
  /** Conflict explanations for the figure's group. */
  conflicts: string[];
  articles: ArticleOccurrences[];
  /** Dated values of a figure group, oldest first; empty for quotes. */
  chart: ChartPoint[];
}

export type ToWebview = { type: 'show'; model: CrossRefModel } | { type: 'empty'; message: string };

export type FromWebview = { type: 'ready' } | { type: 'open'; ref: PanelRef };

export function isFromWebview(message: unknown): message is FromWebview {
  const m = message as FromWebview | undefined;
  if (!m || typeof m !== 'object') return false;
  if (m.type === 'ready') return true;
  return (
    m.type === 'open' &&
    !!m.ref &&
    typeof m.ref.file === 'string' &&
    Number.isInteger(m.ref.start) &&
    Number.isInteger(m.ref.end)
  );
}
