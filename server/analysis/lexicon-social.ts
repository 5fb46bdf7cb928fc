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
 * SERVICE_FAILURE_*: what a care team files as a service failure: outages and errors ("site is
 * down", "page expired", "unusable"), disruption ("delayed", "rescheduled", "missed connection"),
 * loss and damage, unanswered contact ("no one answered", "hold times", "for hours"), requests to
 * fix, "why is ..." questions and "again" / "still" with a problem. These words keep their sign
 * under negation ("never received", "still not fixed"): see PROBLEM_NEGATED_SCALE in sentiment.ts.
 * POLITE_WORDS: gratitude and politeness. In a text with problem or negative cues they are the
 * closing formula of a complaint, not praise, and lose their positive weight.
 * IRONY_PHRASES: praise formulas that, next to a problem, are sarcastic ("great job", "love how").
 * NAME_WORDS: words that social posts mostly use as names (airlines, teams, countries), not praise.
 * LAUGH_WORDS: laughter, the author's own affect like an emoji: not negated, not questioned
 * ("no way lol", "you didn't haha").
 */

export const NEUTRAL_WORDS = `
help please pls plz plse want wants need needs number numbers credit credits
`;

export const NAME_WORDS = 'united';

export const LAUGH_WORDS = `
lol lols lolz lmao lmfao haha hahaha hahahaha hehe hehehe ha rofl roflmao xd
`;

export const POLITE_WORDS = `
thanks thank thankyou thx thnx tks ty tysm appreciate appreciated please pls plz kindly regards
cheers sincerely yes yeah yep sure ok okay well
`;

export const IRONY_PHRASES = `
great_job:2.5 good_job:2.3 nice_job:2.3 great_work:2.5 way_to_go:2.0 love_how:2.0 love_that:1.8
gotta_love:2.0 got_to_love:2.0 thanks_a_lot:1.8 thanks_so_much_for:1.5 so_glad:2.0 just_great:2.0
`;

/** Weights of the problem words: looked up like any word; PROBLEM_WORDS lists which keep their sign. */
export const SERVICE_FAILURE_WORDS = `
outage:-1.8 outages:-1.8 bug:-1.2 bugs:-1.2 buggy:-1.6 glitch:-1.2 glitches:-1.2 glitchy:-1.6
error:-1.2 errors:-1.2 crash:-1.6 crashed:-1.8 crashes:-1.6 crashing:-1.8 unusable:-2.0
unavailable:-1.0 inoperable:-1.5 expired:-0.8 frozen:-0.8 freezing:-0.6 stuck:-1.5
stranded:-2.3 delayed:-1.6 delay:-1.3 delays:-1.3 rescheduled:-0.6 rerouted:-0.6
misconnect:-1.5 misconnected:-1.5 cancelled:-1.5 canceled:-1.5 lost:-1.3 missing:-1.2
misplaced:-1.5 mishandled:-1.8 misrouted:-1.5 damaged:-1.9 broken:-1.9 nobody:-0.8
unanswered:-1.5 unreachable:-1.5 fix:-0.8 waiting:-0.8 waited:-1.0 queue:-0.5 hours:-0.5
hrs:-0.5 hour:-0.4 minutes:-0.3 mins:-0.3 days:-0.3 ago:-0.4 still:-0.4 yet:-0.3 why:-0.5
tried:-0.5 trying:-0.3 again:-0.4 voided:-1.0 denied:-1.4 refused:-1.5 stonewalled:-2.0 overcharged:-1.8
`;

export const SERVICE_FAILURE_PHRASES = `
is_down:-1.6 are_down:-1.6 was_down:-1.4 went_down:-1.4 goes_down:-1.4 keeps_going_down:-2.0
site_down:-1.8 website_down:-1.8 system_down:-1.8 systems_down:-1.8 down_again:-2.0
no_one:-1.0 nobody_answers:-2.0 no_one_answers:-2.0 no_one_answered:-2.0 no_one_picks_up:-2.0
for_hours:-1.5 hours_late:-1.8 hours_delay:-1.8 hour_delay:-1.5 hold_time:-1.2 hold_times:-1.2
wait_time:-1.0 wait_times:-1.0 call_back:-0.3 still_not:-1.5 still_no:-1.5 still_waiting:-2.0
still_haven't:-1.5 still_hasn't:-1.5 still_can't:-1.8 still_cant:-1.8 still_stuck:-2.0
not_fixed:-1.5 never_fixed:-1.8 not_working:-1.5 isn't_working:-1.6 stopped_working:-1.8
never_received:-2.0 never_rec'd:-2.0 never_got:-1.8 never_arrived:-2.3 never_came:-1.8
never_showed:-2.0 never_heard_back:-2.0 no_response:-2.0 no_reply:-1.8 no_answer:-1.6
no_update:-1.4 no_updates:-1.4 no_info:-1.4 no_information:-1.4 no_explanation:-1.6
no_call_back:-1.8 no_callback:-1.8 can't_get_through:-1.8 cant_get_through:-1.8
fix_this:-1.5 fix_it:-1.2 please_fix:-1.2 fix_your:-1.5 why_is:-0.8 why_are:-0.8 why_does:-0.8
why_do:-0.6 why_did:-0.8 why_can't:-1.2 why_cant:-1.2 why_won't:-1.2 why_isn't:-1.2 how_come:-0.8
missed_connection:-1.6 missed_my_connection:-1.8 missed_connections:-1.6 page_expired:-1.2
customer_care:0 customer_support:0 customer_relations:0 could_care_less:-1.8 couldn't_care_less:-1.8
give_a_shit:0 give_a_damn:0 give_a_crap:0 give_a_fuck:0
`;

/** Problem words (single keys) whose negation stays a complaint ("not fixed", "no one"). */
export const PROBLEM_WORDS = `
outage outages bug bugs buggy glitch glitches error errors crash crashed crashes crashing
unusable unavailable expired stuck stranded delayed delay delays cancelled canceled lost missing
misplaced mishandled damaged broken unanswered fix waiting waited hours hrs again denied refused
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
