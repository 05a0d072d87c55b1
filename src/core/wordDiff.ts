// Word-level differences between two wordings of one quote, for showing where variants differ.

export type WordDiffKind = 'same' | 'added' | 'removed';

export interface WordDiffPart {
  text: string;
  /** `added`: in the variant only; `removed`: in the reference only; `same`: in both (or spacing and punctuation). */
  kind: WordDiffKind;
}

/** Above this many word pairs, the exact alignment costs too much; words are then compared as sets. */
const MAX_ALIGNMENT_CELLS = 250_000;

const TOKEN = /[\p{L}\p{N}'\u2019]+|[^\p{L}\p{N}'\u2019]+/gu;
const WORD = /^[\p{L}\p{N}'\u2019]+$/u;

interface Token {
  text: string;
  isWord: boolean;
  norm: string;
}

/**
 * The variant's text cut into parts marking the words it adds to the reference, with the
 * reference's missing words inserted where they would have been. Case, curly apostrophes and
 * punctuation do not count as differences.
 */
export function diffWords(reference: string, variant: string): WordDiffPart[] {
  const refTokens = tokenize(reference);
  const varTokens = tokenize(variant);
  const refWords = refTokens.filter((t) => t.isWord);
  const varWords = varTokens.filter((t) => t.isWord);

  const kept = refWords.length * varWords.length > MAX_ALIGNMENT_CELLS ? keptBySet(refWords, varWords) : keptByAlignment(refWords, varWords);

  const parts: WordDiffPart[] = [];
  const push = (text: string, kind: WordDiffKind) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ text, kind });
  };
  let refIndex = 0;
  let varWordIndex = 0;
  for (const token of varTokens) {
    if (!token.isWord) {
      push(token.text, 'same');
      continue;
    }
    const match = kept.variantToReference[varWordIndex++];
    if (match === undefined) {
      push(token.text, 'added');
      continue;
    }
    const missing: string[] = [];
    for (; refIndex < match; refIndex++) if (!kept.referenceKept[refIndex]) missing.push(refWords[refIndex].text);
    // The separating space belongs to the removed part, so the other parts spell the variant exactly.
    if (missing.length) push(`${missing.join(' ')} `, 'removed');
    refIndex = match + 1;
    push(token.text, 'same');
  }
  const tail: string[] = [];
  for (; refIndex < refWords.length; refIndex++) if (!kept.referenceKept[refIndex]) tail.push(refWords[refIndex].text);
  if (tail.length) push(`${parts.length ? ' ' : ''}${tail.join(' ')}`, 'removed');
  return joinRuns(parts);
}

/** Spacing between two added words belongs to the addition, so a run of new words reads as one change. */
function joinRuns(parts: WordDiffPart[]): WordDiffPart[] {
  const joined: WordDiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = joined[joined.length - 1];
    const bridge = part.kind === 'same' && !/[\p{L}\p{N}]/u.test(part.text) && last?.kind === 'added' && parts[i + 1]?.kind === 'added';
    if (bridge) {
      last.text += part.text + parts[i + 1].text;
      i++;
    } else if (last && last.kind === part.kind) last.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}

/** True when two wordings have the same words in the same order. */
export function sameWords(a: string, b: string): boolean {
  const wa = tokenize(a).filter((t) => t.isWord);
  const wb = tokenize(b).filter((t) => t.isWord);
  return wa.length === wb.length && wa.every((t, i) => t.norm === wb[i].norm);
}

interface Kept {
  /** For each variant word, the index of the reference word it matches, if any. */
  variantToReference: (number | undefined)[];
  referenceKept: boolean[];
}

/** Longest common subsequence of the two word lists. */
function keptByAlignment(ref: Token[], variant: Token[]): Kept {
  const n = ref.length;
  const m = variant.length;
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = ref[i].norm === variant[j].norm ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const variantToReference: (number | undefined)[] = new Array(m).fill(undefined);
  const referenceKept: boolean[] = new Array(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ref[i].norm === variant[j].norm) {
      variantToReference[j] = i;
      referenceKept[i] = true;
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return { variantToReference, referenceKept };
}

/** Order-blind fallback for very long quotes: a word is kept when the other side has it too. */
function keptBySet(ref: Token[], variant: Token[]): Kept {
  const refFirstIndex = new Map<string, number>();
  ref.forEach((t, i) => {
    if (!refFirstIndex.has(t.norm)) refFirstIndex.set(t.norm, i);
  });
  const variantNorms = new Set(variant.map((t) => t.norm));
  // Indices must never go backwards for the merge in diffWords, so later words map forward only.
  let last = -1;
  const variantToReference = variant.map((t) => {
    const index = refFirstIndex.get(t.norm);
    if (index === undefined || index <= last) return undefined;
    last = index;
    return index;
  });
  const referenceKept = ref.map((t) => variantNorms.has(t.norm));
  // A reference word counted as kept but never matched would vanish; mark it removed instead.
  const matched = new Set(variantToReference.filter((i): i is number => i !== undefined));
  return { variantToReference, referenceKept: referenceKept.map((k, i) => k && matched.has(i)) };
}

function tokenize(text: string): Token[] {
  return (text.match(TOKEN) ?? []).map((t) => {
    const isWord = WORD.test(t);
    return { text: t, isWord, norm: isWord ? t.toLowerCase().replace(/\u2019/g, "'") : t };
  });
}
