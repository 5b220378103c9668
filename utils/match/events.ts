import { foldWord } from '../text/fold';
import { DISASTER_WORDS } from './hazards';

/**
 * Nouns that name an event rather than a place or an actor: war, battle, siege, massacre,
 * attack, explosion, and natural disasters. A name holding one ("Beirut port explosion",
 * "Bosnienkrieg", "مجزرة الغوطة") names its event, and can be written about years later.
 */
const AT_WORD_START = [
  'war', 'wars', 'battle', 'siege', 'massacre', 'genocide', 'attack', 'explosion', 'blast', 'bombing',
  'guerre', 'bataille', 'siège', 'génocide', 'attaque', 'attentat',
  'guerra', 'batalla', 'sitio', 'asedio', 'masacre', 'matanza', 'genocidio', 'ataque', 'explosión', 'atentado',
  'войн', 'битв', 'осад', 'резн', 'геноцид', 'нападени', 'атак', 'взрыв', 'теракт',
  'війн', 'облог', 'різанин', 'напад', 'вибух',
  'savaş', 'muharebe', 'kuşatma', 'katliam', 'soykırım', 'saldırı', 'patlama',
].map((w) => foldWord(w));
// Words of languages that glue them to others: German compounds, Semitic and Persian clitics.
const ANYWHERE = [
  'krieg', 'schlacht', 'belagerung', 'massaker', 'völkermord', 'genozid', 'angriff', 'anschlag', 'explosion',
  'حرب', 'معركة', 'حصار', 'مجزرة', 'مذبحة', 'إبادة', 'هجوم', 'انفجار', 'تفجير',
  'جنگ', 'نبرد', 'محاصره', 'کشتار', 'قتل عام', 'نسل‌کشی', 'حمله', 'انفجار',
  'מלחמ', 'קרב', 'מצור', 'טבח', 'רצח עם', 'מתקפ', 'פיגוע', 'פיצוץ',
].map((w) => foldWord(w));

const START_RE = new RegExp(`(?<![\\p{L}])(?:${AT_WORD_START.join('|')})`, 'u');

/** Whether a folded name names an event. */
export function namesEvent(folded: string): boolean {
  return START_RE.test(folded) || ANYWHERE.some((w) => folded.includes(w)) || DISASTER_WORDS.some((w) => folded.includes(w));
}
