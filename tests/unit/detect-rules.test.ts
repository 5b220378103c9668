import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../utils/detect/detect';
import type { Lang } from '../../utils/claim';

/**
 * One sentence per rule of the detector's grammar, in our own words: each broke before its rule
 * existed. The labelled corpora measure the whole; these say which rule went wrong.
 */
const CASES: { rule: string; lang: Lang; text: string; claims: [string, string][] }[] = [
  {
    rule: 'a verb of a running total lets the toll noun stand far back (ru)',
    lang: 'ru',
    text: 'Число погибших в результате обрушения торгового центра в Кемерове возросло до 64, сообщили в МЧС.',
    claims: [['64', 'killed']],
  },
  {
    rule: 'in a verb-final language the toll verb after the number counts (tr)',
    lang: 'tr',
    text: 'Soma maden faciasında hayatını kaybeden işçilerin sayısı Bakanlığın açıklamasıyla birlikte 301\'e yükseldi.',
    claims: [['301', 'killed']],
  },
  {
    rule: 'in a verb-final language the verb ends a long clause (fa)',
    lang: 'fa',
    text: 'دست‌کم ۲۸۴ نفر در انفجار مرگبار بندر شهید رجایی در نزدیکی بندرعباس در استان هرمزگان زخمی شدند.',
    claims: [['۲۸۴', 'injured']],
  },
  {
    rule: 'a Turkish participle closes a subordinate clause: its subject is not the count',
    lang: 'tr',
    text: 'İki canlı bombacının düzenlediği saldırıda ölü sayısı 109\'a yükseldi.',
    claims: [['109', 'killed']],
  },
  {
    rule: 'a part named after "among them" shares the fate of the claim before it (ar)',
    lang: 'ar',
    text: 'قُتل 64 شخصاً على الأقل في القصف الذي استهدف سوقاً شعبية في بلدة قريبة من الحدود مع تشاد، بينهم سبع نساء وطفلان.',
    claims: [['64', 'killed'], ['سبع', 'killed'], ['وطفلان', 'killed']],
  },
  {
    rule: 'a number inside a phrase does not end the search for the verb (fr)',
    lang: 'fr',
    text: 'Trois adolescents âgés de 15 à 17 ans ont perdu la vie dans l\'accident survenu sur la départementale.',
    claims: [['Trois', 'killed']],
  },
  {
    rule: 'a verb past a comma is further than the one before the count (ru)',
    lang: 'ru',
    text: 'Спасатели смогли вывести на поверхность 285 горняков, пострадавшими признаны 63 человека.',
    claims: [['63', 'injured']],
  },
  {
    rule: 'a count after "and" with a verb of its own does not share the verb before (es)',
    lang: 'es',
    text: 'El ataque dejó unos 1.200 muertos y 251 personas fueron secuestradas y llevadas a Gaza.',
    claims: [['1.200', 'killed']],
  },
  {
    rule: 'an Arabic adjective agreeing with a dual noun is not a second count',
    lang: 'ar',
    text: 'استشهد شابان فلسطينيان برصاص القوات الإسرائيلية قرب نابلس.',
    claims: [['شابان', 'killed']],
  },
  {
    rule: 'a phrase of who says so, between commas, is read past (en)',
    lang: 'en',
    text: 'Thirty-one people, according to the regional governor, were killed when the dam gave way.',
    claims: [['Thirty-one', 'killed']],
  },
  {
    rule: 'a phrase of who says so, between commas, is read past backwards (ru)',
    lang: 'ru',
    text: 'Ранения, по данным регионального минздрава, получили более 70 человек.',
    claims: [['70', 'injured']],
  },
  {
    rule: 'a rate is not a count of victims (es)',
    lang: 'es',
    text: 'El país cerró el año con 29.675 víctimas de homicidio, según el instituto de estadística, una tasa de 23 por cada 100 mil habitantes.',
    claims: [['29.675', 'killed_or_injured']],
  },
  {
    rule: 'a comparison with an earlier count keeps its kind (fr)',
    lang: 'fr',
    text: 'La ville a compté 49 morts liés au trafic de drogue cette année, contre 23 l\'an dernier.',
    claims: [['49', 'killed'], ['23', 'killed']],
  },
  {
    rule: 'a casualty noun of a count inside an aside is not the whole\'s (fr)',
    lang: 'fr',
    text: 'L\'avion s\'est posé avec à son bord 180 passagers, dont 9 enfants et 14 blessés, selon le ministère.',
    claims: [['14', 'injured']],
  },
  {
    rule: 'a part named between commas does not hide the verb from the whole (en)',
    lang: 'en',
    text: 'Officials said 31 people, nine of them children, were killed when the shelter was hit.',
    claims: [['31', 'killed'], ['nine', 'killed']],
  },
  {
    rule: 'lives saved are not lives lost; bodies recovered are deaths (en)',
    lang: 'en',
    text: 'The warning system saved 12,000 lives, but divers recovered 85 bodies from the river.',
    claims: [['85', 'killed']],
  },
  {
    rule: 'a list of counts, each named by its place, shares the noun and verb at its end (tr)',
    lang: 'tr',
    text: "Valiliğin açıklamasına göre İzmir'de 14, Manisa'da 3 ve Aydın'da 2 kişi hayatını kaybetti.",
    claims: [['14', 'killed'], ['3', 'killed'], ['2', 'killed']],
  },
  {
    rule: 'a number that a counted thing takes through an article is that thing\'s (ar)',
    lang: 'ar',
    text: 'أصيب 64 شخصاً بجروح خلال الساعات الـ48 الماضية في المدينة.',
    claims: [['64', 'injured']],
  },
  {
    rule: 'a list of ages inside a phrase does not end the search for the verb (de)',
    lang: 'de',
    text: 'Bei dem Brand sind drei Geschwister im Alter von 2, 5 und 7 Jahren ums Leben gekommen.',
    claims: [['drei', 'killed']],
  },
  {
    rule: 'the "to" of a verb of a running total is not a preposition that makes the count something else (es)',
    lang: 'es',
    text: 'Protección Civil eleva a 62 la cifra de fallecidos por las lluvias.',
    claims: [['62', 'killed']],
  },
  {
    rule: 'the "from" of a verb of a running total after the count is no preposition that makes it something else (fa)',
    lang: 'fa',
    text: 'شمار جان‌باختگان زلزله در ترکیه از ۴۰ هزار نفر گذشت.',
    claims: [['۴۰ هزار', 'killed']],
  },
  {
    rule: '"one of them" after a count is a part of it (he)',
    lang: 'he',
    text: 'בפיצוץ נפצעו 9 בני אדם, אחד מהם באורח קשה.',
    claims: [['9', 'injured'], ['אחד', 'injured']],
  },
  {
    rule: 'people carried by a vehicle are not its victims (en)',
    lang: 'en',
    text: 'At least 12 people were killed when a ferry carrying 140 passengers capsized on the river.',
    claims: [['12', 'killed']],
  },
];

describe('detector rules, one sentence each', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      const got = detectClaims(c.text, { lang: c.lang }).map((x) => [x.text, x.metric]);
      expect(got).toEqual(c.claims);
    });
  }
});

describe('qualifiers', () => {
  const qualifiers = (text: string, lang: Lang) => detectClaims(text, { lang }).map((x) => [x.text, x.qualifier]);

  it('a round approximation is "about" (fr, es)', () => {
    expect(qualifiers('Une trentaine de civils ont été tués dans le village.', 'fr')).toEqual([['Une trentaine', 'about']]);
    expect(qualifiers('Una veintena de personas murieron en el derrumbe.', 'es')).toEqual([['Una veintena', 'about']]);
  });

  it('"und mehr als" after a verb is "more than" for the next count, not "or more" for the last (de)', () => {
    expect(qualifiers('Dabei wurden neun Menschen getötet und mehr als 30 verletzt.', 'de')).toEqual([['neun', 'exact'], ['30', 'more_than']]);
  });
});
