import * as vscode from 'vscode';
import { keyOf } from './articleKeys';
import type { Feature } from './services';
import { isArticleDocument } from './settings';

/** The active article's counts; turns to a warning when it holds conflicting figures. Click: the panel. */
export const registerStatusBar: Feature = (context, { corpus }) => {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Crosscheck';
  item.command = 'crosscheck.showCrossReferences';

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const article = document && isArticleDocument(document) ? corpus.article(keyOf(document.uri)) : undefined;
    if (!article) {
      item.hide();
      return;
    }
    // While indexing, the links would be rebuilt from the whole corpus for one count; it follows when indexing ends.
    const snapshot = corpus.indexing ? undefined : corpus.snapshot();
    const conflicts = snapshot ? new Set(article.figures.flatMap((f) => snapshot.conflictsAt({ file: article.file, start: f.start, end: f.end }))).size : 0;
    const counts = `$(quote) ${article.quotes.length}  $(person) ${article.actors.length}  $(symbol-number) ${article.figures.length}`;
    item.text = conflicts ? `${counts}  $(warning) ${conflicts}` : counts;
    item.backgroundColor = conflicts ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.tooltip = [
      `Crosscheck: ${article.quotes.length} quotes, ${article.actors.length} actors, ${article.figures.length} figures`,
      !snapshot
        ? 'Conflicts with other articles are counted when indexing finishes'
        : conflicts
          ? `${conflicts} conflict${conflicts === 1 ? '' : 's'} with other articles`
          : 'No conflicting figures',
      'Click to show cross-references',
    ].join('\n');
    item.show();
  };

  // The conflict count reads the corpus-wide links, so it follows settled changes, not every analysis.
  context.subscriptions.push(item, vscode.window.onDidChangeActiveTextEditor(update), corpus.onDidSettle(update));
  update();
};
