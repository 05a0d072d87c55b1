// The workspace the editor bench opens: synthetic articles (lib/seeds.ts) under articles/, which
// the default crosscheck.articleGlobs index.
import fs from 'node:fs';
import path from 'node:path';
import { loadSeeds, syntheticCorpus } from '../lib/seeds';

export interface WrittenWorkspace {
  files: number;
  bytes: number;
  /** Workspace-relative path of the article the bench types in. */
  typingFile: string;
}

export function writeWorkspace(dir: string, count: number, seed = 1): WrittenWorkspace {
  const articles = syntheticCorpus(loadSeeds(), count, seed);
  let bytes = 0;
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  // The typing must not reach the disk: a save would come back through the file watcher.
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }, null, 2));
  for (const article of articles) {
    const file = path.join(dir, 'articles', path.basename(article.file));
    fs.writeFileSync(file, article.text);
    bytes += Buffer.byteLength(article.text, 'utf8');
  }
  return { files: articles.length, bytes, typingFile: `articles/${path.basename(articles[0].file)}` };
}
