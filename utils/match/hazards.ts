import { foldWord } from '../text/fold';

/**
 * Words for natural disasters in the ten languages. A claim whose sentence names one is about a
 * disaster, not a war in the same place (the 2023 earthquake in Syria is not the civil war),
 * and a disaster topic is only matched where one is named. Fire and storm words are left out:
 * they also describe war ("stormed the city", "طوفان الأقصى").
 */
export const DISASTER_WORDS = [
  'earthquake', 'quake', 'volcano', 'eruption', 'tsunami', 'floods', 'flooding', 'flash flood', 'floodwaters', 'hurricane', 'cyclone', 'typhoon', 'landslide', 'mudslide', 'volcanic eruption', 'avalanche', 'tornado',
  'زلزال', 'الزلزال', 'بركان', 'البركان', 'زلازل', 'هزة أرضية', 'الهزة الأرضية', 'تسونامي', 'فيضان', 'فيضانات', 'سيول', 'إعصار', 'الإعصار', 'انهيار أرضي', 'انهيارات أرضية',
  'séisme', 'tremblement de terre', 'éruption', 'volcan', 'inondation', 'inondations', 'crue', 'ouragan', 'cyclone', 'typhon', 'glissement de terrain', 'coulée de boue',
  'terremoto', 'sismo', 'seísmo', 'avalancha', 'erupción', 'volcán', 'inundación', 'inundaciones', 'huracán', 'ciclón', 'tifón', 'deslave', 'deslizamiento de tierra', 'alud',
  'erdbeben', 'beben', 'vulkan', 'überschwemmung', 'hochwasser', 'flutkatastrophe', 'hurrikan', 'wirbelsturm', 'zyklon', 'taifun', 'erdrutsch', 'lawine', 'tsunami',
  'землетрясени', 'цунами', 'извержени', 'вулкан', 'наводнени', 'паводк', 'ураган', 'циклон', 'тайфун', 'оползн', 'лавин',
  'землетрус', 'цунамі', 'виверження', 'вулкан', 'повін', 'паводк', 'ураган', 'циклон', 'тайфун', 'зсув',
  'deprem', 'tsunami', 'yanardağ', 'volkan', 'su baskın', 'kasırga', 'tayfun', 'heyelan',
  'زلزله', 'زمین‌لرزه', 'آتشفشان', 'زمینلرزه', 'سونامی', 'سیلاب', 'سیل', 'گردباد', 'رانش زمین',
  'רעידת אדמה', 'הר געש', 'התפרצות הר', 'רעידת האדמה', 'רעש אדמה', 'צונאמי', 'שיטפון', 'שיטפונות', 'הוריקן', 'ציקלון', 'מפולת',
].map((w) => foldWord(w));

/**
 * A test for any of the words in a folded text: short words must stand whole, so as not to be
 * found inside longer ones; longer ones may be glued to clitics or compounds.
 */
function anyOf(words: string[]): (folded: string) => boolean {
  // One pattern for all the long words: a single pass over the text, five times faster than a search per word.
  const long = new RegExp(words.filter((w) => w.length >= 5).map(escape).join('|'), 'u');
  const short = new RegExp(`(?<![\\p{L}])(?:${words.filter((w) => w.length < 5).map(escape).join('|')})(?![\\p{L}])`, 'u');
  return (folded) => long.test(folded) || short.test(folded);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const disasterIn = anyOf(DISASTER_WORDS);

/** Whether a folded text names a natural disaster. */
export function namesDisaster(folded: string): boolean {
  return disasterIn(folded);
}

/**
 * Accidents: shipwrecks, drownings, road crashes. No topic of the dataset is one, and a claim
 * whose sentence names one is not a war's toll ("a car crash in Chechnya killed four"). Words
 * that also mean armed clashes (Russian "столкновения", Hebrew "התנגשות") are left out.
 */
const MISHAP_WORDS = [
  'shipwreck', 'capsized', 'capsizing', 'boat sank', 'boat sinking', 'drowned', 'road accident', 'traffic accident', 'car crash', 'bus crash', 'head-on collision',
  'غرق قارب', 'غرق مركب', 'غرق سفينة', 'غرق زورق', 'غرقى', 'حادث سير', 'حوادث سير', 'حادث مروري', 'حوادث المرور', 'انقلاب حافلة',
  'naufrage', 'chaviré', 'chavirement', 'noyés', 'noyade', 'accident de la route', 'accident de la circulation',
  'naufragio', 'zozobró', 'ahogados', 'accidente de tráfico', 'accidente de tránsito', 'choque frontal',
  'schiffsunglück', 'bootsunglück', 'gekentert', 'kenterte', 'ertrunken', 'ertranken', 'verkehrsunfall', 'autounfall', 'busunglück', 'frontalzusammenstoß',
  'кораблекрушени', 'затонул', 'утонул', 'дтп', 'лобового столкновения', 'автокатастроф',
  'затонув', 'потонул', 'потонуло', 'зіткнення автомобіл', 'автокатастроф',
  'tekne faciası', 'tekne battı', 'alabora', 'boğuldu', 'trafik kazası', 'zincirleme kaza',
  'غرق شدن قایق', 'واژگونی قایق', 'غرق شدند', 'حادثه رانندگی', 'سانحه رانندگی', 'تصادف خودرو', 'تصادف جاده',
  'טבעו', 'טביעה', 'תאונת דרכים', 'תאונת הדרכים',
].map((w) => foldWord(w));
const mishapIn = anyOf(MISHAP_WORDS);

/** Whether a folded text names an accident (shipwreck, drowning, road crash). */
export function namesMishap(folded: string): boolean {
  return mishapIn(folded);
}
