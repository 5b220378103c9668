import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../utils/detect/detect';

// The team's own sentences, modelled on the reference article's tricky spots.
const TEXT =
  'كشف التحالف الدولي الذي تقوده الولاياتالمتحدة أن عملياته منذ أوت 2014 تسببت بمقتل 352 مدنياً على الأقل، ' +
  'وأن مقاتلاته شنت أكثر من 20 ألف غارة. وما زال يقيّم 42 تقريرا عن سقوط قتلى مدنيين. ' +
  'وشمل التقرير 26 قتيلا في ثلاث ضربات منفصلة، فيما تقول منظمة إيروورز إن الغارات قتلت 3 آلاف مدني منذ 17 أكتوبر. ' +
  'وقال نائب إن غارة واحدة على الرقة قتلت أكثر من 700 مدني، وإن التحالف قتل أكثر من 20 ألف مدني وتسبب في مقتل عشرات الآلاف.';

describe('Arabic claims like the reference article', () => {
  const claims = detectClaims(TEXT);
  it('finds the casualty figures and reads their numbers', () => {
    expect(claims.map((c) => [c.text, c.value, c.low, c.high])).toEqual([
      ['352', 352, 352, 352],
      ['26', 26, 26, 26],
      ['3 آلاف', 3000, 3000, 3000],
      ['700', 700, 700, 700],
      ['20 ألف', 20000, 20000, 20000],
      ['عشرات الآلاف', null, 20000, 99999],
    ]);
  });
  it('reads qualifiers, metric, population and language', () => {
    expect(claims[0]).toMatchObject({ qualifier: 'at_least', metric: 'killed', population: 'civilians', lang: 'ar' });
    expect(claims[3]!.qualifier).toBe('more_than');
    expect(claims[5]!.qualifier).toBe('vague');
  });
  it('gives offsets of the number expression alone', () => {
    for (const c of claims) expect(TEXT.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('English claims', () => {
  it('separates casualties from strikes, reports, dates and ages', () => {
    const t = 'The coalition, which carried out 20,000 strikes, said 352 civilians were killed, a report published on 17 March said. A 45-year-old man and dozens of others were wounded.';
    expect(detectClaims(t).map((c) => [c.text, c.metric, c.qualifier])).toEqual([
      ['352', 'killed', 'exact'],
      ['dozens', 'injured', 'vague'],
    ]);
  });
  it('reads ranges, scale words and spelled-out numbers', () => {
    const t = 'Between 8,106 and 12,980 civilians were killed. Some 1.2 million people were killed. Twenty-three soldiers died.';
    expect(detectClaims(t).map((c) => [c.text, c.value, c.low, c.high, c.qualifier])).toEqual([
      ['8,106 and 12,980', null, 8106, 12980, 'range'],
      ['1.2 million', 1200000, 1200000, 1200000, 'about'],
      ['Twenty-three', 23, 23, 23, 'exact'],
    ]);
  });
});
