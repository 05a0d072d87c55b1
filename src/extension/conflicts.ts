import * as vscode from 'vscode';
import type { Conflict, ConflictFigure } from '../core/format';
import { displayPath, uriOf } from './articleKeys';
import type { CorpusService } from './corpusService';
import { formatQualified } from './markdown';
import { revealReference } from './navigation';
import type { Feature, Services } from './services';

export const DIAGNOSTIC_SOURCE = 'Crosscheck';

export interface FindConflictsResult {
  articles: number;
  conflicts: number;
  usedSeeds: boolean;
}

/**
 * Find Conflicting Figures: indexes the workspace (or the seeds when it holds no articles),
 * publishes each conflicting figure as a warning pointing at the figures it contradicts, and
 * offers the conflicts in a quick pick. Once run, the diagnostics follow the corpus.
 */
export const registerConflicts: Feature = (context, services) => {
  const diagnostics = vscode.languages.createDiagnosticCollection('crosscheck');
  let live = false;
  const publish = () => publishConflicts(services.corpus, diagnostics);
  context.subscriptions.push(
    diagnostics,
    services.corpus.onDidSettle(() => {
      if (live) publish();
    }),
    vscode.commands.registerCommand('crosscheck.findConflictingFigures', async (): Promise<FindConflictsResult> => {
      const usedSeeds = await indexEverything(services);
      live = true;
      const conflicts = publish();
      const articles = services.corpus.corpus.size;
      // Not awaited: the command's result (and a caller awaiting it) must not wait on the user's choice.
      if (conflicts.length === 0) {
        void vscode.window.showInformationMessage(`Crosscheck found no conflicting figures in ${articles} article${articles === 1 ? '' : 's'}.`);
      } else {
        void pickConflict(services.corpus, conflicts);
      }
      return { articles, conflicts: conflicts.length, usedSeeds };
    }),
  );
};

/** Makes sure every article is in the corpus; returns whether the seeds stood in for an empty workspace. */
async function indexEverything({ corpus, seeds }: Services): Promise<boolean> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: finding conflicting figures', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'indexing the workspace' });
      await corpus.whenWorkspaceIndexed();
      if (corpus.workspaceArticleCount > 0 || token.isCancellationRequested) return false;
      progress.report({ message: 'no articles in the workspace; using the seed articles' });
      await corpus.indexFiles(await seeds.uris(), 'Crosscheck: indexing seed articles', token);
      return true;
    },
  );
}

function publishConflicts(corpus: CorpusService, diagnostics: vscode.DiagnosticCollection): Conflict[] {
  const conflicts = corpus.snapshot().document.conflicts;
  const byFile = new Map<string, vscode.Diagnostic[]>();
  for (const conflict of conflicts) {
    for (const figure of conflict.figures) {
      const range = corpus.rangeOf(figure);
      if (!range) continue;
      const others = conflict.figures.filter((f) => f !== figure);
      const diagnostic = new vscode.Diagnostic(
        range,
        `Conflicting figure (${conflict.label}): ${conflict.explanation}`,
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = conflict.group;
      diagnostic.relatedInformation = others.flatMap((other) => {
        const otherRange = corpus.rangeOf(other);
        if (!otherRange) return [];
        return [new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(other.file), otherRange), `${describeValue(other)} in ${displayPath(other.file)}${other.date ? ` (${other.date})` : ''}`)];
      });
      const list = byFile.get(figure.file) ?? [];
      list.push(diagnostic);
      byFile.set(figure.file, list);
    }
  }
  diagnostics.clear();
  for (const [file, list] of byFile) diagnostics.set(uriOf(file), list);
  return conflicts;
}

interface ConflictItem extends vscode.QuickPickItem {
  conflict: Conflict;
}

async function pickConflict(corpus: CorpusService, conflicts: Conflict[]): Promise<void> {
  const items: ConflictItem[] = conflicts.map((conflict) => ({
    conflict,
    label: `$(warning) ${conflict.label}`,
    description: conflict.figures.map(describeValue).join(' vs '),
    detail: `${[...new Set(conflict.figures.map((f) => displayPath(f.file)))].join(', ')}: ${conflict.explanation}`,
  }));
  const choice = await vscode.window.showQuickPick(items, {
    title: `Crosscheck: ${conflicts.length} conflicting figure${conflicts.length === 1 ? '' : 's'}`,
    placeHolder: 'Choose a conflict to open its articles side by side',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (choice) await openSideBySide(corpus, choice.conflict);
}

/** The first two figures of a conflict in two editor columns, each with its figure selected. */
async function openSideBySide(corpus: CorpusService, conflict: Conflict): Promise<void> {
  const [first, second] = conflict.figures;
  if (!first) return;
  const left = await revealReference(corpus, first, vscode.ViewColumn.One);
  if (!second) return;
  await revealReference(corpus, second, second.file === first.file ? vscode.ViewColumn.One : vscode.ViewColumn.Two);
  // Splitting narrowed the first editor after it scrolled; bring its figure back into view.
  left.revealRange(left.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function describeValue(figure: ConflictFigure): string {
  return formatQualified(figure.value, figure.qualifier);
}
