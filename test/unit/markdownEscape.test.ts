import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../src/extension/markdown';

describe('escapeMarkdown', () => {
  it('leaves no link, image, HTML or command syntax active', () => {
    const hostile = '[click](command:workbench.action.files.delete) ![x](https://e.x/i.png) <img src=x onerror=alert(1)> `code` *b* $(zap)';
    const escaped = escapeMarkdown(hostile);
    // Every special character is preceded by a backslash, so none starts syntax.
    assert.doesNotMatch(escaped, /(^|[^\\])[[\]()<>`*!$]/);
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile, 'unescaping gives the text back');
  });

  it('keeps a quote on one line', () => {
    assert.equal(escapeMarkdown('one\r\ntwo\nthree'), 'one two three');
  });
});
