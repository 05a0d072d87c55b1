import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { Article } from '../core/format';
import { baseName, displayPath, SEED_SCHEME, uriOf } from './articleKeys';
import type { CorpusService, IndexProgress } from './corpusService';
import type { Feature } from './services';

export const ARTICLES_VIEW_ID = 'crosscheck.articles';

/** One row of the Articles tree, as plain data (also what the test commands return). */
export interface ArticleRow {
  file: string;
  label: string;
  description: string;
  conflicts: number;
}

const byPath = new Intl.Collator().compare;

function articleRows(snapshot: CorpusSnapshot): ArticleRow[] {
  const conflictsByFile = new Map<string, number>();
  for (const conflict of snapshot.document.conflicts) {
    for (const file of new Set(conflict.figures.map((f) => f.file))) conflictsByFile.set(file, (conflictsByFile.get(file) ?? 0) + 1);
  }
  // Each path worked out once: a comparison that asked for both would do it n log n times.
  return snapshot.document.articles
    .map((article) => ({ row: rowOf(article, conflictsByFile.get(article.file) ?? 0), path: displayPath(article.file) }))
    .sort((a, b) => byPath(a.path, b.path))
    .map(({ row }) => row);
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

/** A run of consecutive rows of a list too long to show at once. */
interface PageNode {
  page: string;
  rows: ArticleRow[];
}

type ArticleNode = OriginNode | PageNode | ArticleRow;

/**
 * Longest list shown at once; a longer one is split into collapsed pages. VS Code builds every row
 * of an expanded list in one go in the extension host, tens of microseconds each: thousands of
 * rows at every refresh would hold up typing.
 */
const PAGE_SIZE = 200;

function paged(rows: ArticleRow[]): (PageNode | ArticleRow)[] {
  if (rows.length <= PAGE_SIZE) return rows;
  const pages: PageNode[] = [];
  for (let i = 0; i < rows.length; i += PAGE_SIZE) {
    const members = rows.slice(i, i + PAGE_SIZE);
    pages.push({ page: `${baseName(members[0].file)} \u2013 ${baseName(members[members.length - 1].file)}`, rows: members });
  }
  return pages;
}

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
    if (node) return 'origin' in node ? paged(node.rows) : 'page' in node ? node.rows : [];
    const rows = articleRows(this.corpus.snapshot());
    const byOrigin = new Map<string, ArticleRow[]>();
    for (const row of rows) {
      const origin = originOf(row.file);
      const members = byOrigin.get(origin);
      if (members) members.push(row);
      else byOrigin.set(origin, [row]);
    }
    // One origin needs no heading; several (a workspace copy beside the seeds) do.
    return byOrigin.size <= 1 ? paged(rows) : [...byOrigin].map(([origin, members]) => ({ origin, rows: members }));
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    if ('page' in node) {
      const page = new vscode.TreeItem(node.page, vscode.TreeItemCollapsibleState.Collapsed);
      page.id = `page:${node.rows[0].file}`;
      const conflicting = node.rows.filter((r) => r.conflicts).length;
      page.description = `${node.rows.length} articles${conflicting ? ` \u00b7 ${conflicting} with conflicts` : ''}`;
      return page;
    }
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
  const walk = (nodes: ArticleNode[], group: string | null): ReturnType<typeof describe>[] =>
    nodes.flatMap((node) => ('origin' in node ? walk(tree.getChildren(node), node.origin) : 'page' in node ? walk(tree.getChildren(node), group) : [describe(node, group)]));
  return walk(tree.getChildren(), null);
}

export const registerArticlesView: Feature = (context, { corpus }) => {
  const tree = new ArticlesTree(corpus);
  shownTree = tree;
  const view = vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: false });
  shownView = view;
  // A hidden tree is refreshed when it is shown again, not on every change it cannot show.
  let stale = false;
  let hasArticles: boolean | undefined;
  const setHasArticles = () => {
    if (hasArticles === corpus.corpus.size > 0) return;
    hasArticles = corpus.corpus.size > 0;
    void vscode.commands.executeCommand('setContext', 'crosscheck.hasArticles', hasArticles);
  };
  const refresh = () => {
    setHasArticles();
    if (view.visible) tree.refresh();
    else stale = true;
  };
  // The list reads the corpus-wide links (its conflict counts), so it is rebuilt once indexing is
  // over (onDidSettle waits for that); meanwhile the view says how far indexing has got.
  const showIndexing = (progress: IndexProgress | undefined) => {
    setHasArticles();
    view.message = progress ? `Indexing articles: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}. The list is updated when indexing finishes.` : undefined;
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
    corpus.onDidChangeIndexing(showIndexing),
    vscode.commands.registerCommand('crosscheck.refreshArticles', async () => {
      await corpus.reindexWorkspace();
      tree.refresh();
    }),
  );
  refresh();
};
