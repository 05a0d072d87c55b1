import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { Article } from '../core/format';
import { baseName, displayPath, uriOf } from './articleKeys';
import type { CorpusService } from './corpusService';
import type { Feature } from './services';

export const ARTICLES_VIEW_ID = 'crosscheck.articles';
const REFRESH_DEBOUNCE_MS = 200;

/** One row of the Articles tree, as plain data (also what the test commands return). */
export interface ArticleRow {
  file: string;
  label: string;
  description: string;
  conflicts: number;
}

export function articleRows(snapshot: CorpusSnapshot): ArticleRow[] {
  const conflictsByFile = new Map<string, number>();
  for (const conflict of snapshot.document.conflicts) {
    for (const file of new Set(conflict.figures.map((f) => f.file))) conflictsByFile.set(file, (conflictsByFile.get(file) ?? 0) + 1);
  }
  return snapshot.document.articles
    .map((article) => rowOf(article, conflictsByFile.get(article.file) ?? 0))
    .sort((a, b) => displayPath(a.file).localeCompare(displayPath(b.file)));
}

function rowOf(article: Article, conflicts: number): ArticleRow {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const parts = [article.date ?? 'undated', count(article.quotes.length, 'quote'), count(article.actors.length, 'actor'), count(article.figures.length, 'figure')];
  if (conflicts) parts.push(count(conflicts, 'conflict'));
  return { file: article.file, label: article.title ?? baseName(article.file), description: parts.join(' \u00b7 '), conflicts };
}

class ArticlesTree implements vscode.TreeDataProvider<ArticleRow> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changeEmitter.fire();
  }

  getChildren(element?: ArticleRow): ArticleRow[] {
    return element ? [] : articleRows(this.corpus.snapshot());
  }

  getTreeItem(row: ArticleRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = row.file;
    item.description = row.description;
    item.tooltip = `${displayPath(row.file)}\n${row.description}`;
    item.iconPath = new vscode.ThemeIcon(row.conflicts ? 'warning' : 'file-text');
    item.resourceUri = uriOf(row.file);
    item.command = { command: 'vscode.open', title: 'Open Article', arguments: [uriOf(row.file), { preview: true }] };
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}

export const registerArticlesView: Feature = (context, { corpus }) => {
  const tree = new ArticlesTree(corpus);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      tree.refresh();
      void vscode.commands.executeCommand('setContext', 'crosscheck.hasArticles', corpus.corpus.size > 0);
    }, REFRESH_DEBOUNCE_MS);
  };
  context.subscriptions.push(
    tree,
    { dispose: () => clearTimeout(timer) },
    vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: false }),
    corpus.onDidChange(refresh),
    vscode.commands.registerCommand('crosscheck.refreshArticles', async () => {
      await corpus.reindexWorkspace();
      tree.refresh();
    }),
  );
  refresh();
};
