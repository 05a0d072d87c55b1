import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { keyOf } from '../articleKeys';
import type { CorpusService } from '../corpusService';
import { revealReference } from '../navigation';
import type { Feature } from '../services';
import { isArticleDocument } from '../settings';
import { crossRefModelAt } from './crossRefModel';
import { isFromWebview, type ToWebview } from './protocol';

export const CROSS_REF_VIEW_ID = 'crosscheck.crossRef';
/** The panel follows the cursor, but not every keystroke of it. */
const FOLLOW_DEBOUNCE_MS = 150;

/** Where the panel is pointed: an article and an offset in it. */
interface PanelTarget {
  file: string;
  offset: number;
}

/** The cross-reference panel: every occurrence of the figure or quote under the cursor, across articles. */
export class CrossRefViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private target: PanelTarget | undefined;
  private outdated = false;
  private lastMessage: ToWebview = { type: 'empty', message: 'Place the cursor on a figure or a quote in an article.' };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly corpus: CorpusService,
    /** Where the cursor is now, for a panel opened before the cursor moved. */
    private readonly cursorTarget: () => PanelTarget | undefined,
  ) {}

  /** The last message sent (or due) to the webview; read by the test commands. */
  get shown(): ToWebview {
    return this.lastMessage;
  }

  /** Whether the panel is on screen; read by the test commands. */
  get visible(): boolean {
    return !!this.view?.visible;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webviewRoot = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    view.webview.options = { enableScripts: true, localResourceRoots: [webviewRoot] };
    view.webview.html = this.html(view.webview, webviewRoot);
    this.target ??= this.cursorTarget();
    // Computed now, delivered when the script says it is ready.
    if (this.target) this.showAt(this.target, true);
    // The view is resolved again each time it is shown after being hidden; its listeners go with it.
    const listeners = [
      view.webview.onDidReceiveMessage((message: unknown) => {
        if (!isFromWebview(message)) return;
        if (message.type === 'ready') void view.webview.postMessage(this.lastMessage);
        else if (this.corpus.corpus.has(message.ref.file)) void revealReference(this.corpus, message.ref, vscode.ViewColumn.One);
      }),
    ];
    listeners.push(
      view.onDidChangeVisibility(() => {
        if (view.visible && this.outdated) this.render();
      }),
    );
    this.disposables.push(...listeners);
    view.onDidDispose(() => {
      for (const l of listeners) l.dispose();
      if (this.view === view) this.view = undefined;
    });
  }

  /**
   * Points the panel at a position. It renders now if it is visible (or `now` is set); a hidden
   * panel renders when it is next shown, so following the cursor costs nothing while it is closed.
   */
  showAt(target: PanelTarget | undefined, now = false): void {
    this.target = target;
    if (now || this.view?.visible) this.render();
    else this.outdated = true;
  }

  render(): void {
    this.outdated = false;
    const indexing = this.corpus.indexing;
    if (this.target && indexing) {
      // The links would be rebuilt from the whole corpus at every move of the cursor; the panel
      // renders again when indexing ends (onDidSettle).
      const progress = `${indexing.done.toLocaleString('en-US')} of ${indexing.total.toLocaleString('en-US')}`;
      this.lastMessage = { type: 'empty', message: `Indexing articles (${progress}). Cross-references are shown when indexing finishes.` };
    } else if (this.target) {
      const result = crossRefModelAt(this.corpus.snapshot(), (file) => this.corpus.article(file), this.target.file, this.target.offset);
      this.lastMessage = 'model' in result ? { type: 'show', model: result.model } : { type: 'empty', message: result.message };
    }
    void this.view?.webview.postMessage(this.lastMessage);
  }

  /** Renders the current subject again with the latest analysis, when anyone can see it. */
  refresh(): void {
    this.showAt(this.target);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private html(webview: vscode.Webview, root: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'crossRef.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'crossRef.css'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Cross-references</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }
}

export const registerCrossRefView: Feature = (context, { corpus }) => {
  const provider = new CrossRefViewProvider(context.extensionUri, corpus, () => {
    const editor = vscode.window.activeTextEditor;
    return editor && isArticleDocument(editor.document) && corpus.isCurrent(editor.document) ? targetOf(editor, editor.selection.active) : undefined;
  });
  crossRefPanel = provider;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = (editor: vscode.TextEditor | undefined) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Away from an article the panel keeps its subject, refreshed with the latest analysis.
      if (!editor || editor.document.isClosed || !isArticleDocument(editor.document)) return provider.refresh();
      // Until the edit is analysed, the cursor's offset would point into older text; the analysis re-triggers this.
      if (!corpus.isCurrent(editor.document)) return;
      provider.showAt(targetOf(editor, editor.selection.active));
    }, FOLLOW_DEBOUNCE_MS);
  };
  context.subscriptions.push(
    provider,
    { dispose: () => clearTimeout(timer) },
    vscode.window.registerWebviewViewProvider(CROSS_REF_VIEW_ID, provider),
    // Only the editor the user is in leads; late selection events from editors opened in the background do not.
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) follow(e.textEditor);
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    corpus.onDidSettle(() => follow(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('crosscheck.showCrossReferences', async () => {
      const editor = vscode.window.activeTextEditor;
      // A selection means "this span": its start lies inside what was selected.
      const target =
        editor && isArticleDocument(editor.document) ? targetOf(editor, editor.selection.isEmpty ? editor.selection.active : editor.selection.start) : undefined;
      clearTimeout(timer);
      await vscode.commands.executeCommand(`${CROSS_REF_VIEW_ID}.focus`);
      if (target) provider.showAt(target, true);
      else provider.render();
      return provider.shown;
    }),
  );
};

/** The panel of this activation, for the test commands. */
export let crossRefPanel: CrossRefViewProvider | undefined;

function targetOf(editor: vscode.TextEditor, position: vscode.Position): PanelTarget {
  return { file: keyOf(editor.document.uri), offset: editor.document.offsetAt(position) };
}
