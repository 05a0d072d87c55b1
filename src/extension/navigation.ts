import * as vscode from 'vscode';
import type { SpanRef } from '../core/format';
import { uriOf } from './articleKeys';
import type { CorpusService } from './corpusService';
import type { Feature } from './services';

export const OPEN_REFERENCE_COMMAND = 'crosscheck.openReference';

/** A `command:` link that opens an article with a span selected; arguments are JSON in the query. */
export function openReferenceLink(ref: SpanRef): string {
  const args = [{ file: ref.file, start: ref.start, end: ref.end }];
  return `command:${OPEN_REFERENCE_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Opens an article with the span selected and in view. */
export async function revealReference(
  corpus: CorpusService,
  ref: SpanRef,
  viewColumn: vscode.ViewColumn = vscode.ViewColumn.Active,
  preserveFocus = false,
): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uriOf(ref.file));
  const editor = await vscode.window.showTextDocument(document, { viewColumn, preserveFocus, preview: false });
  // The open document's own offsets are right unless it changed since analysis; then the analysed text's positions are the best guess.
  const range = corpus.isCurrent(document)
    ? new vscode.Range(document.positionAt(ref.start), document.positionAt(ref.end))
    : (corpus.rangeOf(ref) ?? new vscode.Range(document.positionAt(ref.start), document.positionAt(ref.end)));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function isSpanRef(value: unknown): value is SpanRef {
  const v = value as SpanRef | undefined;
  return !!v && typeof v.file === 'string' && Number.isInteger(v.start) && Number.isInteger(v.end) && v.start >= 0 && v.end >= v.start;
}

export const registerNavigation: Feature = (context, { corpus }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_REFERENCE_COMMAND, async (ref: unknown) => {
      // Links only ever lead to articles Crosscheck analysed, whatever a crafted link asks for.
      if (!isSpanRef(ref) || !corpus.corpus.has(ref.file)) return;
      await revealReference(corpus, ref);
    }),
  );
};
