import * as vscode from 'vscode';
import { keyOf, SEED_SCHEME } from './articleKeys';
import type { Feature } from './services';
import { ARTICLE_LANGUAGE, articlePatterns } from './settings';

/** Files the user chose with "Analyze This File", remembered per workspace. */
const ANALYZED_FILES_KEY = 'crosscheck.analyzedFiles';
/** Languages an article may arrive in before Crosscheck claims it. */
const CLAIMABLE_LANGUAGES = new Set(['plaintext', 'markdown']);

/**
 * Decides which documents are news articles: files matching `crosscheck.articleGlobs`, seeds, and
 * files the user asked for. They get the news-article language, which is what every other
 * feature keys on.
 */
export const registerArticleDocuments: Feature = (context) => {
  const chosen = new Set(context.workspaceState.get<string[]>(ANALYZED_FILES_KEY, []));

  const claim = (document: vscode.TextDocument): void => {
    if (document.languageId === ARTICLE_LANGUAGE || document.isClosed) return;
    const wanted =
      document.uri.scheme === SEED_SCHEME ||
      chosen.has(keyOf(document.uri)) ||
      (CLAIMABLE_LANGUAGES.has(document.languageId) && matchesArticleGlobs(document));
    if (wanted) void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE).then(undefined, () => undefined);
  };

  for (const document of vscode.workspace.textDocuments) claim(document);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(claim),
    vscode.commands.registerCommand('crosscheck.analyzeThisFile', async (uri?: vscode.Uri): Promise<string | undefined> => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Crosscheck: open a text file first, then run "Analyze This File".');
        return undefined;
      }
      const key = keyOf(document.uri);
      // An untitled name is reused by the next new file, so only saved files are remembered.
      if (document.uri.scheme !== 'untitled') {
        chosen.add(key);
        await context.workspaceState.update(ANALYZED_FILES_KEY, [...chosen]);
      }
      const article = document.languageId === ARTICLE_LANGUAGE ? document : await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
      await vscode.window.showTextDocument(article, { preview: false });
      return key;
    }),
  );
};

function matchesArticleGlobs(document: vscode.TextDocument): boolean {
  const selector = articlePatterns().map((pattern) => ({ pattern }));
  return selector.length > 0 && vscode.languages.match(selector, document) > 0;
}
