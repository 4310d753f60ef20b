import { describe, expect, it } from 'vitest';
import { speakerOf, story } from './story.js';

describe('speakers across sentences', () => {
  it('follows "he" three sentences on', () => {
    const article = story(
      'Anton Brask, the harbour master, said the channel had silted up.',
      'The dredger broke down in March. Repairs took six weeks. The port lost two ships to a rival.',
      '"We cannot wait another winter," he said.',
    );
    expect(speakerOf(article, 'We cannot wait')).toBe('Anton Brask');
  });

  it('gives "she" to the woman, not to the man named after her', () => {
    const article = story('Marta Quell, the mayor, met Tomas Ferle on Monday.', '"We agreed on nothing," she said.');
    expect(speakerOf(article, 'We agreed on nothing')).toBe('Marta Quell');
  });

  it('gives "he" to the subject, not to the man he met', () => {
    const article = story('Henrik Solby met Piet Ambler at the depot on Friday.', '"The trucks are ready," he said.');
    expect(speakerOf(article, 'The trucks are ready')).toBe('Henrik Solby');
  });

  it('takes the head of a phrase: the spokeswoman named in an appositive, the wife named after her husband', () => {
    const article = story(
      'A spokeswoman for the Orland Rail Company, Jana Ruud, said: "Trains will run on Sunday."',
      'Mr. Dorf\'s wife, Ann, said: "He never talked about work."',
    );
    expect(speakerOf(article, 'Trains will run')).toBe('Jana Ruud');
    expect(speakerOf(article, 'He never talked')).toBe('Ann');
  });

  it('reads a title the lexicon knows in front of a name as the man\'s title, so "he" can point to him', () => {
    const article = story(
      '"It is a disgrace," said Senate Minority Leader Halvor Rask.',
      'Senate Majority Whip Tomas Brell responded by standing on the floor next to a photo of a flooded farm.',
      '"I will tell you what a disgrace is," he said.',
    );
    expect(speakerOf(article, 'I will tell you')).toBe('Tomas Brell');
  });

  it('turns to a new subject named since the last speaker', () => {
    const article = story(
      '"The bridge is safe," said Lena Arvik, the city engineer.',
      'Council member Sofia Brandt disagreed with her.',
      '"I have seen the cracks myself," she said.',
    );
    expect(speakerOf(article, 'I have seen the cracks')).toBe('Sofia Brandt');
  });

  it('knows a full name with an unknown given name as the person whose surname speaks later, so "he" can point back to it', () => {
    const article = story(
      'Quillon Ardwick toured the farm on Monday with the inspectors.',
      'The inspectors found mould in the barn. "It is ruined," Ardwick said.',
      '"We will replant," he said.',
    );
    expect(article.actors.find((a) => a.name === 'Quillon Ardwick')).toMatchObject({ kind: 'person' });
    expect(speakerOf(article, 'We will replant')).toBe('Quillon Ardwick');
  });

  it('keeps the speaker of a paragraph that is all quote', () => {
    const article = story('"The harvest came early," said Edda Vinter, who grows apples near the lake.', '"We had no pickers ready. Half of it fell."');
    expect(speakerOf(article, 'We had no pickers')).toBe('Edda Vinter');
  });

  it('gives "he" to the man who said something of another, not to the man it was said of', () => {
    const article = story(
      'Brian Whitcombe, the treasurer of the island green party, for instance, said Per Lindahl continued to anger the crews by cutting the night runs. "The crews will not forgive that," he said.',
    );
    expect(speakerOf(article, 'The crews will not forgive')).toBe('Brian Whitcombe');
  });

  it('takes the subject after an opening participle phrase, not the name inside the object', () => {
    const article = story(
      'Grant Holloway spoke in Dunmore on Monday.',
      "Quoting his own column from the spring, Tom Ebright mocked Holloway's pledge to rebuild the quay.",
      '"It was never costed," he said.',
    );
    expect(speakerOf(article, 'It was never costed')).toBe('Tom Ebright');
  });

  it('keeps "he" on the man the paragraph is about, past a senator named as the one he might vote for', () => {
    const article = story(
      'Lars Strand, 61, a former Navy pilot who now works for the port authority, said Greta Holm should be ready for questions about the ferry contract. He came to the meeting, though he has not decided whether he will back Holm or Nordland Sen. Arne Vik.',
      '"I asked my neighbours what they think," he said. "Nobody trusts the contract."',
    );
    expect(speakerOf(article, 'I asked my neighbours')).toBe('Lars Strand');
    expect(speakerOf(article, 'Nobody trusts the contract')).toBe('Lars Strand');
  });

  it('never gives "she" to someone the story knows only as "a young man"', () => {
    const article = story(
      'What annoyed her most, Gwen Harlow said, was a heckler at the quay on Friday, when a young man shouted at Holm that the ferries never ran on time. "I was furious," she said.',
    );
    expect(speakerOf(article, 'I was furious')).toBe('Gwen Harlow');
  });

  it('takes "a third, NAME," as the subject the next "he" points to, past the speaker before', () => {
    const article = story(
      'A second skipper, Jon Vahl, said he was only "half persuaded."',
      'And a third, Daniel Ostrem, said that while he disliked the timetable, he would sign because the union backed it. "I prefer the old routes," he said.',
    );
    expect(speakerOf(article, 'I prefer the old routes')).toBe('Daniel Ostrem');
  });

  it('takes "The opposition leader said" for the opposition leader the story named', () => {
    const article = story('Mayor Ines Kort met the opposition leader, Tomas Brell, on Monday.', 'The opposition leader said: "It is a scandal."');
    expect(speakerOf(article, 'It is a scandal')).toBe('Tomas Brell');
  });
});
