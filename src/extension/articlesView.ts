import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { Article } from '../core/format';
import { baseName, displayPath, SEED_SCHEME, uriOf } from './articleKeys';
import type { CorpusService } from './corpusService';
import type { Feature } from './services';

export const ARTICLES_VIEW_ID = 'crosscheck.articles';

/** One row of the Articles tree, as plain data (also what the test commands return). */
export interface ArticleRow {
  file: string;
  label: string;
  description: string;
  conflicts: number;
}

function articleRows(snapshot: CorpusSnapshot): ArticleRow[] {
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

/** Where articles come from, when they come from more than one place: a workspace folder, the seeds, other files. */
interface OriginNode {
  origin: string;
  rows: ArticleRow[];
}

type ArticleNode = OriginNode | ArticleRow;

function originOf(file: string): string {
  const uri = uriOf(file);
  if (uri.scheme === SEED_SCHEME) return 'Seed articles';
  return vscode.workspace.getWorkspaceFolder(uri)?.name ?? 'Other files';
}

class ArticlesTree implements vscode.TreeDataProvider<ArticleNode> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changeEmitter.fire();
  }

  getChildren(node?: ArticleNode): ArticleNode[] {
    if (node) return 'origin' in node ? node.rows : [];
    const rows = articleRows(this.corpus.snapshot());
    const byOrigin = new Map<string, ArticleRow[]>();
    for (const row of rows) {
      const origin = originOf(row.file);
      byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), row]);
    }
    // One origin needs no heading; several (a workspace copy beside the seeds) do.
    return byOrigin.size <= 1 ? rows : [...byOrigin].map(([origin, members]) => ({ origin, rows: members }));
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    if ('origin' in node) {
      const group = new vscode.TreeItem(node.origin, vscode.TreeItemCollapsibleState.Expanded);
      group.id = `origin:${node.origin}`;
      const conflicting = node.rows.filter((r) => r.conflicts).length;
      group.description = `${node.rows.length} article${node.rows.length === 1 ? '' : 's'}${conflicting ? ` \u00b7 ${conflicting} with conflicts` : ''}`;
      group.iconPath = new vscode.ThemeIcon(node.origin === 'Seed articles' ? 'book' : 'folder');
      return group;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.file;
    item.description = node.description;
    item.tooltip = `${displayPath(node.file)}\n${node.description}`;
    item.iconPath = new vscode.ThemeIcon(node.conflicts ? 'warning' : 'file-text');
    item.resourceUri = uriOf(node.file);
    item.command = { command: 'vscode.open', title: 'Open Article', arguments: [uriOf(node.file), { preview: true }] };
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}

let shownTree: ArticlesTree | undefined;
let shownView: vscode.TreeView<ArticleNode> | undefined;

/** Whether the Articles view is on screen (for the test commands). */
export function articlesViewVisible(): boolean {
  return !!shownView?.visible;
}

/** The articles as the tree shows them, walked through the tree provider itself (for the test commands). */
export function listedArticles(): { file: string; label: string; description: string; group: string | null }[] {
  if (!shownTree) return [];
  const tree = shownTree;
  const describe = (node: ArticleRow, group: string | null) => {
    const item = tree.getTreeItem(node);
    return { file: node.file, label: String(item.label), description: String(item.description ?? ''), group };
  };
  return tree.getChildren().flatMap((node) => ('origin' in node ? node.rows.map((row) => describe(row, node.origin)) : [describe(node, null)]));
}

export const registerArticlesView: Feature = (context, { corpus }) => {
  const tree = new ArticlesTree(corpus);
  shownTree = tree;
  const view = vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: false });
  shownView = view;
  // A hidden tree is refreshed when it is shown again, not on every change it cannot show.
  let stale = false;
  const refresh = () => {
    void vscode.commands.executeCommand('setContext', 'crosscheck.hasArticles', corpus.corpus.size > 0);
    if (view.visible) tree.refresh();
    else stale = true;
  };
  context.subscriptions.push(
    tree,
    view,
    view.onDidChangeVisibility((e) => {
      if (e.visible && stale) {
        stale = false;
        tree.refresh();
      }
    }),
    corpus.onDidSettle(refresh),
    vscode.commands.registerCommand('crosscheck.refreshArticles', async () => {
      await corpus.reindexWorkspace();
      tree.refresh();
    }),
  );
  refresh();
};
