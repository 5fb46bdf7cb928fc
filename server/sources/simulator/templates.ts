/**
 * Text banks for simulated mentions: templates with {slots}, by channel style and polarity, and
 * the words that fill the slots. text.ts compiles them once.
 *
 * Slots: {b} the brand (name, alias, handle or hashtag), {b2} a second brand (comparisons),
 * {t} a topic phrase (a keyword of a configured topic, or a generic word), {pos}/{neg} a sentiment
 * word, {ep}/{en}/{eu} a positive/negative/neutral emoji, {sl} slang for the polarity, {leet},
 * {tag} a hashtag, {itag} the incident hashtag, {so} "so"/"sooo", {prod} a product, {stars} a
 * rating, {time} a duration, {n} a small number, {num} an order/case number, {who} another user,
 * {name} the author's first name, {fill} a polarity-free sentence.
 *
 * Rules (checked when compiled): every template names {b}; every negative template has {neg} and
 * every positive one {pos}; neutral ones have neither. So a test can tell a post's polarity by
 * its words, and a lexicon-based analyzer has something to find.
 */
import type { Polarity } from '../../../shared/mention';

export type Style = 'social' | 'forum' | 'blog' | 'news' | 'review' | 'email' | 'phone' | 'web';
export type Bank = Record<Polarity, string[]>;

/** Positive words for {pos} (adjectives or phrases that follow "is"). */
export const POS_WORDS = [
  'amazing', 'great', 'awesome', 'excellent', 'fantastic', 'brilliant', 'perfect', 'incredible',
  'so good', 'top notch', 'solid', 'impressive', 'next level', 'a game changer', 'wonderful',
];
/** Negative words for {neg}; tests look for these to recognise negative posts. */
export const NEG_WORDS = [
  'terrible', 'awful', 'horrible', 'useless', 'trash', 'garbage', 'the worst', 'pathetic', 'a joke',
  'broken', 'disappointing', 'ridiculous', 'unacceptable', 'a nightmare', 'a disaster',
];

export const EMOJI: Bank = {
  positive: ['😍', '🔥', '🙌', '💯', '❤️', '👏', '✨', '😊', '🥳', '👌'],
  neutral: ['🤔', '👀', '📱', '🤷', '🧐', '📦', '⏳', ''],
  negative: ['😡', '🤬', '😤', '💀', '🙄', '😩', '👎', '😒', '🤦', '😭'],
};
export const SLANG: Bank = {
  positive: ['ngl', 'tbh', 'ftw', 'lol', 'omg', 'lowkey', 'no cap', 'fr', 'imo', 'yasss'],
  neutral: ['tbh', 'imo', 'idk', 'hmm', 'ngl', 'fwiw', 'btw', 'so'],
  negative: ['smh', 'fml', 'ugh', 'wtf', 'ngl', 'tbh', 'lol', 'bruh', 'smdh', 'seriously'],
};
export const LEET: Bank = {
  positive: ['r0xx0rs', 'pwn3d', 'l33t', 'r0ckz'],
  neutral: ['n00b question', 'noob q'],
  negative: ['suxx0rs', 'got pwn3d', 'FAIL', 'l4me'],
};
export const GENERIC_TAGS: Bank = {
  positive: ['#love', '#tech', '#happy', '#gadgets', '#winning', '#blessed'],
  neutral: ['#tech', '#question', '#gadgets', '#news', '#help'],
  negative: ['#fail', '#customerservice', '#smh', '#badservice', '#neveragain', '#rant'],
};
export const STARS: Bank = {
  positive: ['★★★★★', '★★★★☆', '5/5', '5 stars.', '4/5'],
  neutral: ['★★★☆☆', '3/5', '3 stars.'],
  negative: ['★☆☆☆☆', '★★☆☆☆', '1/5', '1 star.', '2/5'],
};
export const SO = ['so', 'so', 'sooo', 'soooo', 'SO', 'soooooo'];
export const PRODUCTS = ['phone', 'tablet', 'earbuds', 'laptop', 'smartwatch', 'headphones', 'speaker', 'phone'];
export const DURATIONS = ['2 days', 'a week', '3 weeks', 'a month', '6 months', 'a year', '45 minutes', '2 hours', '3 days'];
/** Stand-ins for {t} when a mention has no topic: words no topic keyword should match. */
export const GENERIC_TOPICS = ['experience', 'whole thing', 'quality', 'vibe', 'product line', 'ecosystem', 'overall feel'];
/** Polarity-free sentences for long formats. */
export const FILLERS = [
  'I use it mostly for work and travel.', 'Availability varies by region.', 'More on that in a follow-up post.',
  'Full specs are at the end of this post.', 'Your mileage may vary, of course.', 'I bought it with my own money.',
  'This is based on about two weeks of daily use.', 'Photos below.', 'Ask me anything in the comments.',
];

export const TEMPLATES: Record<Style, Bank> = {
  social: {
    positive: [
      'just got my new {b} {prod} and it\'s {so} {pos} {ep}', 'ngl {b} {t} is {pos} {ep}', '{b} ftw!!! {t} is {pos} {ep}',
      'shoutout to {b} for the {pos} {t} {ep} {tag}', 'been using {b} for {time} now, still {pos} tbh {ep}',
      '{b} r0xx0rs. {t} is {pos}, that\'s the tweet {ep}', 'ok {b} your {t} is actually {pos} {ep}',
      'love love love my {b} {prod}, {pos} {ep}{ep}', '{sl} {b} just pwn3d the competition, {t} is {pos} {ep}',
      'wow {b} {t} is {pos} lol {ep}', '{b} support sorted me out in {n} min, {pos} {ep}',
      '{who} you were right, {b} {t} is {so} {pos} {ep}', '{b} {t} {ep}{ep} {pos}!!!',
    ],
    neutral: [
      'anyone tried the new {b} {prod}? {eu}', 'thinking about getting {b}, how\'s the {t}? {eu}',
      '{b} {t} news dropping today apparently {eu}', 'waiting for {who} to review the {b} {t} {eu}',
      '{b} or nah? {eu}', 'who else is watching the {b} event {eu}', 'so {b} {t}... thoughts? {eu}',
      'just saw an ad for {b} {prod} {eu}', 'my {prod} is a {b} one btw {eu}', '{b} {t} question: how long does it usually take? {eu}',
      '{b} trending again, what happened {eu}', '{sl} should I get the {b} {prod}? asking for a friend {eu}',
      '{b} {t} megathread when {eu}',
    ],
    negative: [
      '{b} {t} is {neg} smh {en}', 'wtf {b}?? my {prod} {t} is {neg} {en}', '{b} your {t} is {neg}. fix it {en}',
      '3rd time this week {b} {t} has been {neg} fml {en}', '{b} suxx0rs. {t} {neg} again {en}',
      'never buying {b} again. {t} is {neg} {en} {tag}', '{sl} {b} {t} is {so} {neg} {en}{en}',
      'is it just me or is {b} {t} {neg} lately? {en}', 'dear {b}, your {prod} is {neg} and so is your {t} {en}',
      '{b} support is {neg}. been waiting {time} {en}', '{who} don\'t buy {b}, {t} is {neg} {en}',
      'I want my money back {b}. {neg} {prod} {en}', '{b} {t}? {neg}. {en}{en}',
    ],
  },
  forum: {
    positive: [
      'Quick follow-up on my {b} thread: the {t} is {pos} after a week. Would recommend. {fill}',
      'Been on {b} for {time}. {t} has been {pos} the whole time.', 'PSA: the new {b} {prod} is {pos}. {t} is way better than last gen.',
      'Solved! {b} sent a replacement and the {t} is {pos} now. Marking this as resolved.',
    ],
    neutral: [
      'Question about {b} {t}: does it work the same on the older {prod}?', 'Comparing options. How is {b} {t} in practice? Looking for real-world experience.',
      'Has anyone contacted {b} about {t}? What was the process like?', 'Mod note: please keep {b} {t} discussion in the megathread.',
      'Thread for {b} owners: post your {t} setup here. {fill}',
    ],
    negative: [
      'Anyone else having {t} problems with {b}? Mine is {neg} since last week and nobody replies.',
      '[Rant] {b} {t} is {neg}. Tried everything in the FAQ, nothing works.', '{b} {prod} {t}: {neg}. Is there a fix or should I return it?',
      'Warning to anyone considering {b}: the {t} is {neg}. Save your money.', 'Day {n} of waiting for {b} to fix the {t}. Honestly {neg}.',
    ],
  },
  blog: {
    positive: [
      'After {time} with the {b} {prod}, I have to say the {t} is {pos}. {fill} {fill} Verdict: recommended.',
      '{b} got the {t} right this time, and it shows: it is {pos}. {fill} If you are on the fence, go for it.',
      'My long-term {b} {prod} review. {fill} The short version: {t} is {pos}, and the rest is not far behind. {fill}',
    ],
    neutral: [
      'This week I looked at the {b} {prod}, focusing on {t}. {fill} {fill} A full comparison is coming next week.',
      '{b} has been in the news for its {t}, so here is a quick summary of what we know. {fill}',
      'Notes from a month with the {b} {prod}. {fill} On {t}: about what you would expect at this level. {fill}',
    ],
    negative: [
      'After {time} with the {b} {prod}, the {t} is frankly {neg}. {fill} {fill} Verdict: wait for the next revision.',
      'I wanted to like {b}, but the {t} is {neg} and the company does not seem to care. {fill}',
      'Why I am returning my {b} {prod}. {fill} The {t} is {neg}, support was slow, and I am done. {fill}',
    ],
  },
  news: {
    positive: [
      '{b} shares climb as reviewers call new {prod} {pos}', '{b} wins praise for {pos} {t} in latest release',
      'Analysts upbeat as {b} posts {pos} quarter', '{b} {t} earns {pos} marks in independent tests',
    ],
    neutral: [
      '{b} to hold event next month; {t} expected to feature', '{b} confirms {t} details for upcoming {prod}',
      'What the {b} {t} news means for buyers', '{b} vs the market: a closer look at {t}', '{b} names new head of {t}',
    ],
    negative: [
      '\'{neg}\': {b} customers vent over {t}', '{b} under pressure as users call {t} {neg}',
      'Regulators question {b} after {t} complaints; critics call response {neg}', '{b} stock slides as {t} reviews turn {neg}',
    ],
  },
  review: {
    positive: [
      '{stars} {pos}! The {t} on this {b} {prod} is {pos}. Would buy again.', '{stars} {b} nailed it. {t} is {pos}.',
      '{stars} {b} {prod} is {pos} overall, {t} could be a bit better. {fill}', '{stars} Third {b} {prod} in our house. {t} is {pos}.',
    ],
    neutral: [
      '{stars} It does the job. {b} {prod} does what it says; {t} is average.', '{stars} {b} {prod} is nothing special. {t} is about what you expect.',
      '{stars} Mixed feelings about {b} {t}. {fill}',
    ],
    negative: [
      '{stars} {neg}. {b} {t} stopped working after {n} days.', '{stars} {b} {prod} is {neg}. {t} is a mess. Returning it.',
      '{stars} {b} {t} is {neg}, and customer care did not help.', '{stars} Do not buy. {b} {t}: {neg}.',
    ],
  },
  email: {
    positive: ['Subject: Thank you\n\nHi {b} team,\n\nJust wanted to say the {t} on my {b} {prod} is {pos}. Thanks to your team!\n\nBest,\n{name}'],
    neutral: ['Subject: Question about {t}\n\nHello {b},\n\nCould you tell me more about {t} for the {b} {prod}? I could not find it on your site.\n\nRegards,\n{name}'],
    negative: [
      'Subject: Complaint - order #{num}\n\nHi {b} team,\n\nI am writing about {t} on my {b} {prod}. It has been {neg} and I have been waiting {time} for a resolution.\n\nRegards,\n{name}',
      'Subject: Still no answer\n\nTo {b} customer care,\n\nThis is my third email about {t}. Your {prod} is {neg}. Please respond.\n\n{name}',
    ],
  },
  phone: {
    positive: ['Caller praised {b} {t}, said the {prod} is {pos}. No action needed.', 'Customer called to thank {b} team; {t} issue resolved and service was {pos}.'],
    neutral: ['Caller asked about {t} for {b} {prod}. Provided info. Case #{num} closed.', 'Customer called re: {b} {t} options. Sent link by SMS. Case #{num}.'],
    negative: [
      'Caller reports {t} on {b} {prod}, says it is {neg}. Escalated to tier 2. Case #{num}.',
      'Customer called re: {t}. Upset, called {b} service {neg}. Callback requested. Case #{num}.',
      'Caller reports second failure of {b} {prod} ({t}); calls it {neg}. Requests replacement.',
    ],
  },
  web: {
    positive: ['Web form (feedback): Love the {b} {prod}, {t} is {pos}.', 'Web form (feedback): {b} {t} is {pos}, keep it up.'],
    neutral: ['Web form (question): Is {t} available for the {b} {prod} in my region?', 'Web form (question): How do I change {t} settings on my {b} {prod}?'],
    negative: ['Web form (complaint): {b} {t} is {neg}. Please contact me. Order #{num}.', 'Web form (complaint): My {b} {prod} is {neg}. {t} fails daily.'],
  },
};

/** Two brands in one post: {b} is the brand the post is about, {b2} the other one. */
export const COMPARISONS: Bank = {
  positive: [
    'switching from {b2} to {b}. {t} is {pos} {ep}', '{b} > {b2}, not even close. {t} is {pos} {ep}',
    'finally ditched {b2} for {b}, {pos} {t} {ep}', 'switched from {b2} to {b} last month, {so} {pos} {ep}',
  ],
  neutral: [
    '{b} vs {b2}: how do they compare on {t}? {eu}', 'torn between {b} and {b2} for my next {prod} {eu}',
    '{b} or {b2}? need advice on {t} {eu}',
  ],
  negative: [
    'switching from {b} to {b2}, {b} {t} is {neg} {en}', '{b} is {neg} compared to {b2} tbh {en}',
    'why is {b} {t} {so} {neg} when {b2} gets it right {en}',
  ],
};

/** Posts in an incident burst: {t} is the incident's term, {itag} its hashtag. */
export const INCIDENT_SOCIAL: Bank = {
  positive: ['tbh my {b} {prod} is {pos}, no {t} here {ep} {itag}'],
  neutral: ['what\'s going on with {b} {t}? seeing lots of {itag} posts {eu}', '{itag} trending, {b} says it is looking into the {t} reports'],
  negative: [
    '{b} {t} AGAIN?? this is {neg} {itag} {en}', 'my {b} {prod} right now: {t}. {neg}. {itag}',
    'is anyone else seeing {t} on {b}?? {neg} {itag} {en}', '{itag} {b} needs to explain this {t} mess, {neg} {en}',
    '{b} {t} situation is {so} {neg} smh {itag}', 'not the {t} again {b}... {neg} {en} {itag}',
    'RT if your {b} has the {t} problem too. {neg} {itag}',
  ],
};
export const INCIDENT_NEWS: Bank = {
  positive: ['{b} says fix for {t} is {pos}, early tests agree'],
  neutral: ['{b} investigating reports of {t}; {itag} trends', '{b} responds to {t} reports'],
  negative: ['\'{neg}\': {b} customers vent over {t} as {itag} trends', '{b} under pressure over {t}; users call it {neg}'],
};

/** A few short posts in other languages (social styles only). */
export const FOREIGN: Record<'es' | 'pt' | 'fr' | 'de', Bank> = {
  es: {
    positive: ['me encanta {b}, increíble {ep}', '{b} es lo máximo, 10/10 {ep}'],
    neutral: ['¿alguien sabe si {b} hace envíos a mi ciudad? {eu}', 'viendo lo nuevo de {b} {eu}'],
    negative: ['{b} es un desastre, pésimo servicio {en}', 'odio {b}, nunca más {en}'],
  },
  pt: {
    positive: ['amo {b}, muito bom {ep}', '{b} é top demais {ep}'],
    neutral: ['alguém já testou o novo {b}? {eu}', 'vi a notícia da {b} hoje {eu}'],
    negative: ['{b} é uma porcaria, péssimo {en}', 'que raiva da {b} {en}'],
  },
  fr: {
    positive: ['j\'adore {b}, franchement génial {ep}', '{b} c\'est top {ep}'],
    neutral: ['quelqu\'un a testé le nouveau {b} ? {eu}', '{b} présente quelque chose demain {eu}'],
    negative: ['{b} c\'est nul, service client horrible {en}', 'marre de {b} {en}'],
  },
  de: {
    positive: ['{b} ist echt super {ep}', 'liebe mein neues {b} {ep}'],
    neutral: ['hat jemand Erfahrung mit {b}? {eu}', '{b} stellt morgen was Neues vor {eu}'],
    negative: ['{b} ist der letzte Mist {en}', 'schon wieder Ärger mit {b} {en}'],
  },
};

/** Extra lines a Facebook post sometimes carries (they are longer than tweets). */
export const FACEBOOK_TAILS = ['Anyone else?', 'Just sharing my experience.', 'Thoughts?', 'Will update this post.', 'Tagging a few friends who asked.'];
/** Suffixes of incident hashtags (#NimbusBatteryFail). */
export const INCIDENT_SUFFIXES = ['Fail', 'Gate', 'Fiasco', 'Meltdown', 'Mess'];
