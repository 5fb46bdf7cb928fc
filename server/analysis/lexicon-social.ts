/**
 * Social-listening additions to the lexicon, same "word:weight" format as lexicon.ts.
 *
 * NEUTRAL_WORDS: words the seed lexicons weigh for their evaluative sense but that social posts
 * mostly use as requests, politeness or discourse markers ("please help", "I want", "well,",
 * "flight number"): they score 0 here; their evaluative relatives ("helpful", "wanted") keep theirs.
 * IRREALIS: words after which a sentiment word is wished, asked or supposed, not asserted
 * ("would be great", "if it works", "hope it's good").
 * SLANG_WORDS: leetspeak and chat slang, in folded spelling ("hax0r" is looked up as "haxor"). For a
 * tracked brand, being hacked, cracked or pirated is bad news.
 * SERVICE_*: customer-service complaint language, negative without any sentiment word.
 */

export const NEUTRAL_WORDS = `
help please pls plz plse want wants need needs number numbers credit credits
`;

export const IRREALIS = `
would wouldve could couldve should shouldve if hope hoping hopefully wish wishing
`;

export const SERVICE_WORDS = `
delayed:-1.6 delay:-1.3 delays:-1.3 stranded:-2.3 rebooked:-0.8 rebook:-0.6 refund:-0.6
waited:-1.0 waiting:-0.8 wait:-0.4 lost:-1.3 misplaced:-1.5 overbooked:-1.8 oversold:-1.6
cancelled:-1.5 canceled:-1.5 flightled:-1.5 unanswered:-1.5 disconnected:-1.3 hungup:-2.0
`;

export const SERVICE_PHRASES = `
still_waiting:-2.0 still_no:-1.2 still_not:-1.2 still_haven't:-1.5 still_hasn't:-1.5 on_hold:-1.5
hours_on_hold:-2.5 still_on_hold:-2.3 never_arrived:-2.3 never_received:-2.0 never_showed:-2.0
never_got:-1.8 no_response:-2.0 no_reply:-1.8 no_answer:-1.6 no_help:-1.8 no_one:-0.6
nowhere_to_be_found:-2.0 cancelled_flightled:-1.8 late_flight:-1.2 late_flightr:-1.2
hung_up:-2.0 hang_up:-1.5 not_working:-1.5 doesn't_work:-1.5 didn't_work:-1.5 won't_let:-1.5
can't_get_through:-1.8 cant_get_through:-1.8 missed_connection:-1.6 missed_my_connection:-1.8
sat_on_the_tarmac:-1.5 lost_my_bag:-2.0 lost_luggage:-2.0 lost_my_luggage:-2.0
`;

export const SLANG_WORDS = `
haxor:-1.2 haxxor:-1.2 haxors:-1.2 haxxors:-1.2 haxored:-1.8 haxxored:-1.8 hax:-0.8 hacked:-1.8
warez:-1.2 pwnd:-1.5 pwnt:-1.5 pwnz:1.5 pwns:1.5 roxxor:2.5 suxxor:-2.5 sux0r:-2.5 ftl:-1.5
`;
