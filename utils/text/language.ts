import type { Lang } from '../claim';

/**
 * Guesses the language of a block of text from its script and, within a script, from letters
 * and common words only one of the candidates uses. Cheap: one pass over at most 2,000 characters.
 */
const SAMPLE = 2000;

type Latin = 'en' | 'fr' | 'es' | 'de' | 'tr';
const STOPWORDS: Record<Latin, string[]> = {
  en: ['the', 'and', 'of', 'were', 'was', 'said', 'have', 'has', 'in', 'at', 'killed', 'with', 'from', 'that', 'by', 'on', 'for', 'is', 'are', 'after', 'their', 'been', 'had', 'people'],
  // "de" is Turkish as well as French and Spanish: it counts for all three.
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'dans', 'pour', 'ont', 'sont', 'selon', 'au', 'aux', 'qui', 'par', 'sur', 'morts', 'de', 'un', 'il', 'ils', 'été'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'una', 'por', 'según', 'con', 'fueron', 'murieron', 'han', 'en', 'al', 'se', 'muertos', 'heridos', 'tras', 'fue', 'sus', 'de', 'la', 'un', 'su', 'desde', 'como', 'para'],
  de: ['der', 'die', 'das', 'und', 'ist', 'den', 'dem', 'nach', 'bei', 'mit', 'wurden', 'sind', 'auch', 'nicht', 'von', 'in', 'im', 'ein', 'eine', 'einer', 'einem', 'zu', 'auf', 'als', 'mehr', 'wird', 'wurde', 'hat', 'sich', 'gab', 'tote', 'verletzte', 'menschen'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'az', 'kişi', 'da', 'de', 'göre', 'sonra', 'daha', 'yüzde', 'oldu', 'olan'],
};
const WORD_LANG = new Map<string, Latin[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [Latin, string[]][]) {
  for (const w of words) WORD_LANG.set(w, [...(WORD_LANG.get(w) ?? []), lang]);
}
// Letters only one of them uses (ö and ü are Turkish as well as German).
const LETTER_LANG: Record<string, Latin> = {
  é: 'fr', è: 'fr', ê: 'fr', à: 'fr', ç: 'fr', ù: 'fr', œ: 'fr',
  ñ: 'es', '¿': 'es', '¡': 'es', á: 'es', ó: 'es', ú: 'es',
  ä: 'de', ß: 'de',
  ğ: 'tr', ş: 'tr', ı: 'tr', İ: 'tr', Ğ: 'tr', Ş: 'tr',
};
const LATIN_WORD = /[A-Za-zÀ-ɏ]+/g;
const MARKED_LETTER = new RegExp(`[${Object.keys(LETTER_LANG).join('')}]`, 'g');

export function detectLanguage(text: string): Lang | null {
  const s = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0, hebrew = 0, cyrillic = 0, latin = 0, persian = 0, arabicOnly = 0, uk = 0, ru = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff || c >= 0x750 && c <= 0x77f || c >= 0xfb50 && c <= 0xfeff) {
      arabic++;
      // پ چ ژ گ ک ی and Persian digits; ة ي ك ى and Arabic-Indic digits.
      if (c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6a9 || c === 0x6cc || c >= 0x6f0 && c <= 0x6f9) persian++;
      else if (c === 0x629 || c === 0x64a || c === 0x643 || c === 0x649 || c >= 0x660 && c <= 0x669) arabicOnly++;
    } else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      // і ї є ґ (and capitals) vs ы э ъ ё.
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) uk++;
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d || c === 0x42a || c === 0x401) ru++;
    } else if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 0xc0 && c <= 0x24f) latin++;
  }
  const max = Math.max(arabic, hebrew, cyrillic, latin);
  if (max < 3) return null;
  if (max === arabic) return persian > arabicOnly ? 'fa' : 'ar';
  if (max === hebrew) return 'he';
  if (max === cyrillic) return uk > ru ? 'uk' : 'ru';
  const score: Record<Latin, number> = { en: 0, fr: 0, es: 0, de: 0, tr: 0 };
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(s); m; m = LATIN_WORD.exec(s)) {
    const langs = WORD_LANG.get(m[0].length > 1 && m[0].charCodeAt(0) < 97 ? m[0].toLowerCase() : m[0]);
    if (langs) for (const lang of langs) score[lang]++;
  }
  // ü and ö are German and Turkish: a little evidence for both.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfc || c === 0xf6 || c === 0xdc || c === 0xd6) (score.de++, score.tr++);
  }
  MARKED_LETTER.lastIndex = 0;
  for (let m = MARKED_LETTER.exec(s); m; m = MARKED_LETTER.exec(s)) score[LETTER_LANG[m[0]]!] += 2;
  let best: Latin = 'en';
  for (const lang of ['fr', 'es', 'de', 'tr'] as const) if (score[lang] > score[best]) best = lang;
  return best;
}
