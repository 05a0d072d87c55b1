import * as vscode from 'vscode';
import { SEED_SCHEME } from './articleKeys';
import type { Feature } from './services';
import { ARTICLE_LANGUAGE } from './settings';

/** Where the seeds appear under the read-only scheme: crosscheck-seed:/seeds/<name>. */
const SEED_ROOT = '/seeds';

/**
 * The seed articles shipped inside the extension, served read-only under `crosscheck-seed:` so a
 * reader can annotate nothing by accident: the workbench refuses to save them.
 */
export class SeedLibrary implements vscode.FileSystemProvider {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changeEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The seed articles, in name order. */
  async uris(): Promise<vscode.Uri[]> {
    const entries = await this.readDirectory(vscode.Uri.from({ scheme: SEED_SCHEME, path: SEED_ROOT }));
    return entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
      .map(([name]) => name)
      .sort()
      .map((name) => vscode.Uri.from({ scheme: SEED_SCHEME, path: `${SEED_ROOT}/${name}` }));
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const stat = await vscode.workspace.fs.stat(this.backingUri(uri));
    return { type: stat.type, ctime: stat.ctime, mtime: stat.mtime, size: stat.size, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(uri: vscode.Uri): Thenable<[string, vscode.FileType][]> {
    return vscode.workspace.fs.readDirectory(this.backingUri(uri));
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(this.backingUri(uri));
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(oldUri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(oldUri);
  }

  /** The file inside the extension that a seed URI stands for; nothing outside `seeds/` is reachable. */
  private backingUri(uri: vscode.Uri): vscode.Uri {
    const segments = uri.path.split('/').filter(Boolean);
    if (segments[0] !== SEED_ROOT.slice(1) || segments.some((s) => s === '..' || s === '.')) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    return vscode.Uri.joinPath(this.extensionUri, ...segments);
  }
}

export const registerSeeds: Feature = (context, { seeds }) => {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(SEED_SCHEME, seeds, { isReadonly: true, isCaseSensitive: true }),
    vscode.commands.registerCommand('crosscheck.openSeedArticles', async (): Promise<string[]> => {
      const uris = await seeds.uris();
      if (uris.length === 0) {
        void vscode.window.showWarningMessage('Crosscheck: this installation ships no seed articles.');
        return [];
      }
      // Loaded together, shown one by one so the tabs keep the seeds' order.
      const documents = await Promise.all(
        uris.map(async (uri) => {
          const document = await vscode.workspace.openTextDocument(uri);
          return document.languageId === ARTICLE_LANGUAGE ? document : vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
        }),
      );
      for (const document of documents.slice(1)) await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true });
      await vscode.window.showTextDocument(documents[0], { preview: false, viewColumn: vscode.ViewColumn.One });
      return uris.map((u) => u.toString());
    }),
  );
};
