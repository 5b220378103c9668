import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../utils/text/language';

// Our own sentences, one per case that went wrong or could: the guess picks each block's lexicon.
describe('the language of a block', () => {
  it('reads Spanish full of "de" as Spanish, not Turkish', () => {
    expect(detectLanguage('El Ministerio de Salud de Gaza eleva a 43.391 la cifra de palestinos muertos desde el 7 de octubre de 2023.')).toBe('es');
  });

  it('still reads Turkish with its particles as Turkish', () => {
    expect(detectLanguage("Depremde hayatını kaybedenlerin sayısı 1.200'ü aştı, 40 kişi de yaralandı.")).toBe('tr');
  });

  it('tells French, German and English apart', () => {
    expect(detectLanguage("Le bilan de l'attaque s'est alourdi à 12 morts, selon la préfecture.")).toBe('fr');
    expect(detectLanguage('Bei dem Unglück sind drei Kinder ums Leben gekommen.')).toBe('de');
    expect(detectLanguage('At least 12 people were killed in the attack, officials said.')).toBe('en');
  });

  it('tells Russian from Ukrainian and Persian from Arabic by their letters', () => {
    expect(detectLanguage('Внаслідок удару загинули четверо людей.')).toBe('uk');
    expect(detectLanguage('В результате удара погибли четыре человека.')).toBe('ru');
    expect(detectLanguage('در این حمله دست‌کم ۲۵ نفر کشته شدند.')).toBe('fa');
    expect(detectLanguage('قتل 15 شخصاً في غارة على المدينة.')).toBe('ar');
  });
});
