import * as vscode from 'vscode';
import type { ActorType, Article } from '../core/format';
import { keyOf } from './articleKeys';
import type { CorpusService } from './corpusService';
import type { Feature } from './services';
import { decorationToggles, isArticleDocument } from './settings';

/** Editors repaint at most this often while analyses and scrolling arrive. */
const REPAINT_DEBOUNCE_MS = 50;

const color = (id: string) => new vscode.ThemeColor(id);

const quoteDecoration = vscode.window.createTextEditorDecorationType({
  backgroundColor: color('crosscheck.quoteBackground'),
  border: '1px solid',
  borderColor: color('crosscheck.quoteBorder'),
  fontStyle: 'italic',
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
});

/** Each actor type has its own colour and its own underline style, so they differ without colour too. */
const actorDecorations: Record<ActorType, vscode.TextEditorDecorationType> = {
  person: vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    borderColor: color('crosscheck.personForeground'),
    overviewRulerColor: color('crosscheck.personForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }),
  organization: vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 2px 0',
    borderColor: color('crosscheck.organizationForeground'),
  }),
  place: vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 2px 0',
    borderColor: color('crosscheck.placeForeground'),
  }),
};

const figureDecoration = vscode.window.createTextEditorDecorationType({
  backgroundColor: color('crosscheck.figureBackground'),
  border: '1px solid',
  borderColor: color('crosscheck.figureBorder'),
  borderRadius: '3px',
  fontWeight: 'bold',
  overviewRulerColor: color('crosscheck.figureBorder'),
  overviewRulerLane: vscode.OverviewRulerLane.Center,
});

const conflictDecoration = vscode.window.createTextEditorDecorationType({
  border: '2px solid',
  borderColor: color('crosscheck.conflictBorder'),
  borderRadius: '3px',
  overviewRulerColor: color('crosscheck.conflictBorder'),
  overviewRulerLane: vscode.OverviewRulerLane.Right,
  after: { contentText: ' \u26a0', color: color('crosscheck.conflictBorder') },
});

const ALL_DECORATIONS = [quoteDecoration, ...Object.values(actorDecorations), figureDecoration, conflictDecoration];

export interface OffsetRange {
  start: number;
  end: number;
}

/** The ranges last painted in an editor, as offsets, with the document version they belong to. */
export interface AppliedDecorations {
  version: number;
  quotes: OffsetRange[];
  actors: Record<ActorType, OffsetRange[]>;
  figures: OffsetRange[];
  conflicts: OffsetRange[];
}

const applied = new Map<string, AppliedDecorations>();

/** What the decorations of an open article currently show (read by the test commands). */
export function appliedDecorations(key: string): AppliedDecorations | undefined {
  return applied.get(key);
}

export const registerDecorations: Feature = (context, { corpus }) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => repaintVisibleEditors(corpus, true), REPAINT_DEBOUNCE_MS);
  };
  context.subscriptions.push(
    ...ALL_DECORATIONS,
    { dispose: () => clearTimeout(timer) },
    // An article's own spans follow each analysis; conflict marks, which need the corpus-wide
    // links, follow once changes settle.
    corpus.onDidChange((change) => {
      // Background indexing changes other articles every few milliseconds: were they to restart
      // the wait, the article being typed in would not be repainted until indexing ends.
      const shown = new Set(vscode.window.visibleTextEditors.map((e) => keyOf(e.document.uri)));
      if (!change.files.some((file) => shown.has(file))) return;
      clearTimeout(timer);
      timer = setTimeout(() => repaintVisibleEditors(corpus, false), REPAINT_DEBOUNCE_MS);
    }),
    corpus.onDidSettle(schedule),
    vscode.window.onDidChangeVisibleTextEditors(schedule),
    vscode.workspace.onDidCloseTextDocument((d) => applied.delete(keyOf(d.uri))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('crosscheck.decorations')) schedule();
    }),
  );
  schedule();
};

function repaintVisibleEditors(corpus: CorpusService, linksWanted: boolean): void {
  const toggles = decorationToggles();
  // While indexing, the links would be rebuilt from the whole corpus; the marks follow when it ends.
  const withConflicts = linksWanted && !corpus.indexing;
  for (const editor of vscode.window.visibleTextEditors) {
    const document = editor.document;
    if (!isArticleDocument(document)) continue;
    // An analysis of an older version would paint the wrong words; the current one is on its way.
    if (!corpus.isCurrent(document)) continue;
    const key = keyOf(document.uri);
    const article = corpus.article(key);
    if (!article) continue;
    const previous = applied.get(key);
    const toRanges = (spans: OffsetRange[]) => spans.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
    const ranges = spansOf(article);
    const shown: AppliedDecorations = {
      version: document.version,
      quotes: toggles.quotes ? ranges.quotes : [],
      actors: toggles.actors ? ranges.actors : { person: [], organization: [], place: [] },
      figures: toggles.figures ? ranges.figures : [],
      // Until the links are read again, keep the marks on figures that are still where they were.
      conflicts: !toggles.figures
        ? []
        : withConflicts
          ? conflictingFigures(corpus, article)
          : (previous?.conflicts ?? []).filter((c) => ranges.figures.some((f) => f.start === c.start && f.end === c.end)),
    };
    editor.setDecorations(quoteDecoration, toRanges(shown.quotes));
    for (const type of Object.keys(actorDecorations) as ActorType[]) editor.setDecorations(actorDecorations[type], toRanges(shown.actors[type]));
    editor.setDecorations(figureDecoration, toRanges(shown.figures));
    editor.setDecorations(conflictDecoration, toRanges(shown.conflicts));
    applied.set(key, shown);
  }
}

function spansOf(article: Article): Omit<AppliedDecorations, 'version' | 'conflicts'> {
  const span = (s: OffsetRange): OffsetRange => ({ start: s.start, end: s.end });
  const actors: Record<ActorType, OffsetRange[]> = { person: [], organization: [], place: [] };
  for (const mention of article.actors) actors[mention.type]?.push(span(mention));
  return { quotes: article.quotes.map(span), actors, figures: article.figures.map(span) };
}

function conflictingFigures(corpus: CorpusService, article: Article): OffsetRange[] {
  const snapshot = corpus.snapshot();
  return article.figures
    .filter((f) => snapshot.conflictsAt({ file: article.file, start: f.start, end: f.end }).length > 0)
    .map((f) => ({ start: f.start, end: f.end }));
}
