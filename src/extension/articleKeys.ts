import * as vscode from 'vscode';

/** The scheme of the read-only seed articles shipped inside the extension. */
export const SEED_SCHEME = 'crosscheck-seed';

/** The corpus key of a document: its URI as a string, stable across opens and renames of the editor. */
export function keyOf(uri: vscode.Uri): string {
  return uri.toString();
}

export function uriOf(key: string): vscode.Uri {
  return vscode.Uri.parse(key, true);
}

/** How an article is named to the user: workspace-relative, seeds as `seeds/<name>`. */
export function displayPath(key: string): string {
  const uri = uriOf(key);
  if (uri.scheme === SEED_SCHEME) return uri.path.replace(/^\/+/, '');
  return vscode.workspace.asRelativePath(uri, false);
}

export function baseName(key: string): string {
  const path = uriOf(key).path;
  return path.slice(path.lastIndexOf('/') + 1);
}
