// Named actors inside one article: exact mention spans, canonical names and types.
// Names are invented; expected offsets come from the input text.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import type { ActorMention } from '../../src/core/format';

function mentionsOf(text: string): ActorMention[] {
  return analyzeArticle(text, 'test.txt').actors;
}

/** The mention covering exactly `needle` at its n-th occurrence in the text (n counts from 0). */
function mentionAt(text: string, needle: string, occurrence = 0): ActorMention | undefined {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) {
    start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, `test input lacks occurrence ${occurrence} of ${JSON.stringify(needle)}`);
  }
  return mentionsOf(text).find((m) => m.start === start && m.end === start + needle.length);
}

function expectMention(text: string, needle: string, name: string, type: ActorMention['type'], occurrence = 0): void {
  const m = mentionAt(text, needle, occurrence);
  const all = mentionsOf(text).map((x) => `${x.text}@${x.start}`).join(', ');
  assert.ok(m, `no mention spans exactly ${JSON.stringify(needle)} (occurrence ${occurrence}); mentions: ${all}`);
  assert.equal(m.text, needle);
  assert.equal(m.name, name, `name of ${JSON.stringify(needle)}`);
  assert.equal(m.type, type, `type of ${JSON.stringify(needle)}`);
}

/** No mention overlaps the n-th occurrence of `needle` (n counts from 0). */
function expectNoMention(text: string, needle: string, occurrence = 0): void {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) {
    start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, `test input lacks occurrence ${occurrence} of ${JSON.stringify(needle)}`);
  }
  const end = start + needle.length;
  const hit = mentionsOf(text).filter((m) => m.start < end && m.end > start);
  assert.deepEqual(hit.map((m) => m.text), [], `${JSON.stringify(needle)} should not be a mention`);
}

describe('actors: people', () => {
  it('takes the name inside a title phrase, without the title', () => {
    const text = 'On Monday, Prime Minister Elena Marsh visited the flooded port.';
    expectMention(text, 'Elena Marsh', 'Elena Marsh', 'person');
    expectNoMention(text, 'Prime Minister');
  });

  it('takes military ranks of two words as titles ("Rear Admiral", "Maj. Gen.")', () => {
    const text = 'Army spokesman Rear Admiral Tomas Varga and Maj. Gen. Anna Berg briefed reporters.';
    expectMention(text, 'Tomas Varga', 'Tomas Varga', 'person');
    expectMention(text, 'Anna Berg', 'Anna Berg', 'person');
    expectNoMention(text, 'Rear');
  });

  it('resolves a surname to the full name used earlier in the article', () => {
    const text = 'Tomas Varga arrived in Vienna on Sunday.\nThe talks lasted six hours, and Varga left without comment.';
    expectMention(text, 'Tomas Varga', 'Tomas Varga', 'person');
    expectMention(text, 'Varga', 'Tomas Varga', 'person', 1);
  });

  it('merges a spelling variant of a surname into the same person', () => {
    const text = [
      'Defence Minister Peter Hollander toured the base on Friday.',
      'Hollander said the army was ready.',
      'Critics said Holander had ignored the warnings.',
    ].join('\n');
    expectMention(text, 'Peter Hollander', 'Peter Hollander', 'person');
    expectMention(text, 'Hollander', 'Peter Hollander', 'person', 1);
    expectMention(text, 'Holander', 'Peter Hollander', 'person');
  });

  it('keeps apart two people sharing a surname with different first names', () => {
    const text = 'Anna Brandt, the mayor, opened the bridge on Monday. Her cousin Lukas Brandt, a builder, watched from the crowd.';
    expectMention(text, 'Anna Brandt', 'Anna Brandt', 'person');
    expectMention(text, 'Lukas Brandt', 'Lukas Brandt', 'person');
  });

  it('types a name by the noun after a possessive in its apposition ("X, the group\u2019s chief executive")', () => {
    const text = '\u201cThis is an attack on all of us,\u201d said Erin Marsh, the group\u2019s chief executive.';
    expectMention(text, 'Erin Marsh', 'Erin Marsh', 'person');
  });

  it('takes a surname alone opening a sentence when a "who" clause follows it', () => {
    const text = 'Protesters gathered on Saturday.\nVarga, who is due to speak on Wednesday, has said little.';
    expectMention(text, 'Varga', 'Varga', 'person');
  });

  it('a name that rejects or says something is not a place, despite a stray "to <Name>"', () => {
    const text = 'It is now up to Vostra to do the same.\nVostra has rejected the proposal, saying it reverses what had been agreed.';
    expectMention(text, 'Vostra', 'Vostra', 'organization', 1);
  });

  it('takes a word opening a sentence before a past-tense verb ("Varga cancelled"), not a holiday', () => {
    const text = 'The council demanded a ceasefire for the holy month of Ramadan.\nVarga cancelled a planned visit in protest.';
    expectMention(text, 'Varga', 'Varga', 'organization');
    expectNoMention(text, 'Ramadan');
  });

  it('does not take an acronym of a common noun ("20% of GDP")', () => {
    const text = 'The bank put the damage at $8.5 billion, or about 20% of GDP.';
    expectNoMention(text, 'GDP');
  });

  it('types an international news outlet as an organisation ("told Al Jazeera")', () => {
    const text = '\u201cPeople are starving,\u201d Tomas Varga told Al Jazeera.';
    expectMention(text, 'Al Jazeera', 'Al Jazeera', 'organization');
  });

  it('types "United Nations" as an organisation', () => {
    const text = 'The mission to the United Nations said the attack was over.';
    expectMention(text, 'United Nations', 'United Nations', 'organization');
  });

  it('types "<Name> Forum" as an organisation', () => {
    const text = 'In a statement, the Missing Families Forum said it would keep protesting.';
    expectMention(text, 'Missing Families Forum', 'Missing Families Forum', 'organization');
  });

  it('does not take a person named only in a photo credit, but takes the agency', () => {
    const text = 'Rescue teams search the rubble in the old town.\nLena Fischer/AFP\nThe storm destroyed dozens of homes overnight.';
    expectNoMention(text, 'Lena Fischer');
    expectMention(text, 'AFP', 'AFP', 'organization');
  });

  it('does not take the photographer of an "AGENCY/Name" credit', () => {
    const text = 'Residents inspect the damage at the school. REUTERS/Abed Marsh\nThe strike hit at dawn.';
    expectNoMention(text, 'Abed Marsh');
  });

  it('does not take a person named only in a byline', () => {
    const text = 'Floods close roads across Velmar\nBy Lena Fischer\nHeavy rain closed roads in Tarvik on Friday.';
    expectNoMention(text, 'Lena Fischer');
    expectMention(text, 'Tarvik', 'Tarvik', 'place');
  });

  it('takes the agency of a parenthesised photo credit, not the photographer', () => {
    const text = 'Rescue teams search the rubble in the old town. (Photo: Lena Fischer/Reuters)';
    expectNoMention(text, 'Lena Fischer');
    expectMention(text, 'Reuters', 'Reuters', 'organization');
  });
});

describe('actors: not mentions', () => {
  it('does not take nationality adjectives and demonyms', () => {
    const text = 'Egyptian mediators met Israelis and Palestinians in Cairo on Tuesday, a French diplomat said.';
    expectNoMention(text, 'Egyptian');
    expectNoMention(text, 'Israelis');
    expectNoMention(text, 'Palestinians');
    expectNoMention(text, 'French');
    expectMention(text, 'Cairo', 'Cairo', 'place');
  });

  it('does not take lowercase common nouns for bodies', () => {
    const text = 'Tomas Varga said the health ministry and the army had been warned.';
    expectNoMention(text, 'health ministry');
    expectNoMention(text, 'army');
  });
});

describe('actors: organisations', () => {
  it('types "<Name> Ministry" as an organisation', () => {
    const text = 'The statement was issued by the Defence Ministry in Vienna late on Monday.';
    expectMention(text, 'Defence Ministry', 'Defence Ministry', 'organization');
  });

  it('types "<Name> Brigades" as an organisation', () => {
    const text = 'Fighters of the Karmel Brigades shelled the hills overnight, residents said.';
    expectMention(text, 'Karmel Brigades', 'Karmel Brigades', 'organization');
  });

  it('keeps a name particle prefix inside an organisation name ("Al-Karmel Brigades")', () => {
    const text = 'Fighters of the Al-Karmel Brigades shelled the hills overnight, residents said.';
    expectMention(text, 'Al-Karmel Brigades', 'Al-Karmel Brigades', 'organization');
  });

  it('types an acronym as an organisation', () => {
    const text = 'The report was published by the WTDF on Thursday and sent to every member state.';
    expectMention(text, 'WTDF', 'WTDF', 'organization');
  });

  it('links an acronym defined in parentheses to its full name', () => {
    const text = 'The Office for Widget Standards (OWS) issued new rules on Monday. Manufacturers said the OWS had not consulted them.';
    expectMention(text, 'Office for Widget Standards', 'Office for Widget Standards', 'organization');
    expectMention(text, 'OWS', 'Office for Widget Standards', 'organization');
    expectMention(text, 'OWS', 'Office for Widget Standards', 'organization', 1);
  });

  it('types "Ministry of <X>" as one organisation name', () => {
    const text = 'Reservoirs are at a record low, the Ministry of Water Resources said on Tuesday.';
    expectMention(text, 'Ministry of Water Resources', 'Ministry of Water Resources', 'organization');
  });

  it('takes a hyphenated prefix as the only mention of the name', () => {
    const text = 'Officials from the Vostra-run council denied the claims on Monday.';
    expectMention(text, 'Vostra', 'Vostra', 'organization');
  });

  it('takes a name used as a hyphenated prefix ("Vostra-run")', () => {
    const text = 'The Vostra movement controls the valley. The Vostra-run health office reported new cases on Monday.';
    expectMention(text, 'Vostra', 'Vostra', 'organization', 1);
  });
});

describe('actors: institutions and titles', () => {
  it('keeps "<Head> of <Place>" whole as an organisation ("Bank of <Place>")', () => {
    const text = 'The Bank of Moldova raised its key rate on Thursday.';
    expectMention(text, 'Bank of Moldova', 'Bank of Moldova', 'organization');
  });

  it('types "<Name> Unit" as an organisation', () => {
    const text = 'Soldiers from the Rapid Rescue Unit were sent to the valley.';
    expectMention(text, 'Rapid Rescue Unit', 'Rapid Rescue Unit', 'organization');
  });

  it('takes a portfolio before a title as part of the title ("Health Secretary <Name>")', () => {
    const text = 'The Department of Health and Civic Care issued a statement. Later, Health Secretary Tomas Varga told reporters he was hopeful.';
    expectMention(text, 'Tomas Varga', 'Tomas Varga', 'person');
    expectNoMention(text, 'Health Secretary');
  });

  it('takes a two-word portfolio before a title as part of the title ("National Security Minister <Name>")', () => {
    const text = 'Moldova\u2019s National Security Minister Ivan Rusu threatened to quit the government.';
    expectMention(text, 'Ivan Rusu', 'Ivan Rusu', 'person');
    expectNoMention(text, 'National Security');
  });

  it('types "<Name> health ministry" as a place with a government', () => {
    const text = 'The Velmar health ministry said 274 people were killed in the operation.';
    expectMention(text, 'Velmar', 'Velmar', 'place');
  });

  it('does not take a plural noun opening a sentence for the first word of a longer name', () => {
    const text = 'The Patients Association wrote to the minister. Patients\u2019 groups urged both sides to compromise.';
    expectMention(text, 'Patients Association', 'Patients Association', 'organization');
    expectNoMention(text, 'Patients', 1);
  });

  it('keeps a possessive inside a name ("St Anne\u2019s Hospital")', () => {
    const text = 'Nurses at St Anne\u2019s Hospital walked out on Friday.';
    expectMention(text, 'St Anne\u2019s Hospital', 'St Anne\u2019s Hospital', 'place');
  });
});

describe('actors: places', () => {
  it('names a dateline written in capitals in ordinary case', () => {
    const text = 'TARVIK, Moldova (AP) \u2014 Heavy rain flooded the old town on Saturday.';
    expectMention(text, 'TARVIK', 'Tarvik', 'place');
  });

  it('takes a known place used as a hyphenated prefix ("US-backed")', () => {
    const text = 'US-backed forces entered the valley on Sunday.';
    expectMention(text, 'US', 'US', 'place');
  });

  it('names "<Name>" after "<Name> Strip" in the same article by the long form', () => {
    const text = 'The Velmar Strip has been sealed for weeks. Aid groups say Velmar needs fuel.';
    expectMention(text, 'Velmar Strip', 'Velmar Strip', 'place');
    expectMention(text, 'Velmar', 'Velmar Strip', 'place', 1);
  });

  it('types a known country as a place', () => {
    const text = 'Trade between Moldova and the bloc grew last year, officials said.';
    expectMention(text, 'Moldova', 'Moldova', 'place');
  });

  it('types an unknown name after "in" as a place', () => {
    const text = 'Heavy rain flooded several streets in Tarvik on Saturday, the mayor said.';
    expectMention(text, 'Tarvik', 'Tarvik', 'place');
  });

  it('types "<Name> camp" and "<Name> crossing" as places', () => {
    const text = 'Aid trucks left the Selvan camp at dawn and reached the Dorna crossing by noon.';
    expectMention(text, 'Selvan', 'Selvan', 'place');
    expectMention(text, 'Dorna', 'Dorna', 'place');
  });

  it('does not read ", the health ministry says" after a name as its apposition', () => {
    const text = 'At least 300 people have been killed in Velmar, the health ministry says.';
    expectMention(text, 'Velmar', 'Velmar', 'place');
  });

  it('keeps "The" in a known place\'s name ("The Hague")', () => {
    const text = 'The court\u2019s president read out the ruling in The Hague on Friday.';
    expectMention(text, 'The Hague', 'The Hague', 'place');
  });

  it('types the object of a verb of movement as a place ("fuel entered Velmar")', () => {
    const text = 'The agency said no fuel had entered Velmar since Sunday.';
    expectMention(text, 'Velmar', 'Velmar', 'place');
  });

  it('types a name after "central", "northern" or "nearby" as a place', () => {
    const text = 'A strike in central Velmar killed 33 people, officials at a hospital in nearby Deir Tarvik said.';
    expectMention(text, 'Velmar', 'Velmar', 'place');
    expectMention(text, 'Deir Tarvik', 'Deir Tarvik', 'place');
  });

  it('reads cities joined by a slash in a dateline as places', () => {
    const text = 'TARVIK/VELMAR, June 6 (Reuters) - A strike hit the school early on Thursday.';
    expectMention(text, 'TARVIK', 'Tarvik', 'place');
    expectMention(text, 'VELMAR', 'Velmar', 'place');
  });

  it('types a name by its apposition ("X, the main border crossing")', () => {
    const text = 'Supplies passed through Tell Harun, the main border crossing, on Sunday.';
    expectMention(text, 'Tell Harun', 'Tell Harun', 'place');
  });

  it('types "<Name> City" as a place', () => {
    const text = 'Schools in Velm City reopened on Monday after a two-week closure.';
    expectMention(text, 'Velm City', 'Velm City', 'place');
  });

  it('types a company by its head word and reads the bare name as the same company', () => {
    const text = 'Varnel Motors said it would cut jobs. Shares of Varnel fell 9% in New York.';
    expectMention(text, 'Varnel Motors', 'Varnel Motors', 'organization');
    expectMention(text, 'Varnel', 'Varnel Motors', 'organization', 1);
  });

  it('strips corporate and police titles of several words ("Chief Financial Officer", "Detective Inspector")', () => {
    const text = 'Chief Financial Officer Dan Okoro said costs rose. Detective Inspector Lara Quist said the inquiry took four years.';
    expectMention(text, 'Dan Okoro', 'Dan Okoro', 'person');
    expectMention(text, 'Lara Quist', 'Lara Quist', 'person');
    expectNoMention(text, 'Financial Officer');
  });

  it('strips a clerk title: "City Clerk Jana Moor" is a person', () => {
    const text = 'More than 200 residents spoke, according to City Clerk Jana Moor.';
    expectMention(text, 'Jana Moor', 'Jana Moor', 'person');
  });

  it('keeps a first name that is also a place after a title ("Dr. Sofia Brandt")', () => {
    const text = 'The benefit was greatest among the least active, said lead author Dr. Sofia Brandt.';
    expectMention(text, 'Sofia Brandt', 'Sofia Brandt', 'person');
  });

  it('keeps a body named by its field and its country whole ("Public Health England")', () => {
    const text = 'The cost is about 1.2 billion a year, according to Public Health England.';
    expectMention(text, 'Public Health England', 'Public Health England', 'organization');
  });

  it('splits a glued name only before a word that opens sentences ("StripIt"), not a product ("ClipStream")', () => {
    expectMention('Aid reached the Velm StripIt was the first convoy.', 'Velm Strip', 'Velm Strip', 'place');
    expectMention('Millions of teenagers use the app ClipStream every day.', 'ClipStream', 'ClipStream', 'organization');
  });

  it('reads the place a mayor or governor is "of" as a place', () => {
    const text = 'A former mayor of Kestow was jailed on Tuesday.';
    expectMention(text, 'Kestow', 'Kestow', 'place');
  });

  it('does not take a named law or pact for an actor ("Proceeds of Crime Act", "Data Protection Regulation")', () => {
    const text = 'Prosecutors will act under the Proceeds of Crime Act. The General Data Protection Regulation allows fines.';
    expectNoMention(text, 'Proceeds');
    expectNoMention(text, 'Crime Act');
    expectNoMention(text, 'General Data Protection Regulation');
  });

  it('does not take a title in the possessive for a title ("King\'s College")', () => {
    const text = 'Naveen Iyer, a cardiologist at King\'s College, said the findings were robust.';
    expectMention(text, "King's College", "King's College", 'organization');
  });

  it('drops a title that ends a run after a body or a country ("the UN Secretary General, Name")', () => {
    const text = 'The UN Secretary General, Anton Gauthier, said he was alarmed.';
    expectMention(text, 'UN', 'UN', 'organization');
    expectNoMention(text, 'Secretary General');
    expectMention(text, 'Anton Gauthier', 'Anton Gauthier', 'person');
  });

  it('strips British military ranks written without full stops ("Lt Gen")', () => {
    const text = 'The army chief, Lt Gen Herve Halden, said the campaign would continue.';
    expectMention(text, 'Herve Halden', 'Herve Halden', 'person');
  });

  it('takes a defined name whole when its acronym leaves out a last "for ..." ("Relief and Works Agency for Palestine Refugees (UNRWA)")', () => {
    const text = 'The area is home to 250,000 people, according to the United Nations Relief and Works Agency for Palestine Refugees (UNRWA). UNRWA said aid was blocked.';
    const full = 'United Nations Relief and Works Agency for Palestine Refugees';
    expectMention(text, full, full, 'organization');
    expectMention(text, 'UNRWA', full, 'organization', 1);
  });

  it('types a name with a leader after it as an organisation, and its possessive leader decides nothing ("Varda leader", "Varda\'s leader")', () => {
    const text = 'Varda leader Yahan Sorel was killed, the army said. Varda\'s leader in the south had been in hiding. Varda did not comment.';
    expectMention(text, 'Varda', 'Varda', 'organization');
    expectMention(text, 'Varda', 'Varda', 'organization', 1);
  });

  it('drops a common word opening a sentence with only a weak clue when the text also writes it in lowercase ("Military spokesman")', () => {
    const text = 'It was a military success, the minister said. Military spokesman Daniel Harel said tests confirmed it.';
    expectNoMention(text, 'Military');
    expectMention(text, 'Daniel Harel', 'Daniel Harel', 'person');
  });

  it('reads a title word before a body\'s head word as part of the body ("General Staff", "General Assembly")', () => {
    const text = 'Velmar\'s General Staff reported 142 clashes. The UN General Assembly voted on Friday.';
    expectMention(text, 'General Staff', 'General Staff', 'organization');
    expectMention(text, 'UN General Assembly', 'UN General Assembly', 'organization');
  });

  it('reads what was captured or besieged as a place ("the capture of Kestow")', () => {
    const text = 'The group led the capture of Kestow last year.';
    expectMention(text, 'Kestow', 'Kestow', 'place');
  });

  it('keeps a demonym that opens a country\'s name ("Saudi Arabia")', () => {
    const text = 'Talks on ties between Velmar and Saudi Arabia resumed.';
    expectMention(text, 'Saudi Arabia', 'Saudi Arabia', 'place');
  });

  it('reads a compass word and a demonym as an adjective ("North Korean leader")', () => {
    const text = 'North Korean leader Kim Jong Un vowed to expand the arsenal.';
    expectNoMention(text, 'North Korean');
    expectMention(text, 'Kim Jong Un', 'Kim Jong Un', 'person');
  });

  it('drops an American legislator\'s party and state ("Sen. Jo Kerr, R-S.C.,")', () => {
    const text = 'Sen. Jo Kerr, R-S.C., said a deal was still possible.';
    expectMention(text, 'Jo Kerr', 'Jo Kerr', 'person');
    expectNoMention(text, 'R-S.C');
  });

  it('finds no title inside a name with a generational suffix ("Martin Luther King Jr.")', () => {
    const text = 'Speakers quoted Martin Luther King Jr. at the event.';
    expectMention(text, 'Martin Luther King Jr.', 'Martin Luther King Jr.', 'person');
  });

  it('reads a given name alone as the person whose full name has a patronymic ("Faisal" for "Faisal bin Farhan")', () => {
    const text = 'The statement was read by Foreign Minister Prince Faisal bin Farhan. Faisal said talks would go on.';
    expectMention(text, 'Faisal', 'Faisal bin Farhan', 'person', 1);
  });

  it('reads a name after "north of" as a place, which keeps it from taking in a place inside it', () => {
    const text = 'Famine is near in northern Velm, the agencies said. Convoys were denied to areas north of Wadi Velm.';
    expectMention(text, 'Wadi Velm', 'Wadi Velm', 'place');
    expectMention(text, 'Velm', 'Velm', 'place');
  });

  it('reads a place opening a name after a role noun as a first name ("his counterpart, Israel Kerr")', () => {
    const text = 'The minister called his counterpart, Israel Kerr, on Sunday.';
    expectMention(text, 'Israel Kerr', 'Israel Kerr', 'person');
  });

  it('keeps a trade body named by a country and a field whole ("UK Finance")', () => {
    const text = 'Roughly 1.4 million mortgages expire this year, according to UK Finance.';
    expectMention(text, 'UK Finance', 'UK Finance', 'organization');
  });

  it('types where analysts or economists work as an organisation ("economists at Varga Sachs")', () => {
    const text = 'Economists at Varga Sachs had expected a small cut.';
    expectMention(text, 'Varga Sachs', 'Varga Sachs', 'organization');
  });
});
