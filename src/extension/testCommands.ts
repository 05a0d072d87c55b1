import * as vscode from 'vscode';
import { articlesViewVisible, listedArticles } from './articlesView';
import { appliedDecorations } from './decorations';
import { crossRefPanel } from './panel/crossRefView';
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
    vscode.commands.registerCommand('crosscheck._test.isCurrent', (uri: string) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      return !!document && corpus.isCurrent(document);
    }),
  );
};
