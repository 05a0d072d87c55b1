import * as vscode from 'vscode';
import { articlesViewVisible, listedArticles } from './articlesView';
import { appliedDecorations } from './decorations';
import { crossRefPanel } from './panel/crossRefView';
import type { CorpusService } from './corpusService';
import type { Feature } from './services';

/**
 * Read-only views of internal state for the integration tests, which drive a real VS Code and can
 * see neither decorations nor tree rows through the public API. Not contributed to the palette,
 * and not registered in an installed (production) extension.
 */
export const registerTestCommands: Feature = (context, { corpus }) => {
  if (context.extensionMode === vscode.ExtensionMode.Production) return;
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck._test.decorations', (uri: string) => appliedDecorations(uri) ?? null),
    vscode.commands.registerCommand('crosscheck._test.articles', () => listedArticles()),
    vscode.commands.registerCommand('crosscheck._test.skipped', () => corpus.skippedFiles()),
    vscode.commands.registerCommand('crosscheck._test.crossRef', () => crossRefPanel?.shown ?? null),
    vscode.commands.registerCommand('crosscheck._test.views', () => ({ articles: articlesViewVisible(), crossRef: !!crossRefPanel?.visible })),
    vscode.commands.registerCommand('crosscheck._test.indexState', () => indexState(corpus)),
    vscode.commands.registerCommand('crosscheck._test.whenIndexed', async () => {
      await corpus.whenWorkspaceIndexed();
      // Taken before the views' refresh that the end of indexing schedules, which the bench times apart.
      const indexedAt = performance.now();
      return { ...indexState(corpus), indexedAt };
    }),
    // Cancels the workspace index once it has read `after` files: deterministic, where cancelling
    // from the test's side would race an index that may already be done.
    vscode.commands.registerCommand('crosscheck._test.cancelIndexingAfter', (after: number) => {
      const listener = corpus.onDidChangeIndexing((progress) => {
        if (!progress || progress.done < after) return;
        listener.dispose();
        corpus.cancelIndexing();
      });
      context.subscriptions.push(listener);
    }),
    vscode.commands.registerCommand('crosscheck._test.isCurrent', (uri: string) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      return !!document && corpus.isCurrent(document);
    }),
  );
};

function indexState(corpus: CorpusService) {
  return {
    articles: corpus.corpus.size,
    indexing: corpus.indexing ?? null,
    lastIndex: corpus.lastIndexResult ?? null,
    snapshotBuilds: corpus.snapshotBuilds(),
  };
}
