import * as vscode from 'vscode';
import { Corpus, type CorpusChange, type CorpusSnapshot } from '../core/corpus';
import type { AnalyzedArticle } from '../core/analyze';
import { decodeArticle } from '../core/decode';
import type { SpanRef } from '../core/format';
import { AnalysisPool, type Analysis } from '../node/analysisPool';
import { displayPath, keyOf, SEED_SCHEME, uriOf } from './articleKeys';
import { LineIndex } from './lineIndex';
import { articlePatterns, isArticleDocument, maxFileSize } from './settings';

/** Typing pauses this long before the article is analysed again. */
const EDIT_DEBOUNCE_MS = 300;
const WATCHER_DEBOUNCE_MS = 200;
/** Quiet time after the last change before link-reading views refresh. */
const SETTLE_MS = 250;
/** Longest a link-reading view waits while changes keep coming (background indexing). */
const SETTLE_MAX_WAIT_MS = 2000;
/** Files read and analysed per step of background indexing; the next step is read and analysed while one is filed. */
const INDEX_CHUNK = 25;
/**
 * Longest stretch of filing analyses (or analysing, when no worker thread runs) between two yields
 * to the extension host. Well under the 50 ms a keystroke may wait: the machine may be busy, and
 * the article that ends a slice may be long.
 */
const INDEX_SLICE_MS = 15;
/** Beyond this many files, indexing shows a notification that can be cancelled rather than a status spinner. */
const NOTIFY_INDEX_ABOVE = 100;

export interface IndexResult {
  indexed: number;
  skipped: number;
  /** Files open in an editor, whose editor text stands instead of the disk's. */
  unchanged: number;
  cancelled: boolean;
}

/** How far the indexing in progress has got. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** One rebuild of the corpus-wide links (a snapshot), as timed by the service. */
export interface SnapshotBuild {
  /** performance.now() when the rebuild started. */
  at: number;
  ms: number;
  articles: number;
}

/** Rebuilds remembered for the test commands. */
const SNAPSHOT_BUILDS_KEPT = 100;

/**
 * Keeps the Corpus in sync with the editor and the workspace: open articles are analysed from
 * their editor text (debounced, only that article), other article files from disk in chunks, and
 * a file watcher follows adds, changes and deletes. It only ever reads articles.
 */
export class CorpusService implements vscode.Disposable {
  readonly corpus = new Corpus();
  private readonly pool = new AnalysisPool();
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  /** Fires after the corpus changed (once per batch). */
  readonly onDidChange = this.changeEmitter.event;

  private readonly lineIndexes = new Map<string, LineIndex>();
  /** The document version each open article was analysed at; absent when analysed from disk. */
  private readonly analyzedVersions = new Map<string, number>();
  /** Files found by the article globs (or added by the caller from disk), re-read from disk when their editor closes. */
  private readonly diskArticles = new Set<string>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pendingFileEvents = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skips: SkipNotices;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private workspaceIndex: Promise<IndexResult> | undefined;
  private indexGeneration = 0;
  private indexCancellation: vscode.CancellationTokenSource | undefined;
  /** Progress of each indexFiles call under way (a superseded index finishes its slice alongside the new one). */
  private readonly indexesUnderWay = new Set<IndexProgress>();
  private readonly indexingEmitter = new vscode.EventEmitter<IndexProgress | undefined>();
  /** Fires as background indexing starts, advances (per chunk) and ends (undefined). */
  readonly onDidChangeIndexing = this.indexingEmitter.event;
  private lastIndex: IndexResult | undefined;
  private lastSnapshot: CorpusSnapshot | undefined;
  private readonly builds: SnapshotBuild[] = [];

  private readonly settleEmitter = new vscode.EventEmitter<void>();
  /**
   * Fires once changes pause (or at least every few seconds while they go on), and not before
   * background indexing ends. Views that read corpus-wide links listen to this rather than to
   * every change: a snapshot is rebuilt from the whole corpus, which takes seconds on a large one,
   * and should follow neither every keystroke nor every slice of an index.
   */
  readonly onDidSettle = this.settleEmitter.event;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private unsettledSince: number | undefined;

  constructor(private readonly output: vscode.OutputChannel) {
    this.skips = new SkipNotices(output);
    const forward = this.corpus.onDidChange((change) => {
      this.changeEmitter.fire(change);
      this.scheduleSettle();
    });
    this.disposables.push(this.changeEmitter, this.settleEmitter, this.indexingEmitter, { dispose: () => forward.dispose() });
  }

  private scheduleSettle(): void {
    this.unsettledSince ??= Date.now();
    clearTimeout(this.settleTimer);
    // Each slice of an index changes the corpus; the links are read once, when it is all in.
    if (this.indexesUnderWay.size > 0) return;
    const wait = Math.max(0, Math.min(SETTLE_MS, this.unsettledSince + SETTLE_MAX_WAIT_MS - Date.now()));
    this.settleTimer = setTimeout(() => {
      if (this.indexesUnderWay.size > 0) return; // the index's end settles it
      this.unsettledSince = undefined;
      this.settleEmitter.fire();
    }, wait);
  }

  /** Starts following the editor and indexes the workspace in the background. */
  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.onDocumentOpened(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onDocumentClosed(d)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reindexWorkspace()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('crosscheck.maxFileSize')) this.reanalyzeOpenArticles();
        if (e.affectsConfiguration('crosscheck.articleGlobs') || e.affectsConfiguration('crosscheck.maxFileSize')) {
          this.reindexWorkspace();
        }
      }),
    );
    this.corpus.batch(() => {
      for (const document of vscode.workspace.textDocuments) this.onDocumentOpened(document);
    });
    this.reindexWorkspace();
  }

  snapshot(): CorpusSnapshot {
    const start = performance.now();
    const snapshot = this.corpus.snapshot();
    if (snapshot !== this.lastSnapshot) {
      this.lastSnapshot = snapshot;
      // Timed because a rebuild reads the whole corpus: what it costs is what a large workspace waits for.
      this.builds.push({ at: start, ms: performance.now() - start, articles: this.corpus.size });
      if (this.builds.length > SNAPSHOT_BUILDS_KEPT) this.builds.shift();
    }
    return snapshot;
  }

  /** The latest rebuilds of the corpus-wide links, oldest first. */
  snapshotBuilds(): readonly SnapshotBuild[] {
    return this.builds;
  }

  /** The indexing under way, summed over every index running; undefined when none is. */
  get indexing(): IndexProgress | undefined {
    if (this.indexesUnderWay.size === 0) return undefined;
    const sum = { done: 0, total: 0 };
    for (const p of this.indexesUnderWay) {
      sum.done += p.done;
      sum.total += p.total;
    }
    return sum;
  }

  /** The result of the last indexFiles call that finished. */
  get lastIndexResult(): IndexResult | undefined {
    return this.lastIndex;
  }

  /** Stops the background index of the workspace, as the Cancel button of its notification does. */
  cancelIndexing(): void {
    this.indexCancellation?.cancel();
  }

  article(key: string): AnalyzedArticle | undefined {
    return this.corpus.get(key);
  }

  /** True when the corpus holds the analysis of exactly this version of the document. */
  isCurrent(document: vscode.TextDocument): boolean {
    const key = keyOf(document.uri);
    return this.corpus.has(key) && this.analyzedVersions.get(key) === document.version;
  }

  /** The editor range of a span of an analysed article, from the text that was analysed. */
  rangeOf(ref: SpanRef): vscode.Range | undefined {
    const lines = this.lineIndexes.get(ref.file);
    if (!lines) return undefined;
    const start = lines.positionAt(ref.start);
    const end = lines.positionAt(ref.end);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }

  /** Files left out of the corpus and why, in the order they were reported. */
  skippedFiles(): { file: string; reason: string }[] {
    return this.skips.reported();
  }

  /** Resolves once the background index of the workspace's article files has finished. */
  async whenWorkspaceIndexed(): Promise<IndexResult> {
    // A newer index (settings or folders changed meanwhile) supersedes the one awaited.
    for (;;) {
      const awaited = this.workspaceIndex ?? this.reindexWorkspace();
      const result = await awaited;
      if (awaited === this.workspaceIndex) return result;
    }
  }

  /** Number of files the article globs found in the workspace at the last index. */
  get workspaceArticleCount(): number {
    return [...this.diskArticles].filter((key) => uriOf(key).scheme !== SEED_SCHEME).length;
  }

  /** Reads and analyses the given files (not already open in an editor), in chunks with progress. */
  async indexFiles(uris: readonly vscode.Uri[], title: string, token?: vscode.CancellationToken): Promise<IndexResult> {
    const result: IndexResult = { indexed: 0, skipped: 0, unchanged: 0, cancelled: false };
    const location = uris.length > NOTIFY_INDEX_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    const underWay: IndexProgress = { done: 0, total: uris.length };
    this.indexesUnderWay.add(underWay);
    this.indexingEmitter.fire(this.indexing);
    try {
      await vscode.window.withProgress({ location, title, cancellable: true }, async (progress, progressToken) => {
        const cancelled = () => progressToken.isCancellationRequested || !!token?.isCancellationRequested;
        // A chunk is read, then analysed in the worker thread, while the previous one is filed here.
        const prepare = async (from: number) => {
          const texts = await Promise.all(uris.slice(from, from + INDEX_CHUNK).map((uri) => this.readArticle(uri)));
          const analyses = await Promise.all(texts.map((text, k) => (text === undefined ? undefined : this.pool.analyze(keyOf(uris[from + k]), text))));
          return { texts, analyses };
        };
        let next = prepare(0);
        for (let i = 0; i < uris.length && !cancelled(); i += INDEX_CHUNK) {
          const chunk = uris.slice(i, i + INDEX_CHUNK);
          const { texts, analyses } = await next;
          if (i + INDEX_CHUNK < uris.length) next = prepare(i + INDEX_CHUNK);
          // Filing (and, without a worker, analysis) is synchronous: work in slices so typing, hovers
          // and cancellation stay responsive.
          for (let j = 0; j < chunk.length && !cancelled(); ) {
            const sliceStart = performance.now();
            this.corpus.batch(() => {
              // One article at least; another only while one as long as the last still fits the slice.
              let last: number;
              do {
                const start = performance.now();
                this.indexOne(chunk[j], texts[j], analyses[j], result);
                j++;
                last = performance.now() - start;
              } while (j < chunk.length && performance.now() - sliceStart + last < INDEX_SLICE_MS);
            });
            await yieldToHost();
          }
          underWay.done = result.indexed + result.skipped + result.unchanged;
          this.indexingEmitter.fire(this.indexing);
          progress.report({ increment: (chunk.length / uris.length) * 100, message: `${Math.min(i + INDEX_CHUNK, uris.length)} of ${uris.length}` });
        }
        result.cancelled = result.indexed + result.skipped + result.unchanged < uris.length;
      });
    } finally {
      this.indexesUnderWay.delete(underWay);
      this.lastIndex = result;
      this.indexingEmitter.fire(this.indexing);
      if (this.indexesUnderWay.size === 0 && this.unsettledSince !== undefined) this.scheduleSettle();
    }
    this.output.appendLine(`${title}: ${result.indexed} analysed, ${result.skipped} skipped${result.cancelled ? ', cancelled' : ''}.`);
    return result;
  }

  private indexOne(uri: vscode.Uri, text: string | undefined, analysis: Analysis | undefined, result: IndexResult): void {
    const key = keyOf(uri);
    if (text === undefined) {
      result.skipped++;
      // An earlier analysis of a file now refused (grown, limit lowered) must not linger.
      this.diskArticles.delete(key);
      if (!this.openArticle(key)) this.forget(key);
      return;
    }
    this.diskArticles.add(key);
    if (this.openArticle(key)) {
      result.unchanged++; // the editor's text is newer than the disk's
      return;
    }
    this.analyze(key, text, undefined, analysis);
    result.indexed++;
  }


  dispose(): void {
    for (const timer of [...this.pendingEdits.values(), ...this.pendingFileEvents.values()]) clearTimeout(timer);
    this.indexCancellation?.cancel();
    this.pool.dispose();
    clearTimeout(this.settleTimer);
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
    this.skips.dispose();
  }

  /** Finds the article files again, re-reads them and restarts the file watchers. */
  reindexWorkspace(): Promise<IndexResult> {
    const generation = ++this.indexGeneration;
    this.indexCancellation?.cancel();
    const cancellation = new vscode.CancellationTokenSource();
    this.indexCancellation = cancellation;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const patterns = articlePatterns();
    for (const pattern of patterns) this.watchers.push(this.watch(pattern));
    this.workspaceIndex = (async () => {
      const found = new Map<string, vscode.Uri>();
      for (const pattern of patterns) {
        for (const uri of await vscode.workspace.findFiles(pattern)) found.set(keyOf(uri), uri);
      }
      if (generation !== this.indexGeneration) return { indexed: 0, skipped: 0, unchanged: 0, cancelled: true };
      // Files that no longer match the globs leave the corpus unless an editor still shows them.
      const stale = [...this.diskArticles].filter((key) => uriOf(key).scheme !== SEED_SCHEME && !found.has(key));
      this.corpus.batch(() => {
        for (const key of stale) {
          this.diskArticles.delete(key);
          if (!this.openArticle(key)) this.forget(key);
        }
      });
      try {
        return await this.indexFiles([...found.values()], 'Crosscheck: indexing articles', cancellation.token);
      } finally {
        cancellation.dispose();
      }
    })();
    this.workspaceIndex.catch((err) => this.output.appendLine(`Indexing failed: ${String(err)}`));
    return this.workspaceIndex;
  }

  private watch(pattern: vscode.RelativePattern): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    watcher.onDidCreate((uri) => this.onFileEvent(uri, 'changed'));
    watcher.onDidChange((uri) => this.onFileEvent(uri, 'changed'));
    watcher.onDidDelete((uri) => this.onFileEvent(uri, 'deleted'));
    return watcher;
  }

  private reanalyzeOpenArticles(): void {
    this.corpus.batch(() => {
      for (const document of vscode.workspace.textDocuments) {
        if (!document.isClosed && isArticleDocument(document)) this.analyzeDocument(document);
      }
    });
  }

  private onFileEvent(uri: vscode.Uri, kind: 'changed' | 'deleted'): void {
    const key = keyOf(uri);
    clearTimeout(this.pendingFileEvents.get(key));
    this.pendingFileEvents.set(
      key,
      setTimeout(async () => {
        this.pendingFileEvents.delete(key);
        if (kind === 'deleted') {
          this.diskArticles.delete(key);
          if (!this.openArticle(key)) this.forget(key);
          return;
        }
        this.diskArticles.add(key);
        if (this.openArticle(key)) return;
        const text = await this.readArticle(uri);
        if (text === undefined) this.forget(key);
        else if (!this.openArticle(key)) this.analyze(key, text, undefined);
      }, WATCHER_DEBOUNCE_MS),
    );
  }

  private onDocumentOpened(document: vscode.TextDocument): void {
    const key = keyOf(document.uri);
    if (isArticleDocument(document)) {
      if (!this.isCurrent(document)) this.analyzeDocument(document);
    } else if (this.corpus.has(key) && !this.diskArticles.has(key)) {
      // Its language was switched away from news-article: it is no longer an article.
      this.forget(key);
    }
  }

  private onDocumentChanged(document: vscode.TextDocument): void {
    if (!isArticleDocument(document)) return;
    const key = keyOf(document.uri);
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        if (!document.isClosed) this.analyzeDocument(document);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private onDocumentClosed(document: vscode.TextDocument): void {
    const key = keyOf(document.uri);
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.delete(key);
    // A language change closes and reopens the document; decide once the dust has settled.
    setTimeout(() => {
      if (this.openArticle(key)) return;
      this.analyzedVersions.delete(key);
      if (!this.corpus.has(key)) return;
      if (this.diskArticles.has(key)) void this.reloadFromDisk(key);
      else this.forget(key);
    }, 0);
  }

  private async reloadFromDisk(key: string): Promise<void> {
    const text = await this.readArticle(uriOf(key));
    if (this.openArticle(key)) return;
    if (text === undefined) this.forget(key);
    else this.analyze(key, text, undefined);
  }

  private analyzeDocument(document: vscode.TextDocument): void {
    const key = keyOf(document.uri);
    const text = document.getText();
    const limit = maxFileSize();
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limit) {
      this.skips.report(key, `too large (${bytes} bytes; crosscheck.maxFileSize is ${limit})`);
      this.analyzedVersions.delete(key);
      this.forget(key);
      return;
    }
    this.analyze(key, text, document.version);
  }

  /** Files the analysis of an article, made here unless the worker made it. */
  private analyze(key: string, text: string, version: number | undefined, analysis?: Analysis): void {
    // Recorded before the upsert because its change event makes listeners ask isCurrent and rangeOf;
    // undone if the engine throws, so an older analysis is never taken for this version.
    this.lineIndexes.set(key, new LineIndex(text));
    if (version === undefined) this.analyzedVersions.delete(key);
    else this.analyzedVersions.set(key, version);
    try {
      if (!analysis) this.corpus.upsert(key, text);
      else if ('error' in analysis) throw analysis.error;
      else this.corpus.put(key, analysis.article);
    } catch (err) {
      this.analyzedVersions.delete(key);
      this.forget(key);
      this.output.appendLine(`Analysis of ${displayPath(key)} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      this.skips.report(key, `could not be analysed (${err instanceof Error ? err.message : String(err)})`);
    }
  }

  private forget(key: string): void {
    this.lineIndexes.delete(key);
    this.corpus.remove(key);
  }

  private openArticle(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && isArticleDocument(d) && keyOf(d.uri) === key);
  }

  private async readArticle(uri: vscode.Uri): Promise<string | undefined> {
    const key = keyOf(uri);
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      // Checked before reading so a huge file is never loaded just to be refused.
      if (stat.size > maxFileSize()) {
        this.skips.report(key, `too large (${stat.size} bytes; crosscheck.maxFileSize is ${maxFileSize()})`);
        return undefined;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      this.skips.report(key, `could not be read (${err instanceof Error ? err.message : String(err)})`);
      return undefined;
    }
    const decoded = decodeArticle(bytes, maxFileSize());
    if (!decoded.ok) {
      this.skips.report(key, decoded.reason);
      return undefined;
    }
    return decoded.text;
  }
}

/**
 * Tells the user, once per file and reason, which articles were not analysed and why.
 * Reports arriving together (one indexing chunk) are gathered into one notification.
 */
class SkipNotices implements vscode.Disposable {
  private readonly told = new Map<string, { file: string; reason: string }>();
  private pending: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly output: vscode.OutputChannel) {}

  report(key: string, reason: string): void {
    // Once per file and kind of reason: a huge file being typed in changes its size, not the news.
    const id = `${key}\u0000${reason.replace(/\s*\(.*$/s, '')}`;
    if (this.told.has(id)) return;
    this.told.set(id, { file: key, reason });
    const line = `${displayPath(key)}: ${reason}`;
    this.output.appendLine(`Skipped ${line}`);
    this.pending.push(line);
    this.timer ??= setTimeout(() => this.flush(), 500);
  }

  reported(): { file: string; reason: string }[] {
    return [...this.told.values()];
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private flush(): void {
    this.timer = undefined;
    const lines = this.pending;
    this.pending = [];
    if (lines.length === 0) return;
    const shown = lines.slice(0, 3).join('; ');
    const more = lines.length > 3 ? ` and ${lines.length - 3} more (see the Crosscheck output)` : '';
    const noun = lines.length === 1 ? 'file' : 'files';
    void vscode.window
      .showWarningMessage(`Crosscheck skipped ${lines.length} ${noun}: ${shown}${more}.`, 'Show Output', 'Open Settings')
      .then((choice) => {
        if (choice === 'Show Output') this.output.show(true);
        else if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'crosscheck.maxFileSize');
      });
  }
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
