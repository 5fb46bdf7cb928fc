import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { normalizeLang } from '../../../server/analysis/language';
import { airlineMention, airlineRows, loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('default.tracking.json'));
const langOf = (text: string, lang?: string) => analyze(mention(text, { lang }), model, 0).language;

describe('language', () => {
  it.each([
    ['my battery died again and the support is not helping', 'en'],
    ['la batería de mi teléfono no dura nada, es muy mala', 'es'],
    ['a bateria do meu celular não dura nada, muito ruim', 'pt'],
    ["la batterie de mon téléphone ne tient pas, c'est nul", 'fr'],
    ['der Akku von meinem Handy ist nach zwei Stunden leer und ich bin sauer', 'de'],
    ['la batteria del mio telefono non dura niente, che delusione', 'it'],
    ['de batterij van mijn telefoon is niet goed, het is een ramp', 'nl'],
    ['Nimbus の新しいスマホ、バッテリーが最高です', 'ja'],
    ['这个手机的电池太差了', 'zh'],
    ['배터리가 너무 빨리 닳아요', 'ko'],
    ['батарея садится очень быстро', 'ru'],
    ['батарея сідає дуже швидко, і це жахливо', 'uk'],
    ['البطارية سيئة جدا', 'ar'],
    ['η μπαταρία είναι χάλια', 'el'],
    ['הסוללה גרועה', 'he'],
    ['बैटरी बहुत खराब है', 'hi'],
    ['แบตเตอรี่แย่มาก', 'th'],
  ])('%s -> %s', (text, lang) => {
    expect(langOf(text)).toBe(lang);
  });

  it('is "und" for emoji, numbers, names and text too short or ambiguous to tell', () => {
    for (const text of ['', '😀😀🎉', '!!!', '12345 678', '@nimbus #zephyr', 'Nimbus Orbix', 'flight delayed cancelled rebooked tomorrow']) {
      expect(langOf(text), text).toBe('und');
    }
  });

  it('brand names do not vote ("Die Nimbus" is a brand, not German)', () => {
    expect(langOf('Nimbus rocks')).toBe('und');
  });

  it("prefers the source's own tag, normalised", () => {
    expect(langOf('bonjour tout le monde', 'en-US')).toBe('en');
    expect(langOf('hello', 'pt_BR')).toBe('pt');
    expect(langOf('hello there', 'eng')).toBe('en');
    expect(langOf('the phone is good and I like it', 'und')).toBe('en'); // "und" from the source: detect
    expect(normalizeLang('ZH-Hant-TW')).toBe('zh');
    expect(normalizeLang('iw')).toBe('he');
    expect(normalizeLang('x')).toBeNull();
    expect(normalizeLang('')).toBeNull();
  });

  it('calls at least 95 % of the (English) airline tweets English and under 1 % anything else', () => {
    const counts = new Map<string, number>();
    const rows = airlineRows();
    for (const r of rows) {
      const l = analyze(airlineMention(r), model, 0).language;
      counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    expect(counts.get('en')! / rows.length).toBeGreaterThan(0.95);
    const other = rows.length - counts.get('en')! - (counts.get('und') ?? 0);
    expect(other / rows.length).toBeLessThan(0.01);
  });
});
