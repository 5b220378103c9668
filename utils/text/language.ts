import type { Lang } from '../claim';

/**
 * Guesses the language of a block of text from its script and, within a script, from letters
 * and common words only one of the candidates uses. Cheap: looks at the first 600 characters.
 */
const SAMPLE = 600;

const LATIN_WORDS: Record<'en' | 'fr' | 'es' | 'de' | 'tr', RegExp> = {
  en: /\b(?:the|and|of|were|was|said|have|has|in|at|killed|with|from|that|by)\b/gi,
  fr: /\b(?:le|la|les|des|et|du|une|est|dans|pour|a été|ont|sont|selon|au|aux|qui)\b/gi,
  es: /\b(?:el|los|las|del|y|que|una|por|según|con|fueron|murieron|han|en)\b/gi,
  de: /\b(?:der|die|das|und|ist|den|dem|nach|bei|mit|wurden|sind|auch|nicht|von)\b/gi,
  tr: /(?:\b(?:ve|bir|bu|ile|için|olarak|en az|kişi|da|de|göre|sonra|daha|yüzde|oldu|olan)\b|[ğşıİĞŞ])/gi,
};
const LATIN_LETTERS: Partial<Record<Lang, RegExp>> = {
  fr: /[éèêàçùœ]/gi,
  es: /[ñ¿¡áóú]/gi,
  // ö and ü are Turkish letters too: only ä and ß speak for German alone.
  de: /[äß]/gi,
};

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export function detectLanguage(text: string): Lang | null {
  const s = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0, hebrew = 0, cyrillic = 0, latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff || c >= 0x750 && c <= 0x77f || c >= 0xfb50 && c <= 0xfeff) arabic++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 0xc0 && c <= 0x24f) latin++;
  }
  const max = Math.max(arabic, hebrew, cyrillic, latin);
  if (max < 3) return null;
  if (max === arabic) {
    const persian = count(/[پچژگکی۰-۹]/g, s);
    const arabicOnly = count(/[ةيكى٠-٩]/g, s);
    return persian > arabicOnly ? 'fa' : 'ar';
  }
  if (max === hebrew) return 'he';
  if (max === cyrillic) {
    const uk = count(/[іїєґІЇЄҐ]/g, s);
    const ru = count(/[ыэъёЫЭЪЁ]/g, s);
    return uk > ru ? 'uk' : 'ru';
  }
  let best: Lang = 'en';
  let bestScore = 0;
  for (const lang of ['en', 'fr', 'es', 'de', 'tr'] as const) {
    const score = count(LATIN_WORDS[lang], s) + 2 * count(LATIN_LETTERS[lang] ?? /(?!)/g, s);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
