/**
 * Built-in English sentiment lexicon for social media: "word:weight" with VADER-like weights in
 * [-4, 4]. Slang and leetspeak forms are listed in their folded spelling ("suxxors" also matches
 * "suxx0rs"). Elongated forms ("goooood") are collapsed before lookup, so only the base form is
 * needed. Multi-word entries are in PHRASES ("_" for a space).
 */

export const WORDS = `
love:3.2 loved:2.9 loves:2.7 loving:2.9 lovely:2.8 luv:2.8 like:1.5 liked:1.8 likes:1.8
great:3.1 greatest:3.2 good:1.9 better:1.9 best:3.2 awesome:3.1 awesomeness:3.0 amazing:2.8
excellent:2.7 fantastic:2.6 wonderful:2.7 wonderfully:2.9 perfect:2.7 perfectly:2.7 brilliant:2.8
superb:3.1 outstanding:3.0 incredible:2.6 phenomenal:2.5 stellar:2.8 terrific:2.4 fabulous:2.4
fab:2.0 nice:1.8 nicest:2.8 cool:1.3 fun:2.3 happy:2.7 happier:2.4 happiest:3.2 glad:2.0
pleased:1.9 delighted:2.9 thrilled:2.9 excited:2.0 exciting:2.2 enjoy:2.2 enjoyed:2.3
enjoying:2.4 enjoyable:1.9 pleasant:2.3 pleasure:2.7 thanks:1.5 thank:1.2 thankyou:2.0 thx:1.5
thnx:1.5 tks:1.4 ty:1.5 tysm:2.5 thankful:2.7 grateful:2.0 gratitude:2.0 appreciate:1.7
appreciated:2.3 appreciates:1.9 helpful:1.8 helped:1.7 kind:2.4 kindness:2.5 friendly:2.2
polite:1.9 courteous:2.2 gracious:2.3 generous:2.3 caring:2.2 attentive:1.6 accommodating:1.8
professional:1.4 efficient:1.8 reliable:1.8 seamless:1.8 flawless:2.5 smooth:1.2 easy:1.9
comfortable:1.5 comfy:1.5 spacious:1.2 clean:1.7 recommend:1.5 recommended:1.5 favorite:2.0
favourite:2.0 fav:2.0 fave:2.0 beautiful:2.9 gorgeous:3.0 pretty:1.5 cute:2.0 sweet:2.0
win:2.8 wins:2.7 winner:2.8 winning:2.4 ftw:2.4 yay:2.4 woohoo:2.3 woo:2.1 wow:2.0 yes:0.8
yeah:1.2 lol:1.8 lmao:1.8 lmfao:1.8 haha:2.0 hahaha:2.2 hehe:1.5 rofl:2.0 xd:2.0 smile:1.5
smiles:1.5 smiling:1.6 laugh:1.8 funny:1.9 hilarious:1.7 kudos:2.3 bravo:2.5 congrats:2.4
congratulations:2.9 cheers:2.1 blessed:2.9 lucky:1.9 hope:1.0 hopeful:1.9 hopefully:1.7
impressed:2.1 impressive:2.3 satisfied:1.8 satisfying:2.0 relieved:1.6 safe:1.9 safely:1.7
worthwhile:1.7 worth:0.9 welcome:2.0 interesting:1.7 promptly:1.0 resolved:1.1 solved:1.1
fixed:0.8 upgraded:1.5 free:1.0 bonus:1.2 gift:1.9 perks:1.0 epic:2.0 legit:1.5 dope:1.5
rocks:2.0 rocked:2.0 rox:2.0 roxxors:2.5 roxors:2.5 rulez:2.0 pwnage:1.5 rockstar:2.5
rockstars:2.5 hero:2.6 heroes:2.6 legend:2.0 champ:2.1 superstar:2.7 lifesaver:2.5 saved:1.6
ok:0.9 okay:0.9 fine:0.8 gr8:3.1 luvit:2.8 loveit:3.0
hate:-2.7 hated:-3.2 hates:-1.9 hating:-2.3 dislike:-1.6 bad:-2.5 badly:-2.1 worse:-2.1
worst:-3.1 terrible:-2.1 horrible:-2.5 awful:-2.0 poor:-2.1 poorly:-1.8 lame:-1.8 fail:-2.5
fails:-2.0 failed:-2.3 failing:-2.3 failure:-2.3 epicfail:-3.0 disaster:-3.1 nightmare:-2.5
joke:-1.0 ridiculous:-1.8 absurd:-1.3 unacceptable:-2.5 pathetic:-2.9 useless:-1.8
worthless:-1.9 incompetent:-2.0 incompetence:-2.2 unprofessional:-2.0 unhelpful:-1.8
rude:-2.0 rudest:-2.5 rudely:-2.0 disrespectful:-2.1 uncaring:-2.0 dismissive:-1.6 nasty:-2.6
hostile:-2.2 angry:-2.3 mad:-2.2 pissed:-3.0 furious:-2.8 livid:-2.5 annoyed:-1.6
annoying:-1.8 irritated:-2.0 frustrated:-2.0 frustrating:-1.9 frustration:-2.0 upset:-1.6
sad:-2.1 unhappy:-1.8 disappointed:-1.9 disappointing:-2.2 disappointment:-2.3 disgusted:-2.4
disgusting:-2.4 disgrace:-2.5 shame:-2.1 shameful:-2.2 sorry:-0.3 unfortunately:-1.5 sadly:-1.9
regret:-1.8 bummed:-1.5 bummer:-1.4 problem:-1.7 problems:-1.7 issue:-0.5 issues:-0.6
complaint:-1.2 broken:-1.9 broke:-1.8 damaged:-1.9 lost:-1.3 lose:-1.7 losing:-1.6
missing:-1.2 missed:-1.2 stuck:-1.5 stranded:-2.3 trapped:-2.4 abandoned:-2.0 delayed:-1.6
delay:-1.3 delays:-1.3 late:-1.0 cancelled:-1.5 canceled:-1.5 cancellation:-1.3
cancellations:-1.3 overbooked:-1.8 dirty:-1.9 filthy:-2.0 gross:-2.1 smelly:-1.5 cramped:-1.3
uncomfortable:-1.6 tired:-1.9 exhausted:-1.5 ruined:-2.4 ruin:-2.4 screwed:-1.5 scam:-2.6
ripoff:-2.2 overpriced:-1.6 hell:-2.2 damn:-1.7 shit:-2.6 shitty:-2.6 crap:-1.6 crappy:-2.5
bullshit:-2.8 bs:-1.8 fuck:-2.5 fucked:-3.0 fck:-2.3 wtf:-2.8 stupid:-2.4 dumb:-2.3 idiot:-2.3
idiots:-2.3 moron:-2.2 clueless:-1.5 lie:-1.8 lied:-1.6 liar:-2.4 liars:-2.4 lies:-1.8
lying:-2.0 ignored:-1.6 ignore:-1.5 ignoring:-1.7 misleading:-1.9 confusing:-1.0 confused:-1.3
chaos:-2.0 mess:-1.5 messed:-1.4 hassle:-1.5 inconvenience:-1.5 inconvenient:-1.4 worry:-1.9
worried:-1.2 scared:-1.9 fear:-2.2 afraid:-2.0 hurt:-2.4 pain:-2.3 painful:-1.9 sick:-2.3
cry:-2.1 crying:-2.1 tears:-0.9 fiasco:-2.5 debacle:-2.4 outrage:-2.3 outrageous:-2.0
outraged:-2.3 insane:-1.7 crazy:-1.4 robbed:-2.0 hostage:-1.5 runaround:-1.5 mistreated:-2.2
sucks:-1.5 suck:-1.9 sucked:-2.0 sucky:-1.9 sux:-2.0 suxx:-2.0 suxxors:-2.5 suxors:-2.5
pwned:-1.5 fml:-2.5 smh:-1.5 ugh:-1.8 argh:-1.5 meh:-0.8 yuck:-1.8 ew:-1.5 eww:-1.6 boo:-1.0
neveragain:-2.2 failwhale:-2.0 horrendous:-2.8 atrocious:-2.8 abysmal:-2.8 appalling:-2.6
appalled:-2.4 dreadful:-2.5 miserable:-2.6 misery:-2.7 ugly:-2.3 unreal:-0.8 nope:-0.5
wrong:-1.5 error:-1.2 errors:-1.2 sigh:-1.0 lousy:-2.0 mediocre:-1.0 subpar:-1.5 inexcusable:-2.5
unreliable:-1.8 unresponsive:-1.8 hopeless:-2.0 helpless:-1.8 pointless:-1.5 letdown:-1.8
overcharged:-1.8 dissatisfied:-1.8 unsatisfied:-1.6 displeased:-1.7 embarrassing:-1.6
embarrassment:-1.9 stinks:-1.5 glitch:-1.2 worstflightever:-3.0 worstairline:-3.0
`;

/** Multi-word entries. Service-complaint phrases are negative even without a sentiment word. */
export const PHRASES = `
still_waiting:-2.0 on_hold:-1.5 hours_on_hold:-2.5 still_on_hold:-2.3 never_arrived:-2.3
never_received:-2.0 never_showed:-2.0 never_got:-1.8 no_response:-2.0 no_reply:-1.8
no_answer:-1.6 no_help:-1.8 no_one:-0.6 no_where:-0.6 nowhere_to_be_found:-2.0
thanks_for_nothing:-2.3 thanks_a_lot_for_nothing:-2.5 waste_of_time:-2.2 waste_of_money:-2.2
missed_connection:-1.6 missed_my_connection:-1.8 sat_on_the_tarmac:-1.5 fed_up:-1.8
pissed_off:-2.8 never_again:-2.2 what_a_joke:-2.0 bait_and_switch:-2.0 nickel_and_dime:-1.6
can't_wait:1.6 cant_wait:1.6 no_worries:1.2 shout_out:1.5 on_time:1.2 well_done:2.2
top_notch:2.5 above_and_beyond:2.5 not_bad:0.8 not_bad_at_all:1.5 not_too_bad:0.8 kind_of:0 sort_of:0 customer_service:0
hung_up:-2.0 hang_up:-1.5 doesn't_work:-1.5 didn't_work:-1.5 not_working:-1.5 can't_get_through:-1.8
cant_get_through:-1.8 rip_off:-2.2 screw_up:-1.8 screwed_up:-2.0 messed_up:-1.8 let_down:-1.8
do_better:-1.5 expected_better:-1.5 could_be_better:-1.0 deserve_better:-1.5 had_better:0 still_no:-1.2
looks_like:0 look_like:0 seems_like:0 feel_like:0 feels_like:0 would_like:0 i'd_like:0 just_like:0
is_the_shit:2.5 are_the_shit:2.5 the_bomb:2.0 bad_ass:1.5 badass:1.5 kick_ass:1.5 kicks_ass:1.5 yeah_right:-1.5
kiss_of_death:-1.5 to_die_for:2.0 other_hand:0 on_hand:0 hand_luggage:0 a_lot_to_be_desired:-1.5 no_big_deal:0.5
`;

/** Words that scale the sentiment word after them (VADER's boosters and dampeners). */
export const BOOSTERS = `
absolutely amazingly awfully completely considerably decidedly deeply effing enormously
entirely especially exceptionally extremely fabulously flipping flippin freaking freakin
frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly most
particularly purely quite really remarkably so substantially thoroughly totally tremendously
uber unbelievably unusually utterly very super mega
`;
export const DAMPENERS = `
almost barely hardly kinda kindof less little marginally occasionally partly scarcely slightly
somewhat sorta sortof
`;

/** Words that flip the sentiment of the next few words ("not good"). Any "...n't" word does too. */
export const NEGATORS = `
not no never none nobody nothing neither nor nowhere without cannot aint ain't dont don't
doesnt doesn't didnt didn't isnt isn't wasnt wasn't arent aren't werent weren't wont won't
wouldnt wouldn't cant can't couldnt couldn't shouldnt shouldn't havent haven't hasnt hasn't
hadnt hadn't mustnt mustn't neednt needn't rarely seldom
`;

/** Words that end a negation's reach and weigh the clause after them more ("ok but late"). */
export const CONTRASTS = 'but however';

/** Parses "word:weight" entries ("_" for a space in phrases). */
export function parseWeights(blob: string): [string, number][] {
  const out: [string, number][] = [];
  for (const entry of blob.split(/\s+/)) {
    if (entry === '') continue;
    const colon = entry.lastIndexOf(':');
    out.push([entry.slice(0, colon).replace(/_/g, ' '), Number(entry.slice(colon + 1))]);
  }
  return out;
}

export function parseList(blob: string): string[] {
  return blob.split(/\s+/).filter((w) => w !== '');
}
