import { foldWord } from '../text/fold';

/**
 * Words for natural disasters in the ten languages. A claim whose sentence names one is about a
 * disaster, not a war in the same place (the 2023 earthquake in Syria is not the civil war),
 * and a disaster topic is only matched where one is named. Fire and storm words are left out:
 * they also describe war ("stormed the city", "طوفان الأقصى").
 */
export const DISASTER_WORDS = [
  'earthquake', 'quake', 'tsunami', 'floods', 'flooding', 'flash flood', 'floodwaters', 'hurricane', 'cyclone', 'typhoon', 'landslide', 'mudslide', 'volcanic eruption', 'avalanche', 'tornado',
  'زلزال', 'الزلزال', 'زلازل', 'هزة أرضية', 'الهزة الأرضية', 'تسونامي', 'فيضان', 'فيضانات', 'سيول', 'إعصار', 'الإعصار', 'انهيار أرضي', 'انهيارات أرضية',
  'séisme', 'tremblement de terre', 'inondation', 'inondations', 'crue', 'ouragan', 'cyclone', 'typhon', 'glissement de terrain', 'coulée de boue',
  'terremoto', 'sismo', 'seísmo', 'inundación', 'inundaciones', 'huracán', 'ciclón', 'tifón', 'deslave', 'deslizamiento de tierra', 'alud',
  'erdbeben', 'beben', 'überschwemmung', 'hochwasser', 'flutkatastrophe', 'hurrikan', 'wirbelsturm', 'zyklon', 'taifun', 'erdrutsch', 'lawine', 'tsunami',
  'землетрясени', 'цунами', 'наводнени', 'паводк', 'ураган', 'циклон', 'тайфун', 'оползн', 'лавин',
  'землетрус', 'цунамі', 'повін', 'паводк', 'ураган', 'циклон', 'тайфун', 'зсув',
  'deprem', 'tsunami', 'su baskın', 'kasırga', 'tayfun', 'heyelan',
  'زلزله', 'زمین‌لرزه', 'زمینلرزه', 'سونامی', 'سیلاب', 'سیل', 'گردباد', 'رانش زمین',
  'רעידת אדמה', 'רעידת האדמה', 'רעש אדמה', 'צונאמי', 'שיטפון', 'שיטפונות', 'הוריקן', 'ציקלון', 'מפולת',
].map((w) => foldWord(w));

const SHORT = DISASTER_WORDS.filter((w) => w.length < 5);
const LONG = DISASTER_WORDS.filter((w) => w.length >= 5);
const SHORT_RE = new RegExp(`(?<![\\p{L}])(?:${SHORT.join('|')})(?![\\p{L}])`, 'u');

/** Whether a folded text names a natural disaster. */
export function namesDisaster(folded: string): boolean {
  return LONG.some((w) => folded.includes(w)) || SHORT_RE.test(folded);
}
