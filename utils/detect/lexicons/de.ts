import { byMeaning, type LexiconSource } from '../lexicon';

// German. Spelled-out numbers are single words ("dreiundzwanzig", "zweihundertfünfzig",
// "zehntausend"), which the engine reads only as whole entries: they are generated here for
// 1–999 and for 1–999 thousand. Compounds of casualty words ("Schwerverletzte", "Verkehrstote",
// "Erdbebenopfer") are caught with suffix entries.

const UNITS = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** The spellings of 1–99 as they stand inside a larger compound ("ein" in "einhundert"). */
function below100(n: number): string[] {
  if (n === 1) return ['eins', 'ein'];
  if (n < 10) return [UNITS[n]!];
  if (n < 20) return [TEENS[n - 10]!];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? [TENS[t]!] : [`${UNITS[u]}und${TENS[t]}`];
}

/** Spellings of 1–999 (each a single word). */
function below1000(n: number): string[] {
  if (n < 100) return below100(n);
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const heads = h === 1 ? ['hundert', 'einhundert'] : [`${UNITS[h]}hundert`];
  const tails = rest === 0 ? [''] : below100(rest);
  return heads.flatMap((a) => tails.map((b) => a + b));
}

function spelled(): Record<string, number> {
  const out: Record<string, number> = {};
  for (let n = 1; n < 1000; n++) {
    for (const w of below1000(n)) out[w] ??= n;
    // "dreitausend", "zehntausend", "hunderttausend"; "tausend" alone is a multiplier.
    for (const w of below1000(n)) if (w !== 'eins') out[`${w}tausend`] ??= n * 1000;
  }
  // Inflected forms of one and two ("einem Kind", "zweier Soldaten"), and "zwo".
  // "einem", "einer", "eines" are left to the articles they mostly are ("bei einem Angriff").
  for (const w of ['eine', 'einen']) out[w] = 1;
  Object.assign(out, { zwo: 2, zweier: 2, dreier: 3, zweien: 2, dreien: 3 });
  return out;
}


// A function, so that the lists are built only for the language a page is in.
export const de = (): LexiconSource => ({
  lang: 'de',
  spaceGroups: false,
  numbers: {
    ...spelled(),
    'ein dutzend': 12, 'eine halbe million': 500000, 'halbe million': 500000, eineinhalb: 1.5, anderthalb: 1.5,
  },
  multipliers: {
    tausend: 1000, 'tsd.': 1000, million: 1000000, millionen: 1000000, 'mio.': 1000000, mio: 1000000,
    milliarde: 1000000000, milliarden: 1000000000, 'mrd.': 1000000000, mrd: 1000000000, dutzend: 12,
  },
  numberJoiners: ['und'],
  vague: {
    dutzende: [24, 99], dutzenden: [24, 99], 'ein paar dutzend': [24, 99], 'mehrere dutzend': [24, 99], 'einige dutzend': [24, 99],
    hunderte: [200, 999], hunderten: [200, 999], 'mehrere hundert': [200, 999], 'einige hundert': [200, 999],
    'ein paar hundert': [200, 999], 'mehreren hundert': [200, 999], 'einigen hundert': [200, 999],
    tausende: [2000, 9999], tausenden: [2000, 9999], abertausende: [2000, 9999], 'mehrere tausend': [2000, 9999],
    'einige tausend': [2000, 9999], 'ein paar tausend': [2000, 9999], 'mehreren tausend': [2000, 9999],
    'einigen tausend': [2000, 9999],
    zehntausende: [20000, 99999], zehntausenden: [20000, 99999], 'mehrere zehntausend': [20000, 99999],
    'einige zehntausend': [20000, 99999], hunderttausende: [200000, 999999], hunderttausenden: [200000, 999999],
    'mehrere hunderttausend': [200000, 999999], 'einige hunderttausend': [200000, 999999],
    millionen: [2000000, 9999999],
  },
  qualifiersBefore: {
    mindestens: 'at_least', wenigstens: 'at_least', zumindest: 'at_least', 'nicht weniger als': 'at_least',
    'mehr als': 'more_than', über: 'more_than', 'weit über': 'more_than', 'weit mehr als': 'more_than',
    'deutlich mehr als': 'more_than', 'etwas mehr als': 'more_than', 'knapp über': 'more_than',
    'gut': 'more_than', rund: 'about', etwa: 'about', ungefähr: 'about', circa: 'about',
    ca: 'about', zirka: 'about', schätzungsweise: 'about', geschätzt: 'about', geschätzte: 'about',
    geschätzten: 'about', 'um die': 'about', 'an die': 'about', 'in etwa': 'about', 'grob': 'about',
    knapp: 'nearly', fast: 'nearly', beinahe: 'nearly', nahezu: 'nearly', annähernd: 'nearly',
    'knapp unter': 'nearly', 'bis zu': 'up_to', 'weniger als': 'less_than', 'unter': 'less_than',
    höchstens: 'at_most', maximal: 'at_most', 'nicht mehr als': 'at_most', insgesamt: 'exact',
    'mindestens weitere': 'at_least',
  },
  qualifiersAfter: { 'oder mehr': 'at_least', mindestens: 'at_least', insgesamt: 'exact' },
  rangeOpeners: ['zwischen'],
  rangeJoiners: ['bis', 'oder'],
  killed: [
    'tot', 'tote', 'toten', 'toter', 'totes', '*tote', '*toten', 'getötet', 'getötete', 'getöteten', 'getöteter',
    'tötete', 'töteten', 'tötet', 'töten', 'tötend', 'todesopfer', 'todesopfern', 'todesfälle', 'todesfällen',
    'todesfall', 'tod', 'todes', 'tode', 'totenzahl', 'opferzahl', 'zahl der toten', 'tödlich', 'tödlich verletzt',
    'tödlich verletzte', 'tödlich verunglückt', 'starben', 'starb', 'sterben', 'stirbt', 'gestorben', 'verstorben',
    'verstarben', 'verstorbene', 'verstorbenen', 'umgekommen', 'umgekommene', 'umgekommenen', 'kamen ums leben',
    'kam ums leben', 'ums leben', 'das leben', 'ihr leben', 'leben verloren', 'menschenleben', 'ermordet',
    'ermordete', 'ermordeten', 'ermordung', 'erschossen', 'erschoss', 'erschossene', 'erschossenen',
    'erstochen', 'erschlagen', 'hingerichtet', 'hingerichtete', 'exekutiert', 'massakriert', 'massaker an',
    'umgebracht', 'getötet worden', 'leichen', 'leiche', 'leichname', 'leichnam', 'leblos', 'leblose',
    'ertrunken', 'ertranken', 'ertrank', 'erstickt', 'verbrannt', 'verbrannten', 'verhungert', 'gefallen',
    'gefallene', 'gefallenen', 'fielen', 'erlagen', 'erlag', 'erlegen', 'verletzungen erlegen', 'zu tode',
    'bilanz', 'eine bilanz', 'todesbilanz', 'märtyrer', 'tote und verletzte',
  ],
  injured: [
    'verletzt', 'verletzte', 'verletzten', 'verletzter', 'verletztes', 'verletzungen', '*verletzte',
    '*verletzten', '*verletzter', 'verwundet', 'verwundete', 'verwundeten', 'verwundeter', '*verwundete',
    '*verwundeten', 'schwer verletzt', 'leicht verletzt', 'lebensgefährlich verletzt', 'verletzte sich',
    // "acht verletzt, vier davon schwer", "16 wurden schwer und 50 leicht verletzt".
    'schwer', 'leicht', 'schwerst', 'lebensgefährlich', 'davon schwer', 'davon leicht', 'davon lebensgefährlich',
    'davon schwerst', 'verletzend', 'ins krankenhaus gebracht', 'ins krankenhaus eingeliefert', 'im krankenhaus behandelt',
    'verstümmelt', 'verbrennungen',
  ],
  missing: [
    'vermisst', 'vermisste', 'vermissten', 'vermisster', '*vermisste', '*vermissten', 'verschollen',
    'verschollene', 'verschollenen', 'als vermisst', 'gelten als vermisst', 'werden vermisst', 'unauffindbar',
    'verschüttet', 'verschüttete', 'verschütteten', 'verschwinden', 'verschwunden', 'verschwanden',
  ],
  casualties: [
    'opfer', 'opfern', '*opfer', '*opfern', 'tote oder verletzte', 'tote und verwundete', 'verluste',
    'todesopfer und verletzte', 'tote und schwerverletzte',
  ],
  populations: byMeaning({
    civilians: [
      'zivilisten', 'zivilistinnen', 'zivilist', 'zivilistin', 'zivilpersonen', 'zivilbevölkerung', 'unbeteiligte',
      'nichtkombattanten', '*zivilisten',
    ],
    children: [
      'kinder', 'kindern', 'kind', 'minderjährige', 'minderjährigen', 'babys', 'säuglinge', 'säuglingen',
      'kleinkinder', 'jugendliche', 'jugendlichen', 'mädchen', 'schulkinder', 'neugeborene', '*kinder',
      '*kindern', 'teenager',
    ],
    women: ['frauen', 'frau', 'mütter'],
    soldiers: [
      'soldaten', 'soldat', 'soldatinnen', 'militärs', 'armeeangehörige', 'armeeangehörigen', 'truppen',
      'streitkräfte', 'wehrpflichtige', 'rekruten', 'offiziere', 'offizier', 'marinesoldaten', 'blauhelme',
      'blauhelmsoldaten', 'sicherheitskräfte', 'angehörige der sicherheitskräfte', 'mitglieder der sicherheitskräfte',
      'reservisten', 'grenzschützer', 'bundeswehrsoldaten', '*soldaten', 'matrosen', 'kämpfer der armee', 'gis',
    ],
    police: [
      'polizisten', 'polizistinnen', 'polizist', 'polizeibeamte', 'polizeibeamten', 'beamte', 'beamten', 'polizei',
      'einsatzkräfte', 'gendarmen', 'sicherheitsbeamte', '*polizisten', 'grenzpolizisten',
    ],
    combatants: [
      'kämpfer', 'kämpfern', 'rebellen', 'rebell', 'aufständische', 'aufständischen', 'milizionäre', 'milizionären',
      'milizen', 'paramilitärs', 'bewaffnete', 'bewaffneten', 'söldner', 'guerillas', 'guerillakämpfer', '*kämpfer',
    ],
    militants: [
      'militante', 'militanten', 'islamisten', 'dschihadisten', 'jihadisten', 'terroristen', 'terrorist',
      // Attackers are left out: "tötete ein Attentäter vier Passanten" is not one attacker killed.
      'extremisten', 'taliban', 'hamas-kämpfer', 'terrormiliz',
    ],
    people: [
      'menschen', 'mensch', 'personen', 'person', 'leute', 'einwohner', 'einwohnern', 'bewohner', 'bewohnern',
      'dorfbewohner', 'anwohner', 'andere', 'anderen', 'männer', 'mann', 'bürger', 'bürgern', 'seelen',
      'angehörige', 'angehörigen', 'familienmitglieder', 'mitglieder einer familie', 'mitglieder', 'patienten',
      'touristen', 'passanten', 'passant', 'lehrer', 'lehrerinnen', 'lehrkräfte', 'besucher', 'gäste', 'urlauber', 'fußgänger', 'insassen', 'palästinenser', 'palästinenserinnen',
      'israelis', 'ukrainer', 'ukrainerinnen', 'syrer', 'iraker', 'afghanen', 'jemeniten', 'sudanesen',
      'libanesen', 'russen', 'kurden', 'iraner', 'rohingya', 'amerikaner', 'europäer',
      'afrikaner', 'türken', 'nigerianer', 'kongolesen', 'somalier', 'mexikaner', 'haitianer', 'äthiopier',
      'malier', 'pakistaner', 'inder', 'jesiden', 'uiguren', 'ausländer',
    ],
    migrants: ['migranten', 'migrantinnen', 'migrant', 'einwanderer', 'asylsuchende', 'asylbewerber', 'bootsflüchtlinge'],
    refugees: ['flüchtlinge', 'flüchtlingen', 'flüchtling', 'geflüchtete', 'geflüchteten', 'schutzsuchende'],
    journalists: ['journalisten', 'journalistinnen', 'journalist', 'reporter', 'reporterinnen', 'medienschaffende', 'korrespondenten', 'fotografen'],
    'aid workers': ['helfer', 'helferinnen', 'hilfskräfte', 'entwicklungshelfer', 'mitarbeiter von hilfsorganisationen', 'un-mitarbeiter', 'humanitäre helfer', 'freiwillige'],
    'health workers': [
      'sanitäter', 'ärzte', 'ärztinnen', 'arzt', 'ärztin', 'pfleger', 'pflegekräfte', 'krankenschwestern',
      'rettungskräfte', 'rettungssanitäter', 'medizinisches personal', 'mediziner', 'feuerwehrleute', 'retter',
      'gesundheitspersonal',
    ],
    prisoners: ['gefangene', 'gefangenen', 'häftlinge', 'häftlingen', 'häftling', 'insassen des gefängnisses', 'kriegsgefangene', 'inhaftierte'],
    hostages: ['geiseln', 'geisel'],
    students: ['schüler', 'schülerinnen', 'schülern', 'studenten', 'studentinnen', 'studierende', 'studierenden'],
    worshippers: ['gläubige', 'gläubigen', 'gottesdienstbesucher', 'betende', 'kirchgänger'],
    passengers: ['passagiere', 'passagieren', 'fahrgäste', 'fahrgästen', 'reisende', 'fluggäste', 'bahnreisende'],
    miners: ['bergleute', 'bergarbeiter', 'kumpel', 'minenarbeiter'],
    workers: ['arbeiter', 'arbeitern', 'arbeiterinnen', 'beschäftigte', 'mitarbeiter', 'mitarbeitern', 'bauarbeiter', 'angestellte'],
    pilgrims: ['pilger', 'pilgern', 'wallfahrer'],
    protesters: ['demonstranten', 'demonstrantinnen', 'protestierende', 'protestierenden', 'regierungsgegner'],
  }),
  units: [
    'rate', 'quote',
    'stück vieh', 'tiere', 'rinder', 'schafe', 'kühe', 'ziegen', 'pferde', 'hunde', 'vögel', 'fische', 'wale', 'delfine',
    'angriffe', 'luftangriffe', 'anschläge', 'bombardierungen', 'luftschläge', 'schläge', 'raketen', 'rakete',
    'geschosse', 'granaten', 'drohnen', 'drohne', 'bomben', 'bombe', 'marschflugkörper', 'sprengsätze', 'minen',
    'schüsse', 'salven', 'einsätze', 'operationen', 'razzien', 'explosionen', 'berichte', 'bericht', 'meldungen',
    'fälle', 'vorfälle', 'hinweise', 'anzeigen', 'ermittlungen', 'vorwürfe', 'häuser', 'häusern', 'gebäude',
    'gebäuden', 'wohnungen', 'wohnhäuser', 'schulen', 'krankenhäuser', 'kliniken', 'moscheen', 'kirchen',
    'fahrzeuge', 'fahrzeugen', 'panzer', 'lastwagen', 'lkw', 'dörfer', 'dörfern', 'ortschaften', 'städte',
    'städten', 'gemeinden', 'km', 'kilometer', 'kilometern', 'meter', 'metern', 'meilen', 'tonnen', 'kilogramm',
    'kilo', 'kg', 'hektar', 'quadratkilometer', 'jahre', 'jahren', 'jahr', 'jahres', 'monate', 'monaten', 'monat',
    'wochen', 'woche', 'tage', 'tagen', 'tag', 'nächte', 'stunden', 'stunde', 'std', 'minuten', 'min',
    'sekunden', 'jahrzehnte', 'jahrzehnten', 'jahrhunderte', 'mal', 'prozent', 'prozentpunkte', 'promille',
    'euro', 'dollar', 'franken', 'pfund', 'rubel', 'schekel', 'griwna', 'usd', 'eur', 'uhr', 'grad',
    'kommentare', 'seiten', 'fotos', 'bilder', 'videos', 'stimmen', 'sitze', 'punkte', 'tore', 'länder',
    'ländern', 'staaten', 'provinzen', 'bezirke', 'regionen', 'divisionen', 'brigaden', 'bataillone',
    'regimenter', 'zelte', 'flüge', 'flugzeuge', 'kampfjets', 'kampfflugzeuge', 'hubschrauber', 'schiffe',
    'boote', 'verdächtige', 'verdächtigen', 'festnahmen', 'betten', 'mahlzeiten', 'dosen', 'lager', 'ziele',
    'stellungen', 'stützpunkte', 'massengräber', 'gräber', 'nachbeben', 'beben', 'tunnel', 'verstöße',
    'resolutionen', 'artikel', 'hilfslieferungen', 'lastwagenladungen', 'grenzübergänge', 'unterkünfte',
    'notunterkünfte', 'quadratmeter', 'nacht', 'abend', 'wochenende', 'nationalitäten', 'nationen',
    // Ages: "der 18-jährige Täter".
    'jährige', 'jährigen', 'jähriger', 'jähriges', 'jährig', '*jährige', '*jährigen', '*jähriger', '*jähriges',
  ],
  notCasualty: [
    'vertrieben', 'vertriebene', 'vertriebenen', 'binnenvertriebene', 'binnenvertriebenen', 'geflohen',
    'flohen', 'flüchteten', 'auf der flucht', 'evakuiert', 'evakuierte', 'evakuierten', 'evakuierung',
    'festgenommen', 'festgenommene', 'verhaftet', 'verhaftete', 'inhaftiert', 'gefangen genommen',
    'gefangengenommen', 'in gewahrsam', 'gerettet', 'gerettete', 'geretteten', 'geborgen', 'lebend geborgen',
    'befreit', 'befreite', 'freigelassen', 'freigelassene', 'freigelassenen', 'freigekommen', 'eingeschlossen',
    'eingeschlossene', 'festsitzen', 'festsaßen', 'gestrandet', 'rekrutiert', 'stationiert', 'entsandt',
    'eingesetzt', 'mobilisiert', 'entführt', 'entführte', 'entführten', 'verschleppt', 'verschleppte',
    'obdachlos', 'obdachlose', 'obdachlosen', 'heimatlos', 'zurückgekehrt', 'leben', 'lebten', 'lebt', 'wohnen',
    'wohnten', 'teilgenommen', 'nahmen teil', 'demonstrierten', 'protestierten', 'versammelten', 'beschäftigt',
    'geimpft', 'infiziert', 'infizierte', 'angesteckt', 'kapituliert', 'ergaben sich', 'verurteilt', 'angeklagt',
    'abgeschoben', 'ausgewiesen', 'umgesiedelt', 'untergebracht', 'versorgt', 'behandelt', 'überlebende',
    'überlebenden', 'überlebten', 'überlebt', 'unverletzt', 'unversehrt', 'betroffen', 'betroffene',
    'betroffenen', 'benötigen', 'brauchen', 'hungern', 'bedroht', 'ausgebildet', 'begnadigt', 'ausgetauscht',
    'aufgenommen', 'geflüchtet', 'fliehen', 'flüchten', 'als geiseln', 'als geisel', 'entführung', 'festnahme',
    'freilassung', 'vertreibung', 'rettung', 'opfer sexueller gewalt', 'opfer von vergewaltigungen',
    'opfer von vergewaltigung', 'opfer von menschenhandel', 'opfer sexualisierter gewalt', 'opfer von missbrauch',
    'vergewaltigt', 'vergewaltigte', 'missbraucht',
  ],
  months: [
    'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
    'nov', 'dez',
  ],
  // Verbs of a running total: the toll's noun may stand far before them.
  tollVerbs: ['steigt', 'stieg', 'gestiegen', 'kletterte', 'klettert', 'erhöhte sich', 'erhöht sich', 'erreicht', 'erreichte', 'liegt bei', 'lag bei', 'übersteigt', 'überstieg', 'überschritten', 'überschritt', 'beläuft sich', 'belief sich', 'beziffert', 'bezifferte', 'wuchs', 'angewachsen'],
  lives: ['leben', 'menschenleben'],
  // Who says so: read past between commas.
  attributions: ['laut', 'nach angaben', 'zufolge', 'nach informationen', 'nach schätzungen'],
  fillers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'sind', 'ist', 'wurden', 'wurde', 'waren', 'war', 'worden',
    'sein', 'seien', 'sei', 'haben', 'hat', 'hatten', 'hätten', 'habe', 'wären', 'würden', 'es', 'sie', 'man',
    'sich', 'dabei', 'damit', 'dadurch', 'hierbei', 'ebenfalls', 'auch', 'weitere', 'weiterer', 'weiteren',
    'weiteres', 'neue', 'neuen', 'nun', 'inzwischen', 'bereits', 'mittlerweile', 'schon', 'zuvor', 'jetzt',
    'zahl', 'anzahl', 'auf', 'stieg', 'steigt', 'gestiegen', 'erhöhte', 'erhöht', 'erhöhten', 'kletterte',
    'liegt', 'lag', 'beträgt', 'betrug', 'belaufe', 'beläuft', 'belief', 'mehr', 'alle', 'allein', 'laut',
    'zufolge', 'offiziell', 'offiziellen', 'nach angaben', 'angaben', 'vorläufige', 'vorläufigen', 'forderte',
    'fordert', 'gefordert', 'kostete', 'kostet', 'gekostet', 'gab', 'gibt', 'gegeben', 'meldete', 'meldeten',
    'bestätigte', 'bestätigten', 'bestätigt', 'registriert', 'gezählt', 'mindestens weitere', 'wohl',
    'vermutlich', 'wahrscheinlich', 'unschuldige', 'unbewaffnete', 'teils', 'teilweise', 'an bord',
    'schwer bewaffnet', 'schwer bewaffnete', 'schwer bewaffneten', 'schwer beschädigt', 'schwer beschädigte',
    'schwer zerstört', 'schwer getroffen', 'schwer erkrankt', 'leicht gestiegen', 'stieg leicht', 'leicht erhöht',
    'einem', 'einer', 'eines',
    'zu', 'zum', 'zur', 'in', 'bei', 'sowie', 'und zwar',
  ],
  auxiliaries: ['sind', 'ist', 'wurden', 'wurde', 'waren', 'war', 'haben', 'hat', 'hatten', 'hatte'],
  breakers: [
    'rate von', 'quote von',
    'von', 'seit', 'nach', 'vor', 'um', 'am', 'im', 'ab', 'für', 'gegen', 'pro', 'je', 'nr', 'nummer',
    'artikel', 'resolution', 'kapitel', 'absatz', 'seite', 'linie', 'flug', 'alter von', 'im alter von',
    'mit', 'aus', 'ohne', 'durch', 'außer', 'stärke', 'magnitude', 'paragraf', 'paragraph',
  ],
  asides: [
    'gegenüber', 'im vergleich zu',
    'darunter', 'unter ihnen', 'davon', 'einschließlich', 'inklusive', 'zumeist', 'meist', 'überwiegend',
    'die meisten', 'vor allem', 'hauptsächlich', 'größtenteils', 'mehrheitlich', 'unter denen',
  ],
});
