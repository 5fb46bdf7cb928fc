/** One test per sentiment rule: each fails if its rule is removed or broken. */
import { describe, expect, it } from 'vitest';
import { analyze, compileModel, type AnalysisModel } from '../../../server/analysis';
import { compileSentiment, POLARITY_THRESHOLD, scoreSentiment } from '../../../server/analysis/sentiment';
import { Tokens, tokenize } from '../../../server/analysis/tokenize';
import { Vocab } from '../../../server/analysis/vocab';
import { config, loadConfig, mention } from './helpers';

const demo = compileModel(loadConfig('default.tracking.json'));
const airlines = compileModel(loadConfig('airlines.tracking.json'));
const s = (text: string, model: AnalysisModel = demo) => analyze(mention(text), model, 0).sentiment;
const score = (text: string, model?: AnalysisModel) => s(text, model).score;
const polarity = (text: string, model?: AnalysisModel) => s(text, model).polarity;
const tokens = (text: string, model: AnalysisModel = demo) => s(text, model).drivers.map((d) => d.token);

describe('sentiment rules', () => {
  it('negation flips the words after it, within its clause and reach', () => {
    expect(score('the seat was comfortable')).toBeGreaterThan(0);
    expect(score('the seat was not comfortable')).toBeLessThan(0);
    expect(score("the crew wasn't friendly")).toBeLessThan(0);
    expect(score('never helpful')).toBeLessThan(0);
    // a negated negative word is neutralized, not turned into praise
    expect(score('not terrible')).toBe(0);
    expect(score('not now. The crew was friendly')).toBeGreaterThan(0);
  });

  it('a negated verb with no sentiment word is a complaint cue when the post names a brand', () => {
    expect(polarity("@united I can't check in", airlines)).toBe('negative');
    expect(polarity("@JetBlue the app won't load my boarding pass", airlines)).toBe('negative');
    expect(tokens("@united I can't check in", airlines)).toEqual(["can't"]);
    // about no brand, it is weak evidence: not a complaint on its own
    expect(score("we don't turn the lights on until 4pm")).toBeLessThan(0);
    expect(polarity("we don't turn the lights on until 4pm")).toBe('neutral');
    expect(tokens("I can't check in")).toEqual(["can't"]);
    // a negation that negates a sentiment word is not counted twice
    expect(tokens("I don't love it")).toEqual(['love']);
  });

  it('emoji and emoticons are the author\'s affect: not negated', () => {
    expect(score("it didn't say that :)")).toBeGreaterThan(0);
  });

  it('"hope" and "wish" are mildly positive and make what follows unasserted', () => {
    expect(tokens('hope you feel better soon')).toContain('hope');
    expect(score('hope you feel better soon')).toBeGreaterThan(0);
    expect(score('hope it is great')).toBeLessThan(score('it is great'));
  });

  it('"but" weighs the clause after it more, the one before less', () => {
    expect(polarity('The crew was great but the delay was terrible')).toBe('negative');
    expect(polarity('The delay was terrible but the crew was great')).toBe('positive');
    const d = s('the food was good but the seat was good').drivers;
    expect(d[1].weight).toBeGreaterThan(d[0].weight);
  });

  it('intensifiers raise and dampeners lower the weight of the next word', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('extremely bad')).toBeLessThan(score('bad'));
    expect(score('kinda good')).toBeLessThan(score('good'));
    expect(score('slightly bad')).toBeGreaterThan(score('bad'));
  });

  it('ALL CAPS words weigh more when the rest is not in caps', () => {
    expect(score('the flight was GREAT')).toBeGreaterThan(score('the flight was great'));
    expect(score('the flight was AWFUL')).toBeLessThan(score('the flight was awful'));
    // a text entirely in caps has no contrast to show
    expect(score('GREAT FLIGHT')).toBe(score('great flight'));
  });

  it('"!!!" pushes the score further from 0, up to a cap', () => {
    expect(score('good!!!')).toBeGreaterThan(score('good!'));
    expect(score('good!')).toBeGreaterThan(score('good'));
    expect(score('bad!!!')).toBeLessThan(score('bad'));
    expect(score('good!!!!!!!!!!')).toBe(score('good!!!!'));
    expect(score('hello!!!')).toBe(0);
  });

  it('reads emoji, including skin-tone variants and emoji from the seed ranking', () => {
    expect(polarity('new route 😍')).toBe('positive');
    expect(polarity('delayed again 😡')).toBe('negative');
    expect(polarity('👎🏽')).toBe('negative');
    expect(polarity('👍🏻')).toBe('positive');
    expect(score('💔')).toBeLessThan(0);
  });

  it('reads emoticons', () => {
    expect(polarity('landed :)')).toBe('positive');
    expect(polarity('landed :D')).toBe('positive');
    expect(polarity('landed :(')).toBe('negative');
    expect(polarity("landed :'(")).toBe('negative');
    expect(score('we <3 you')).toBeGreaterThan(0);
  });

  it('elongated words are looked up collapsed and weigh more', () => {
    expect(score('goooood')).toBeGreaterThan(score('good'));
    expect(score('baaaad')).toBeLessThan(score('bad'));
    expect(tokens('loooove it')).toEqual(['love']);
    expect(score('sooooo good')).toBeGreaterThan(score('good'));
  });

  it.each([
    ['pwn3d', 'negative', 'pwned'], ['hax0r', 'negative', 'haxor'], ['w@r3z', 'negative', 'warez'],
    ['suxx0rs', 'negative', 'suxxors'], ['r0xx0rs', 'positive', 'roxxors'], ['fml', 'negative', 'fml'],
    ['smh', 'negative', 'smh'], ['ftw', 'positive', 'ftw'],
  ])('slang and leetspeak: %s is %s (read as %s)', (text, pol, key) => {
    expect(polarity(`the new update ${text}`)).toBe(pol);
    expect(tokens(`the new update ${text}`)).toEqual([key]);
  });

  it('decodes HTML entities before reading the text', () => {
    expect(polarity('you guys &lt;3')).toBe('positive');
    expect(polarity('&gt;:( again')).toBe('negative');
    expect(polarity('I didn&#39;t like it')).toBe('negative');
    expect(score('fish &amp; chips')).toBe(0);
  });

  it("masks the brand's own names and handles: they carry no sentiment", () => {
    // "united" is a positive word in the seed lexicons; "@united" is the brand's handle
    expect(s('@united flight 1234 leaves at 6', airlines)).toMatchObject({ score: 0, polarity: 'neutral', drivers: [] });
    expect(s('United Airlines flight 1234 leaves at 6', airlines).score).toBe(0);
    expect(s('@VirginAmerica #UnitedAirlines', airlines).score).toBe(0);
    expect(tokens('@united the crew was great', airlines)).toEqual(['great']);
    // "united" is mostly a name in social posts (airlines, teams, countries): it weighs nothing anywhere
    expect(s('we stand united').score).toBe(0);
  });

  it.each([
    'still waiting for my refund', 'on hold for 2 hours', 'my bag never arrived',
    'flight Cancelled Flightled', 'no response to my email', 'they hung up on me',
    'Late Flightr again', 'the app is not working', 'my flight was delayed', 'stranded in Denver',
  ])('service complaint without a sentiment word: "%s" is negative', (text) => {
    expect(polarity(text)).toBe('negative');
  });

  it('request and politeness words carry no sentiment', () => {
    for (const t of ['please help', 'I need a new flight number', 'I want to change my seat', 'pls advise']) {
      expect(score(t), t).toBe(0);
    }
  });

  it('positive words in questions or after "would", "if", "hope" are not asserted', () => {
    expect(score('is the flight on time?')).toBeLessThan(score('the flight is on time'));
    expect(polarity('is the flight on time?')).toBe('neutral');
    expect(score('it would be great')).toBeLessThan(score('it is great'));
    expect(score('hope the food is good')).toBeLessThan(score('the food is good'));
    // negative words in questions are complaints all the same
    expect(polarity('why is my flight delayed again?')).toBe('negative');
  });

  it('#sarcasm turns praise into blame', () => {
    expect(polarity('hung up on again, awesome #sarcasm')).toBe('negative');
    expect(polarity('great service #sarcasm')).toBe('negative');
    expect(polarity('great service')).toBe('positive');
  });

  it('uses one neutral band, from POLARITY_THRESHOLD', () => {
    expect(POLARITY_THRESHOLD).toBeGreaterThan(0);
    expect(polarity('it was ok')).toBe(score('it was ok') >= POLARITY_THRESHOLD ? 'positive' : 'neutral');
    expect(polarity('The phone arrived on Tuesday')).toBe('neutral');
  });

  it('per-channel lexicons override the config lexicon, which overrides the built-in one', () => {
    const vocab = new Vocab();
    const sm = compileSentiment({ sick: 2.5, gnarly: 1 }, vocab, { forum: { gnarly: -2 }, news: {} });
    const t = new Tokens();
    const run = (text: string, channel?: string) => { tokenize(text, t); vocab.resolve(t); return scoreSentiment(sm, t, channel).score; };
    expect(run('that is sick')).toBeGreaterThan(0); // config over built-in
    expect(run('gnarly')).toBeGreaterThan(0);
    expect(run('gnarly', 'forum')).toBeLessThan(0); // channel over config
    expect(run('that is sick', 'forum')).toBeGreaterThan(0); // the config lexicon still applies there
    expect(run('gnarly', 'news')).toBeGreaterThan(0);
    expect(run('gnarly', 'review')).toBeGreaterThan(0);
  });

  it('per-channel lexicons apply through analyze() for mentions of that channel', () => {
    const model = compileModel(config({ brands: [{ id: 'x', name: 'X' }], channelLexicons: { review: { sick: 2.5 } } }));
    expect(analyze(mention('that is sick', { channel: 'review' }), model, 0).sentiment.polarity).toBe('positive');
    expect(analyze(mention('that is sick', { channel: 'twitter' }), model, 0).sentiment.polarity).toBe('negative');
  });

  it('prototype keys are ordinary unknown words, in text and in config', () => {
    expect(s('__proto__ constructor toString hasOwnProperty valueOf prototype')).toEqual({ score: 0, polarity: 'neutral', drivers: [] });
    const model = compileModel(config({ brands: [{ id: 'x', name: 'X' }], lexicon: JSON.parse('{"__proto__": 2, "constructor": -2, "toString": 1}') }));
    expect(score('constructor', model)).toBeLessThan(0);
    expect(score('toString', model)).toBeGreaterThan(0);
    expect(score('__proto__ hasOwnProperty', model)).toBeGreaterThanOrEqual(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('customer-care rules', () => {
  it('service-failure language is negative without a sentiment word', () => {
    expect(polarity('Why is the site down?')).toBe('negative');
    expect(polarity('your website is down and the page expired')).toBe('negative');
    expect(polarity('on hold for hours')).toBe('negative');
  });

  it('a negated problem word stays a complaint; a negated negative word is not praise', () => {
    expect(score('my bag was never delivered, still not fixed')).toBeLessThan(0);
    expect(score('the flight was not delayed')).toBeLessThanOrEqual(0);
    expect(score('not stuck')).toBeLessThan(0);
  });

  it('thanks and please in a complaint are closing formulas, not praise', () => {
    expect(tokens('flight delayed 3 hours and my bag is lost. thanks')).not.toContain('thanks');
    expect(polarity('flight delayed 3 hours and my bag is lost. thanks')).toBe('negative');
    expect(polarity('thanks for the help')).toBe('positive');
  });

  it('praise formulas next to a problem are ironic', () => {
    expect(polarity('great job, my bag is lost again')).toBe('negative');
    expect(polarity('great job team')).toBe('positive');
  });

  it('praise weighs less in a service complaint to a brand, unless it follows "but"', () => {
    expect(polarity('@united flight cancelled, the crew was nice', airlines)).toBe('negative');
    // in a post to no brand, a service word does not make the rest a complaint
    expect(score('flight cancelled, the crew was nice')).toBeGreaterThan(score('@united flight cancelled, the crew was nice', airlines));
    expect(polarity('The delay was terrible but the crew was great')).toBe('positive');
  });

  it('compound complaint hashtags read as their complaint word', () => {
    expect(tokens('#airlinefail')).toEqual(['fail']);
    expect(score('#worstservice')).toBeLessThan(0);
  });
});

describe('rules for posts to no brand, laughter, names and hedges', () => {
  it('weak service hints ("hours", "still") are complaints only in a post to a brand, where they weigh double', () => {
    expect(polarity('@united on the ground for 3 hours', airlines)).toBe('negative');
    expect(tokens('@united on the ground for 3 hours', airlines)).toEqual(['hours']);
    expect(s('still working from yesterday, 15 hours so far')).toMatchObject({ score: 0, drivers: [] });
    // a strong service word still counts anywhere
    expect(polarity('my flight was cancelled')).toBe('negative');
  });

  it('laughter is the author\'s affect: a negation before it does not flip it', () => {
    const d = s("I didn't know that lol").drivers.find((x) => x.token === 'lol');
    expect(d?.weight).toBeGreaterThan(0);
    expect(score('no way lol')).toBeGreaterThan(0);
  });

  it('a bare "no" that negates no sentiment word is negative; a "no" that negates one is not counted twice', () => {
    expect(polarity('Oh no!')).toBe('negative');
    expect(score('No tacos for you.')).toBeLessThan(score('Not tacos for you.'));
    expect(score('Not tacos for you.')).toBeLessThan(0);
    expect(tokens('this is no good')).toEqual(['good']);
    expect(score('this is no good')).toBeLessThan(0);
  });

  it('a sentiment word capitalised mid-sentence is mostly part of a name', () => {
    const show = 'I have American Horror Story to get back to tonight';
    expect(score(show)).toBeGreaterThan(score(show.toLowerCase()));
    expect(polarity(show)).toBe('neutral');
    expect(polarity(show.toLowerCase())).toBe('negative');
    // not at the start of a sentence, after a handle, in ALL CAPS, or in a Title Case headline
    expect(score('Horrible night. Horrible food')).toBe(score('horrible night. horrible food'));
    expect(score('@anna Congrats on the new job')).toBe(score('@anna congrats on the new job'));
    expect(score('the food was HORRIBLE today')).toBeLessThan(score('the food was horrible today'));
    expect(score('Horrible Storm Hits The East Coast Tonight')).toBe(score('horrible storm hits the east coast tonight'));
    // a capitalised problem word is the status it names
    expect(score('@united my flight was Cancelled', airlines)).toBe(score('@united my flight was cancelled', airlines));
  });

  it('negative words after "if", "would" or "hope" count less, but still lean negative', () => {
    expect(score('if the app fails')).toBeGreaterThan(score('the app fails'));
    expect(score('if the app fails')).toBeLessThan(0);
  });

  it('reads more emoticons', () => {
    expect(polarity('landed :]')).toBe('positive');
    expect(polarity('landed =]')).toBe('positive');
    expect(polarity('landed :c')).toBe('negative');
    expect(score('landed =/')).toBeLessThan(0);
  });

  it('single letters are initials, not sentiment words', () => {
    expect(s('see you in L.A. tonight')).toMatchObject({ score: 0, drivers: [] });
  });

  it('reads common idioms', () => {
    expect(polarity('Glee is the shit')).toBe('positive');
    expect(polarity('this album is the bomb')).toBe('positive');
    expect(s('on the other hand, it rained')).toMatchObject({ score: 0 });
  });
});
