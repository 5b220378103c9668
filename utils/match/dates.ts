import { foldWord } from '../text/fold';

/** Month names in the ten languages, folded, to their month number. */
const MONTHS: Record<string, number> = {};
const add = (m: number, ...names: string[]) => names.forEach((n) => (MONTHS[foldWord(n)] = m));
add(1, 'january', 'jan', 'يناير', 'جانفي', 'كانون الثاني', 'janvier', 'enero', 'januar', 'jänner', 'января', 'январь', 'січня', 'січень', 'ocak', 'ژانویه', 'ינואר');
add(2, 'february', 'feb', 'فبراير', 'فيفري', 'شباط', 'février', 'febrero', 'februar', 'февраля', 'февраль', 'лютого', 'лютий', 'şubat', 'فوریه', 'פברואר');
add(3, 'march', 'mar', 'مارس', 'آذار', 'mars', 'marzo', 'märz', 'марта', 'март', 'березня', 'березень', 'mart', 'مارس', 'מרץ', 'מרס');
add(4, 'april', 'apr', 'أبريل', 'ابريل', 'إبريل', 'أفريل', 'نيسان', 'avril', 'abril', 'апреля', 'апрель', 'квітня', 'квітень', 'nisan', 'آوریل', 'אפריל');
add(5, 'may', 'مايو', 'ماي', 'أيار', 'mai', 'mayo', 'мая', 'май', 'травня', 'травень', 'mayıs', 'مه', 'מאי');
add(6, 'june', 'jun', 'يونيو', 'يونيه', 'جوان', 'حزيران', 'juin', 'junio', 'juni', 'июня', 'июнь', 'червня', 'червень', 'haziran', 'ژوئن', 'יוני');
add(7, 'july', 'jul', 'يوليو', 'يوليه', 'جويلية', 'تموز', 'juillet', 'julio', 'juli', 'июля', 'июль', 'липня', 'липень', 'temmuz', 'ژوئیه', 'יולי');
add(8, 'august', 'aug', 'أغسطس', 'اغسطس', 'أوت', 'آب', 'août', 'agosto', 'августа', 'август', 'серпня', 'серпень', 'ağustos', 'اوت', 'אוגוסט');
add(9, 'september', 'sep', 'sept', 'سبتمبر', 'أيلول', 'septembre', 'septiembre', 'setiembre', 'сентября', 'сентябрь', 'вересня', 'вересень', 'eylül', 'سپتامبر', 'ספטמבר');
add(10, 'october', 'oct', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'octobre', 'octubre', 'oktober', 'октября', 'октябрь', 'жовтня', 'жовтень', 'ekim', 'اکتبر', 'אוקטובר');
add(11, 'november', 'nov', 'نوفمبر', 'تشرين الثاني', 'novembre', 'noviembre', 'ноября', 'ноябрь', 'листопада', 'листопад', 'kasım', 'نوامبر', 'נובמבר');
add(12, 'december', 'dec', 'ديسمبر', 'كانون الأول', 'décembre', 'diciembre', 'dezember', 'декабря', 'декабрь', 'грудня', 'грудень', 'aralık', 'دسامبر', 'דצמבר');

const ISO = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/g;
const WORD_THEN_YEAR = /([\p{L}]+)\s+(?:de\s+|عام\s+|من\s+عام\s+|)((?:19|20)\d{2})(?!\d)/gu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** ISO date string of the last day of a month. */
function endOfMonth(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/**
 * The latest date a text mentions, as a stand-in for its publication date when the page gives
 * none: full ISO dates, "March 2017" (read as the month's end), then bare years (their end).
 * Dates after `today` are ignored (they are plans, not reports).
 */
export function latestDateIn(text: string, today = new Date().toISOString().slice(0, 10)): string | null {
  let best: string | null = null;
  const consider = (d: string) => {
    if (d <= today && (!best || d > best)) best = d;
  };
  for (const m of text.matchAll(ISO)) consider(`${m[1]}-${m[2]}-${m[3]}`);
  let monthYear: string | null = null;
  for (const m of text.matchAll(WORD_THEN_YEAR)) {
    const word = foldWord(m[1]!);
    // "ومارس 2017": "and" glued to the month in Arabic (و) and Hebrew (ו, ב).
    const month = MONTHS[word] ?? (/^[وبوב]/.test(word) ? MONTHS[word.slice(1)] : undefined);
    if (month) {
      const d = endOfMonth(Number(m[2]), month);
      if (d <= today && (!monthYear || d > monthYear)) monthYear = d;
    }
  }
  if (monthYear) consider(monthYear);
  // A bare year says the text is at least of that year: its end when nothing finer is known,
  // its first day beside month-dated mentions.
  for (const m of text.matchAll(YEAR)) consider(monthYear ? `${m[1]}-01-01` : `${m[1]}-12-31`);
  return best;
}

/** Reads a date as a page or a user gives it (ISO, with or without time) into YYYY-MM-DD. */
export function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
