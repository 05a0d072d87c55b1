// Who said each quote. The names are invented so that passing proves the rules are general,
// not a memory of the seed articles. Quotes are located by their text in the input.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';

/** The speaker the engine gives the quote whose text starts at the first occurrence of `opening`. */
function speakerOf(text: string, opening: string, from = 0): string | null {
  const start = text.indexOf(opening, from);
  assert.ok(start >= 0, `test input lacks ${JSON.stringify(opening)}`);
  const quotes = analyzeArticle(text, 'test.txt').quotes;
  const q = quotes.find((x) => x.start === start);
  assert.ok(q, `no quote starts at ${start} (${JSON.stringify(opening)}); quotes start at ${quotes.map((x) => x.start).join(', ')}`);
  return q.speaker;
}

describe('speakers: attribution next to the quote', () => {
  it('"…," X said', () => {
    const text = 'The council voted late on Monday.\n"The vote was fair and final," Maria Keller said.';
    assert.equal(speakerOf(text, 'The vote was fair'), 'Maria Keller');
  });

  it('"…," said X', () => {
    const text = 'Farmers blocked the highway for a third day.\n\u201cWe will stay until they listen,\u201d said Tomas Varga, who leads the union.';
    assert.equal(speakerOf(text, 'We will stay'), 'Tomas Varga');
  });

  it('X said: "…"', () => {
    const text = 'The strike entered its second week.\nTomas Varga said: \u201cNobody in this town has been paid since March.\u201d';
    assert.equal(speakerOf(text, 'Nobody in this town'), 'Tomas Varga');
  });

  it('X, the Y, said "…"', () => {
    const text = 'Maria Keller, the party\u2019s deputy leader, said "We expected a closer race."';
    assert.equal(speakerOf(text, 'We expected'), 'Maria Keller');
  });

  it('a "while X told" clause after the quote is someone else speaking, not its attribution', () => {
    const text = 'President Elena Marsh said a deal was \u201ccloser than ever\u201d, while foreign ministry spokesman Tomas Varga told reporters: \u201cWe are cautiously optimistic.\u201d';
    assert.equal(speakerOf(text, 'closer than ever'), 'Elena Marsh');
    assert.equal(speakerOf(text, 'We are cautiously'), 'Tomas Varga');
  });

  it('"<Name>\u2019s office said" and "<Org> said" opening sentences name their speakers', () => {
    const text = [
      'The army ordered residents of the city to leave on Wednesday.',
      'Varga\u2019s office said the country would \u201cnot compromise on its security\u201d.',
      'Vostra said the order was aimed at \u201csabotaging\u201d the talks.',
      'Witnesses said the roads were \u201cfull of people\u201d.',
    ].join('\n');
    assert.equal(speakerOf(text, 'not compromise'), 'Varga');
    assert.equal(speakerOf(text, 'sabotaging'), 'Vostra');
    assert.equal(speakerOf(text, 'full of people'), null);
  });

  it('a pronoun after a name in the lead-in is the subject ("Asked whether X ..., he said")', () => {
    const text = [
      'Tomas Varga, the relief chief, said the situation was dire.',
      'Asked whether Moldova was to blame, he said: \u201cI am not going to get into that,\u201d adding that \u201call parties\u201d had duties.',
    ].join('\n');
    assert.equal(speakerOf(text, 'I am not going'), 'Tomas Varga');
    assert.equal(speakerOf(text, 'all parties'), 'Tomas Varga');
  });

  it('"what the military called" after "<Demonym> troops" speaks for that country', () => {
    const text = 'Moldovan troops launched what the military called \u201climited and targeted\u201d raids into the valley, after strikes that Ruritanian officials say killed dozens.';
    assert.equal(speakerOf(text, 'limited and targeted'), 'Moldova');
  });

  it('"His office said" speaks for the man named before', () => {
    const text = 'Prime Minister Tomas Varga cancelled a planned visit in protest. His office said the allies had \u201cretreated from their position\u201d.';
    assert.equal(speakerOf(text, 'retreated'), 'Tomas Varga');
  });

  it('"the mission said" after "<Place>\'s mission" speaks for that place', () => {
    const text = 'Moldova\u2019s mission to the United Nations said the attack was a response. \u201cThe matter can be deemed concluded,\u201d the mission said on X.';
    assert.equal(speakerOf(text, 'The matter can'), 'Moldova');
  });

  it('a title before the name is not part of the speaker', () => {
    const text = 'Foreign Minister Elena Marsh said \u201cThe embassy will stay open for now.\u201d';
    assert.equal(speakerOf(text, 'The embassy will stay'), 'Elena Marsh');
  });

  it('"…," said Title X', () => {
    const text = 'The summit ended without a statement.\n\u201cWe made progress on the hard questions,\u201d said Foreign Minister Elena Marsh.';
    assert.equal(speakerOf(text, 'We made progress'), 'Elena Marsh');
  });

  it('"according to X" after the quote', () => {
    const text = 'The dam was inspected on Monday.\n\u201cThe cracks are older than we thought,\u201d according to Maria Keller, the chief engineer.';
    assert.equal(speakerOf(text, 'The cracks are older'), 'Maria Keller');
  });

  it('"quoted an Egyptian official as saying" speaks for Egypt, not for the outlet', () => {
    const text = 'The Cairo Daily Post quoted an Egyptian official as saying \u201cthe crossing will stay shut until the fighting stops.\u201d';
    assert.equal(speakerOf(text, 'the crossing will stay shut'), 'Egypt');
  });

  it('a partial quote after "X told the <outlet> that" goes to X, and the outlet name is no quote', () => {
    const text = 'Maria Keller told the \u201cVelm Daily\u201d newspaper that \u201cnothing is decided\u201d.';
    assert.deepEqual(
      analyzeArticle(text, 'test.txt').quotes.map((q) => q.text),
      ['nothing is decided'],
    );
    assert.equal(speakerOf(text, 'nothing is decided'), 'Maria Keller');
  });

  it('the subject of "accused X of" speaks, not the accused', () => {
    const text = 'The Civic Renewal Party accused Tomas Varga of \u201cbetraying the valley\u201d.';
    assert.equal(speakerOf(text, 'betraying the valley'), 'Civic Renewal Party');
  });

  it('the listener after "told" is not the speaker', () => {
    const text = 'The meeting ended early.\n\u201cWe were not consulted,\u201d Maria Keller told Tomas Varga at the meeting.';
    assert.equal(speakerOf(text, 'We were not consulted'), 'Maria Keller');
  });

  it('a partial quote goes to the subject of its own sentence, not the previous one', () => {
    const text = 'Tomas Varga rejected the offer. Maria Keller, however, called it \u201ca start\u201d.';
    assert.equal(speakerOf(text, 'a start'), 'Maria Keller');
  });

  it('a parenthetical naming someone else does not steal the subject', () => {
    const text = 'Tomas Varga, speaking in Paris after meeting Elena Marsh, said \u201cThe border must reopen before the harvest.\u201d';
    assert.equal(speakerOf(text, 'The border must reopen'), 'Tomas Varga');
  });

  it('the surname alone names the same speaker as the full name used earlier', () => {
    const text = 'Maria Keller toured the flooded district on Sunday.\n\u201cThe river rose faster than anyone predicted,\u201d Keller said.';
    assert.equal(speakerOf(text, 'The river rose'), 'Maria Keller');
  });
});

describe('speakers: role nouns and pronouns', () => {
  it('"the minister said" goes to the most recent person fitting the role', () => {
    const text = [
      'Tomas Varga, a banker, opened the summit in Vienna on Monday.',
      'Foreign Minister Elena Marsh arrived on Tuesday.',
      '\u201cWe came to listen, not to lecture,\u201d the minister said.',
    ].join('\n');
    assert.equal(speakerOf(text, 'We came to listen'), 'Elena Marsh');
  });

  it('"the group said" goes to the most recent organisation, skipping a photo credit', () => {
    const text = [
      'The Civic Renewal Party walked out of the coalition talks on Tuesday.',
      'Delegates leave the hall in Vienna. File/AFP',
      '\u201cThe plan is dead and everyone knows it,\u201d the group said in a statement.',
    ].join('\n');
    assert.equal(speakerOf(text, 'The plan is dead'), 'Civic Renewal Party');
  });

  it('"he added" goes to the last speaker, not to someone he met', () => {
    const text = [
      '\u201cWe will wait for the courts,\u201d Tomas Varga said after meeting Elena Marsh.',
      '\u201cNothing has changed since last year,\u201d he added.',
    ].join('\n');
    assert.equal(speakerOf(text, 'We will wait'), 'Tomas Varga');
    assert.equal(speakerOf(text, 'Nothing has changed'), 'Tomas Varga');
  });

  it('"she added" in the same paragraph goes to the last speaker', () => {
    const text = '\u201cThe budget is balanced,\u201d Maria Keller said on Friday. \u201cWe will not raise taxes,\u201d she added.';
    assert.equal(speakerOf(text, 'We will not raise taxes'), 'Maria Keller');
  });
});

describe('speakers: bodies speaking through unnamed officials', () => {
  it('"Ruritania\'s foreign ministry said" speaks for Ruritania', () => {
    const text = [
      'Talks between Ruritania and Moldova stalled on Monday.',
      'Ruritania\u2019s foreign ministry said \u201cThe proposal ignores our security concerns.\u201d',
    ].join('\n');
    assert.equal(speakerOf(text, 'The proposal ignores'), 'Ruritania');
  });

  it('"Varga\'s office said" speaks for Tomas Varga', () => {
    const text = ['Tomas Varga cancelled his trip to Geneva on Monday.', 'Varga\u2019s office said \u201cNo meeting with the opposition is planned.\u201d'].join('\n');
    assert.equal(speakerOf(text, 'No meeting with'), 'Tomas Varga');
  });

  it('"an Egyptian official said" speaks for Egypt', () => {
    const text = 'Trucks queued at the border for hours.\n\u201cThe crossing will reopen within days,\u201d an Egyptian official said.';
    assert.equal(speakerOf(text, 'The crossing will reopen'), 'Egypt');
  });

  it('"two Egyptian sources told" speaks for Egypt', () => {
    const text = 'Trucks waited at the border.\n\u201cThe crossing is closed,\u201d two Egyptian sources told reporters.';
    assert.equal(speakerOf(text, 'The crossing is closed'), 'Egypt');
  });

  it('"a spokesman for <Org> said" speaks for the organisation', () => {
    const text = 'Talks stalled on Monday.\n\u201cWe are still at the table,\u201d a spokesman for the Civic Renewal Party said.';
    assert.equal(speakerOf(text, 'We are still at the table'), 'Civic Renewal Party');
  });

  it('"<Org> spokesman <Name> said" is the named spokesman', () => {
    const text = 'Talks stalled on Monday.\nCivic Renewal Party spokesman Tomas Varga said \u201cWe are still at the table.\u201d';
    assert.equal(speakerOf(text, 'We are still at the table'), 'Tomas Varga');
  });

  it('a person named in a clause after the attribution does not take the quote', () => {
    const text = 'Talks stalled on Monday.\n\u201cWe are still at the table,\u201d Civic Renewal Party officials said, adding that Maria Keller had been informed.';
    assert.equal(speakerOf(text, 'We are still at the table'), 'Civic Renewal Party');
  });

  it('"A Vostra official told" speaks for the organisation Vostra', () => {
    const text = [
      'Fighting resumed near the northern hills, where the Vostra militia holds several villages.',
      'A Vostra official told reporters: \u201cWe did not fire first.\u201d',
    ].join('\n');
    assert.equal(speakerOf(text, 'We did not fire first'), 'Vostra');
  });

  it('"She added" after an unnamed spokeswoman is that spokeswoman, speaking for the body', () => {
    const text = [
      '\u201cWe are tired and ignored,\u201d said Maria Keller, a nurse.',
      'A spokeswoman for the Office of Civic Works said the offer was \u201cfair and final\u201d. She added that ministers were \u201cready to talk\u201d.',
    ].join('\n');
    assert.equal(speakerOf(text, 'fair and final'), 'Office of Civic Works');
    assert.equal(speakerOf(text, 'ready to talk'), 'Office of Civic Works');
  });
});

describe('speakers: continuations and unattributed quotes', () => {
  it('a quote alone in the next paragraph inherits the speaker', () => {
    const text = [
      '\u201cWe have a plan for the whole valley,\u201d said Tomas Varga.',
      '\u201cIt will take a year and a lot of money.\u201d',
      'The council will vote on the plan next month.',
    ].join('\n');
    assert.equal(speakerOf(text, 'It will take a year'), 'Tomas Varga');
  });

  it('each paragraph of a quotation spanning paragraphs has the same speaker', () => {
    const text = [
      'Maria Keller said: \u201cThe first step is a ceasefire.',
      '\u201cThe second step is an election under international observers.\u201d',
    ].join('\n');
    assert.equal(speakerOf(text, 'The first step'), 'Maria Keller');
    assert.equal(speakerOf(text, 'The second step'), 'Maria Keller');
  });

  it('an unattributed slogan has no speaker, even after a quoted paragraph', () => {
    const text = [
      'Tomas Varga said: \u201cWe did not write the slogan.\u201d',
      'Protesters carried signs reading \u201cbread, work and dignity\u201d through the square.',
    ].join('\n');
    assert.equal(speakerOf(text, 'We did not write'), 'Tomas Varga');
    assert.equal(speakerOf(text, 'bread, work and dignity'), null);
  });

  it('a tagline at the top of the article has no speaker', () => {
    const text = ['\u201cBread, work and dignity for all\u201d', 'The slogan appeared on walls across the capital overnight.', '\u201cWe did not write it,\u201d Tomas Varga said.'].join('\n');
    assert.equal(speakerOf(text, 'Bread, work'), null);
    assert.equal(speakerOf(text, 'We did not write it'), 'Tomas Varga');
  });
});
