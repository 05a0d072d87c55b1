import assert from 'node:assert/strict';
import { diffWords, sameWords, type WordDiffPart } from '../../src/core/wordDiff';

/** The variant as the panel prints it: every part but the removed ones. */
const variantOf = (parts: WordDiffPart[]) => parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
const words = (parts: WordDiffPart[], kind: WordDiffPart['kind']) => parts.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe('diffWords', () => {
  it('marks the words a fragment leaves out and the words it adds', () => {
    const parts = diffWords('The State of Israel cannot accept this.', 'Israel cannot accept this, he said');
    assert.deepEqual(words(parts, 'removed'), ['The State of']);
    assert.deepEqual(words(parts, 'added'), ['he said'], 'a run of added words is one change');
    assert.equal(variantOf(parts), 'Israel cannot accept this, he said');
  });

  it('ignores case, punctuation and curly apostrophes', () => {
    assert.deepEqual(diffWords('We’re ready.', "we're ready"), [{ text: "we're ready", kind: 'same' }]);
    assert.ok(sameWords('We’re ready.', "we're READY"));
    assert.ok(!sameWords('We are ready', 'We were ready'));
  });

  it('shows a substituted word as removed then added', () => {
    const parts = diffWords('find some area', 'find an area');
    assert.deepEqual(words(parts, 'added'), ['an']);
    assert.deepEqual(words(parts, 'removed'), ['some']);
    assert.equal(variantOf(parts), 'find an area');
  });

  it('keeps the variant text intact for very long quotes', () => {
    const long = Array.from({ length: 800 }, (_, i) => `w${i % 97}`).join(' ');
    const variant = `${long} extra`;
    const parts = diffWords(long, variant);
    assert.ok(variantOf(parts) === variant, 'the variant is spelled exactly by its non-removed parts');
    assert.ok(words(parts, 'added').join(' ').includes('extra'));
  });
});
