/** The bulk import's in-memory actor merge, on invented names. */
import { describe, expect, it } from 'vitest';
import { createMemoryMerge } from '../../src/store/actors/memory-merge.js';
import type { DerivedActor } from '../../src/store/derive/derive-article.js';

const person = (name: string): DerivedActor => {
  const folded = name.toLowerCase();
  return { localId: folded, kind: 'person', name, names: [{ folded, text: name, canonical: true }], roles: [], mentions: 1, unnamed: false, paragraphs: [] };
};

describe('the in-memory actor merge of an import', () => {
  it('gives a lone surname to the one person who carries it', async () => {
    const merge = createMemoryMerge(1);
    const [anna] = await merge.link([person('Anna Lindqvist')], 1);
    const [alone] = await merge.link([person('Lindqvist')], 2);
    expect(alone!.actorId).toBe(anna!.actorId);
  });

  it('keeps a lone surname apart when two or more persons carry it, however many there are', async () => {
    const merge = createMemoryMerge(1);
    for (const first of ['Anna', 'Boris', 'Clara']) await merge.link([person(`${first} Lindqvist`)], 1);
    const many = createMemoryMerge(1);
    for (let i = 0; i < 3000; i++) await many.link([person(`Given${i} Lindqvist`)], i);
    for (const m of [merge, many]) {
      const before = m.size;
      const [alone] = await m.link([person('Lindqvist')], 9999);
      expect(alone!.actorId).toBe(before + 1);
    }
  });

  it('settles a one-word name by its carriers on the asking side alone, however many the other side has', async () => {
    const merge = createMemoryMerge(1);
    const withAlias = (name: string): DerivedActor => {
      const base = person(name);
      return { ...base, names: [...base.names, { folded: 'lindqvist', text: 'Lindqvist', canonical: false }] };
    };
    for (let i = 0; i < 3000; i++) await merge.link([withAlias(`Given${i} Lindqvist`)], i);
    const body: DerivedActor = { ...person('Lindqvist'), kind: 'organization' };
    const [first] = await merge.link([body], 5000);
    const [again] = await merge.link([body], 5001);
    expect(first!.actorId).toBe(3001);
    expect(again!.actorId).toBe(first!.actorId);
    const [alone] = await merge.link([person('Lindqvist')], 5002);
    expect(alone!.actorId).toBe(3002);
  });

  it('finds the one person carrying a surname among bodies that end in it', async () => {
    const merge = createMemoryMerge(1);
    const body = (name: string): DerivedActor => ({ ...person(name), kind: 'organization' });
    await merge.link([body('Hall Lindqvist'), body('Port Lindqvist')], 1);
    const [anna] = await merge.link([person('Anna Lindqvist')], 2);
    const [alone] = await merge.link([person('Lindqvist')], 3);
    expect(alone!.actorId).toBe(anna!.actorId);
  });
});
