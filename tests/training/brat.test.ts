import { describe, expect, it } from 'vitest';
import { readBratAttributions } from '../../src/training/brat.js';

describe('reading brat attributions', () => {
  it('links each event to its content, source and cue spans, with discontinuous ranges kept', () => {
    const ann = ['T1\tSource 0 4\tBerg', 'T2\tCue 5 9\tsaid', 'T3\tContent 10 20;25 30\tthe river rose', 'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1'].join(
      '\n',
    );
    const [relation] = readBratAttributions(ann);
    expect(relation?.source?.text).toBe('Berg');
    expect(relation?.cue?.ranges).toEqual([[5, 9]]);
    expect(relation?.content.ranges).toEqual([
      [10, 20],
      [25, 30],
    ]);
  });

  it('leaves out an event whose content is defined further down the file, as the scorer does', () => {
    const ann = ['T1\tSource 0 4\tBerg', 'E1\tAttribution:T2 Content:T3 Source:T1', 'T3\tContent 10 20\tthe river rose'].join('\n');
    expect(readBratAttributions(ann)).toEqual([]);
  });

  it('keeps an event with no source, for quotes nobody is named for', () => {
    const [relation] = readBratAttributions(['T1\tContent 0 9\tquiet now', 'E1\tAttribution:T2 Content:T1'].join('\n'));
    expect(relation?.source).toBeNull();
  });
});
