import * as vscode from 'vscode';
import { keyOf } from './articleKeys';
import type { Feature } from './services';
import { isArticleDocument } from './settings';

const UPDATE_DEBOUNCE_MS = 100;

/** The active article's counts; turns to a warning when it holds conflicting figures. Click: the panel. */
export const registerStatusBar: Feature = (context, { corpus }) => {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Crosscheck';
  item.command = 'crosscheck.showCrossReferences';

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const article = document && isArticleDocument(document) ? corpus.snapshot().article(keyOf(document.uri)) : undefined;
    if (!article) {
      item.hide();
      return;
    }
    const snapshot = corpus.snapshot();
    const conflicts = new Set(article.figures.flatMap((f) => snapshot.conflictsAt({ file: article.file, start: f.start, end: f.end }))).size;
    const counts = `$(quote) ${article.quotes.length}  $(person) ${article.actors.length}  $(symbol-number) ${article.figures.length}`;
    item.text = conflicts ? `${counts}  $(warning) ${conflicts}` : counts;
    item.backgroundColor = conflicts ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.tooltip = [
      `Crosscheck: ${article.quotes.length} quotes, ${article.actors.length} actors, ${article.figures.length} figures`,
      conflicts ? `${conflicts} conflict${conflicts === 1 ? '' : 's'} with other articles` : 'No conflicting figures',
      'Click to show cross-references',
    ].join('\n');
    item.show();
  };

  // Analyses arrive in bursts (indexing, typing); one repaint per burst is enough.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleUpdate = () => {
    clearTimeout(timer);
    timer = setTimeout(update, UPDATE_DEBOUNCE_MS);
  };
  context.subscriptions.push(item, { dispose: () => clearTimeout(timer) }, vscode.window.onDidChangeActiveTextEditor(update), corpus.onDidChange(scheduleUpdate));
  update();
};
