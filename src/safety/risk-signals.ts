import { CRISIS_CATEGORIES, type CrisisCategory } from './categories.ts';
import { isLongPast, wordPattern } from './crisis-rules.ts';
import { CARER, CHILD_MARK, GUN, NOT_AN_AGE, PARTNER, SELF_MINOR, gap } from './crisis-vocabulary.ts';

/**
 * The second crisis tier: scored signals for wording no reviewed rule has seen. A category adds up
 * the weights of the concepts its text shows, each counted once, and fires when the sum reaches its
 * threshold and at least two different groups agree, so no single word ever fires. It runs only when
 * no rule fired. Weights: 2 for a sign that carries the category on its own in our tuning messages
 * (pills counted, "kept going", a partner's blow), 1 for context that only supports one (a weekday,
 * "scared", a gift). Thresholds were swept one step either way on the tuning messages (crisis-h4,
 * our own probes) against the guard sets (non-crisis fixtures, own questions); each sits at the lowest
 * value with no false alarm, and the figures for one lower are given with each.
 */

/** One sign of risk, a broad alternation over `normaliseForSafety` text. */
interface Concept {
  readonly group: string;
  readonly weight: number;
  readonly pattern: RegExp;
}

interface SignalSet {
  readonly category: CrisisCategory;
  /** Smallest total weight that fires (with two groups agreeing). */
  readonly threshold: number;
  readonly concepts: readonly Concept[];
  /** Framing that turns the signs into something else: consent, fiction, coursework, a joke. */
  readonly unless: RegExp;
}

const concept = (group: string, weight: number, source: string): Concept => ({ group, weight, pattern: wordPattern(source) });

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const WHEN = `tonight|today|yesterday|last night|this (?:morning|afternoon|evening|week|weekend)|${DAY}|the weekend|[0-9]+ ?(?:am|pm)|(?:days?|hours?) ago|just now|right now`;
const PILLS = '(?:pills?|tablets?|meds|medication|painkillers?|tylenol|paracetamol|insulin)';
/** Screens, reading and coursework: the signs are someone else's story. */
const STUDY = `(?:novel|movie|film|documentar(?:y|ie)|podcast|essay|assignment|presentation|lecture)s?|(?:a|the|this) book|books about|a story|news story|characters?|coursework|writing a|(?:for|in) (?:a|my|our) (?:[a-z]+ )?(?:class|course|project|thesis|paper)`;
/** Agreed kink; the wider CONSENT also covers enjoyment and agreement, for acts between adults. */
const KINK = 'kinks?|kinky|bdsm|bondage|shibari|tied up|role ?play|safe ?words?';
const CONSENT = `${KINK}|consensual|fantas(?:y|ies)|we (?:both|agreed|talked)|(?:i|she|he|we) (?:love|loves|like|likes|enjoy|enjoys) it|rough (?:sex|stuff)|into (?:choking|pain|rough)|play`;

export const SIGNALS: readonly SignalSet[] = [
  {
    category: 'suicide',
    // At 2, a place and a weekday fire ("the bridge on friday"): 2 guard false alarms, 2 ordinary.
    threshold: 3,
    concepts: [
      concept('means', 2, `how many ${gap(3)}${PILLS}|(?:pile|handful|heap|stack|photo|picture|pic) of ${gap(1)}${PILLS}|(?:sav|stockpil|hoard|collect|count|lin)(?:e|ed|ing) ${gap(4)}${PILLS}|${PILLS} ${gap(3)}(?:counted|lined up|laid out|saved|stockpiled)|enough ${gap(3)}${PILLS}`),
      concept('means', 2, `(?:stand|stands|stood|standing|sat|sitting|climb(?:ed|ing)) (?:right |just )?(?:on|at|over|up on) ${gap(2)}(?:edge of (?:the |a )?(?:platform|roof|bridge|cliff|building|balcony|tracks|car park|quarry)|ledge|railing|roof|rooftop|bridge|overpass|tracks|cliff)`),
      concept('means', 2, `(?:holding|loaded|cleaning|cleaned|bought|got out|sitting with|next to me) ${gap(4)}(?:guns?|rifle|pistol|revolver|rope|pills|razor|knife)|${GUN} (?:is |are )?(?:cleaned|loaded|oiled)`),
      concept('means', 2, `(?:beam|rafter|hook|pipe|banister|bannister|railing|tree|branch) ${gap(4)}(?:would|will|could|can|strong enough to) (?:hold|take (?:my|the) weight)`),
      concept('plan', 1, `how long it takes (?:with|to) ${gap(1)}(?:rope|belt|cord|hang)`),
      concept('plan', 2, `how (?:long|quickly|fast) (?:it takes |you |people |someone |a person )?(?:to )?(?:bleed out|drown|suffocate)`),
      concept('plan', 1, '(?:picked|set|chose|chosen) (?:a|the) (?:date|day)'),
      concept('plan', 2, 'make it (?:look|seem) like an accident'),
      concept('plan', 2, `(?:keep|keeps|kept) ${gap(3)}(?:looking|staring|checking|going ${gap(3)}to look) at (?:it|them)`),
      // Attention fixed on a means: "I keep looking at the train tracks on my way home".
      concept('means', 2, `(?:keep|keeps|kept|been|am|was|stood|standing|sat|sitting) (?:looking|staring|looking down|staring down) (?:at|over|into) ${gap(2)}(?:tracks|bridge|edge|ledge|drop|river|traffic|trains|water)`),
      concept('means', 1, 'overpass|bridge|ledge|rooftop|roof|cliffs?|quarry|multi ?storey|top (?:floor|level|deck) of|(?:train|railway) tracks|parking (?:garage|structure)|rope|noose|guns?|shotgun|pistol|rifle|revolver|firearm|razors?|blades|engine running'),
      concept('means', 2, `(?:sitting|sat|sit) in (?:the|my) (?:car|van) ${gap(3)}(?:closed |shut |locked )?garage|(?:closed|shut|locked) garage ${gap(3)}engine running`),
      concept('plan', 1, `googl(?:e|ed|ing)|look(?:ed|ing)? up|search(?:ed|ing)|how (?:easy|tall|high|far|quick)|(?:thinking|thought|think) about (?:it|doing it|how)|not (?:brake|wake up)|easiest|painless|take (?:a lot|all) of|on purpose|hoping (?:it|i) ${gap(1)}(?:ends?|die|do not)|see myself (?:making it|being here|alive)`),
      concept('leaving', 2, `(?:you will|you ll|she will|he will|they will|i will) understand (?:soon|one day|later|in time)|(?:written|wrote|left) a note|(?:not|never) ${gap(2)}(?:be|being) ${gap(4)}(?:much longer|for long|anymore|any more)|(?:not|never) ${gap(2)}(?:be|being) (?:around|here) (?:by|next)|goodbye (?:letters?|notes?)|(?:wrote|writing|written|left) ${gap(3)}(?:letters?|notes?) (?:to|for)|affairs in order`),
      concept('leaving', 1, `(?:gave|giving|given|sold|selling) ${gap(4)}(?:away|for nothing)`),
      concept('leaving', 1, `insurance|payout|where ${gap(3)}papers|(?:made|wrote|updated) ${gap(1)}will|sorry for everything|take care of (?:the|my|our) (?:kids|children|dog|cat)`),
      concept('leaving', 1, '(?:say|says|saying|said) (?:goodbye|bye)|the last time|(?:long|weird|strange) (?:message|text|voicemail|letter)|(?:thanks|thank you) for everything'),
      concept('despair', 1, `(?:no|what is the) point|nothing matters|not sure ${gap(2)}matters|can not do this|(?:tired of|done with) (?:being here|everything|it all|life)`),
      concept('despair', 2, `better off without|(?:happier|easier) (?:if ${gap(2)}(?:was|were) gone|without (?:me|her|him))|burden|nobody (?:would|will) (?:miss|notice|care)`),
      concept('despair', 1, '(?:feel|feeling) nothing|stopped eating|(?:have not|not) left (?:the|my) (?:flat|house|room|bed|apartment)|(?:nobody|no one) knows|(?:do not|can not) trust myself|scared of myself'),
      concept('despair', 1, `(?:can not|do not think i can|not sure i can) (?:last|survive|hold on|make it) (?:another|much longer|any longer|through)|decided (?:that )?(?:i am|it is) (?:done|over|finished)`),
      concept('now', 1, `${WHEN}|again|twice|(?:every|most) (?:nights?|mornings?|days?)|(?:for|about) an hour|lately`),
      concept('now', 1, 'phone is off|not (?:answering|picking up)|can not reach|went quiet|stopped (?:answering|replying)'),
    ],
    unless: wordPattern(`${STUDY}|${KINK}`),
  },
  {
    category: 'child-abuse',
    // Minor (2) + adult (1) + a strong sign (2); at 4 a parent's ordinary worry fired (3 guard, 1 ordinary).
    threshold: 5,
    concepts: [
      concept('minor', 2, `${CHILD_MARK}|${SELF_MINOR}|(?:[1-9]|1[0-5]) (?:year old|yo) (?:daughter|son|niece|nephew|girl|boy|kid|child|stepdaughter|stepson)|pupils?|kids? (?:next door|upstairs|downstairs|across the (?:road|street|hall))|(?:year|grade) (?:[1-9]|1[0-3])|(?:[1-9]|1[0-2]) (?:st|nd|rd|th) grade|(?:the|my) (?:boys|girls)|(?:neighbou?rs|little) (?:boys?|girls?|kids)`),
      concept('adult', 1, `${CARER}|mums? boyfriend|colleague|coworker|i am (?:1[89]|[2-6][0-9])(?! ${NOT_AN_AGE}\\b)|(?:he|she|guy|man|boyfriend|girlfriend) ${gap(3)}(?:is|am|are) (?:1[89]|[2-6][0-9])(?! ${NOT_AN_AGE}\\b)|(?:dad|father|mom|uncle|stepdad)s|boss|manager|leader|instructor|trainer|doctor|husband|daddys|man|guy|adult|grown|older|(?:1[89]|[2-6][0-9]) (?:years? old|yo)`),
      concept('grooming', 2, `secrets?|(?:not|never) (?:to )?tell (?:anyone|anybody|(?:my|your|her|his) (?:mom|dad|parents|mother))|special (?:[a-z]+ )?(?:girls?|boys?|friends?|games?|time|cuddles)|(?:private|secret) games?|not allowed to tell|(?:parents|mum|mom|dad) ${gap(2)}(?:would not|will not|would never|do not) (?:get it|understand)|our little thing|keep (?:it|this) (?:in|within) the family`),
      concept('grooming', 2, `(?:been |keep |kept |started )?touching (?:my|his|her|their|the|a) ${gap(4)}(?:daughter|son|niece|nephew|girl|boy|kid|child|stepdaughter|stepson)|(?:doing|does|did) sexual (?:things|stuff) to (?:a|the|her|him|them|my)|in (?:a )?ways? (?:that )?(?:is not|are not|was not|were not|do not seem|does not seem) (?:right|ok|okay|appropriate|normal)|(?:make|makes|made|making|told|tells|asked|asks) (?:her|him|them|me) (?:to )?(?:take|pull) (?:off|down)|rubs? my|hand on my|lap|tickl(?:e|es|ing)|under (?:her|his|my) (?:pajamas|pyjamas|clothes|shirt)|(?:video|pictures?) of people|do stuff|naked|undress(?:ed|ing)?|makes (?:her|him|me) (?:change|strip|shower)|down there|redness|private parts|privates`),
      concept('grooming', 1, '(?:shower|bath)(?:s|es|ing)? with'),
      // Alone it is a family's ordinary discretion ("told him not to tell grandma"): it only supports.
      concept('grooming', 1, '(?:told|tells|telling|asked|asks) (?:her|him|them|me) not to tell'),
      concept('grooming', 1, `locks ${gap(1)}door|(?:with|and) the door (?:shut|closed|locked)`),
      // Whose room it is, and who goes in, the words cannot tell: a child going to bed is the same.
      concept('grooming', 1, `(?:into|in) (?:her|his|their|my) ${gap(2)}(?:bed)?room (?:at night|late at night|in the night|when everyone is asleep)`),
      concept('grooming', 1, `favou?rite|mature for|beautiful|misses (?:me|her|him)|stop thinking about (?:me|her|him)`),
      concept('grooming', 1, 'gifts?|presents|buys (?:her|him|me)|(?:says|said|tells (?:me|her|him)) (?:he|she) loves (?:me|her|him)'),
      concept('grooming', 1, `(?:sexual|sexualised|sexualized) (?:pictures|drawings|play|behaviou?r|language)|(?:drew|draws|drawn|drawing|drawings) ${gap(4)}sexual|acting out (?:sex|sexual)|what happens at (?:daddys|mummys|mommys|dads|mums|moms|his|her|their|uncles?|grandpas?)|(?:get|take|catch) (?:the|a) (?:train|bus) to (?:his|her|their)|stay at (?:his|hers|theirs)|meet (?:up )?in person`),
      concept('grooming', 2, `what (?:i am|she is|he is|you are) wearing|(?:send|sending) ${gap(1)}(?:pics|photos|nudes)|calls (?:her|him) (?:sexy|hot)|kiss(?:ed|es|ing)? (?:me|her|him)`),
      concept('grooming', 1, 'photos|pics|pictures|nudes'),
      concept('grooming', 1, `(?:takes|taking|took) (?:her|him|them) ${gap(3)}alone|(?:drop|drops|dropped|drive|drives|drove) (?:her|him|them) ${gap(2)}(?:home|off) ${gap(1)}alone|rides? home|alone with|by myself|stay (?:late|after|behind)|babysit(?:s|ting)?|in his (?:office|car|room|house|tent|cabin)`),
      concept('grooming', 1, 'midnight|late at night|[1-4] ?am|dm(?:s|ing|ed)?|snap(?:chat)?|messag(?:es|ing)|texts (?:me|her|him)|texting'),
      concept('grooming', 1, `(?:cries|cry|cried|crying) (?:when|after|every|before)|(?:come|comes|came|coming) (?:home|back) (?:and )?(?:cry|cries|crying)|(?:jumps|flinches) when|deserved it|(?:terrified|scared) of (?:bedtime|bed time|going to bed|bath ?time)|scared of (?:him|her)|(?:does|did) not want to go ${gap(1)}(?:back|there)|nightmares|(?:wets|wetting|wet) the bed|acting (?:so )?(?:different|weird|strange|withdrawn)`),
      // Neglect and violence heard from outside: "out in the cold again", "screaming and thumping".
      concept('neglect', 2, 'out in the cold|(?:locked|left|shut) (?:out|outside) (?:all|for|in the)'),
      concept('neglect', 1, '(?:have not|has not|had not|not) (?:eaten|been fed)|no food|hungry|starving|in (?:just )?(?:their |a )?(?:nappies|nappy|diapers?)'),
      concept('neglect', 1, 'screams? at|screaming|thumping|banging|through the wall'),
      concept('neglect', 2, `(?:belt|strap|cane) marks|marks ${gap(3)}(?:belt|strap|cane)|(?:bruises|marks|welts) (?:on|all over) (?:her|his|their) (?:legs|back|arms|body|bottom|face)`),
      // An adult's own urges toward children weigh most: with any access to a child they must fire.
      concept('urges', 3, '(?:urges|thoughts|feelings|attract(?:ed|ion)) (?:about|towards?|to|for) (?:kids|children|minors|little|young)|before something happens'),
    ],
    // A surprise or a trick kept secret is play: "a special secret for mum's birthday".
    unless: wordPattern(`${STUDY}|surprise|magic tricks?|birthday (?:present|gift|party|card)|christmas (?:present|gift)|handshake|recipe|adorable`),
  },
  {
    category: 'sexual-assault',
    // Two strong signs, or one with both a time and "what happened"; at 3, 3 ordinary false alarms (a bad night out).
    threshold: 4,
    concepts: [
      concept('no-consent', 2, `woke up (?:and|n|to find) |asleep|passed out|blacked out|blackout|unconscious|out of it|(?:so|too|really) (?:drunk|high|wasted)|[0-9]+ (?:shots|drinks)|woke up (?:with|to|in|on)|drugged|something in my drink|no memory|(?:do|can) not remember`),
      concept('no-consent', 2, `(?:i|she) (?:had |would )?(?:said|told (?:him|her|them)) (?:no|stop|to stop)(?! to (?!(?:going|coming|sex|it|that|him|her)\\b))|(?:crying|screaming|yelling|begging|saying) (?:no|stop|no stop|please stop)(?! (?:to|it|that|the|doing|being)\\b)|(?:no one|nobody) (?:will |would )?(?:ever )?believes? (?:me|you|her|him|a (?:patient|client|kid|child))|(?:god|jesus|the lord) (?:will|would) punish (?:me|her|him)|submit(?:ting)? to (?:him|her) ${gap(3)}(?:healing|god|private|sin)|told (?:him|her|them) (?:no|to stop)|did not want (?:it|to|that)|i (?:just )?froze(?! up)|did not know how to (?:say|stop|react)|(?:did not|never) (?:agree|say yes|consent)|remember saying yes`),
      concept('no-consent', 2, `kept going|pushed my head (?:down|into)|held my head|(?:did|would) not stop|held me down|pinned me|forced|could not (?:move|get (?:him|her) off)|took advantage|waited (?:til|until) i was|grabbed me|without asking|(?:would|did|will|does) not let (?:me|her) (?:leave|go|out)|(?:will|would) not leave until|went (?:way )?(?:past|further than|too far)|locked (?:the|his|its) (?:car )?doors?|did not (?:take|drive|bring) (?:me|her) home`),
      concept('act', 2, `(?:pushing|pushed|pushes|pinning|threw|throwing) (?:me|her) (?:onto|on to|down on|on) (?:the|a|his|her) bed|until i (?:do|did) (?:stuff|things|it|sexual)|(?:something|things|stuff) (?:was|were|had been|has been) done to (?:me|her)|went all the way|(?:made|makes) (?:me|her) do (?:stuff|things|it)|(?:took|takes|pulled|slipped) (?:the|his|a) condom off|grown ?up touching|(?:hand|hands|fingers?) (?:went |goes |slid |moved )?(?:inside|into|under) my (?:shorts|pants|underwear|knickers|skirt|top|shirt|bra)|touch(?:ed|es|ing)? (?:me|her|him)(?! (?:hand|arm|shoulder|back|face|hair)\\b)|(?:did|doing|does) (?:stuff|things|it) to (?:me|her)|(?:had|has|have) sex with|go(?:es)? down on|went down on|under my clothes|inside (?:me|her)|in my (?:pants|underwear)|(?:hand|fingers?) (?:up|down|in) my|on top of me|took turns|until i did|(?:skirt|pants|jeans|clothes|underwear|dress|bra|shirt) (?:were |was )?(?:off|on backwards|unbuttoned|undone|pulled down|ripped|torn)|no (?:pants|clothes)|sore down there`),
      // Time and aftermath are one concept: "passed out at the gym yesterday, went to hospital" stays at 3.
      concept('after', 1, `${WHEN}|scrubbing|bleeding|bruises|shaking|crying|can not stop|evidence|police|the er|hospital|morning after|rape kit|showered|(?:sti|std) test`),
      concept('after', 1, '(?:what|it|this|that) happened|locked myself in|(?:he|she) is still (?:here|in (?:the|my|our))|what (?:he|she|they) did|(?:will|would) not (?:say|tell (?:me|us)) (?:the rest|what happened|more)'),
      // A person who cannot say no or tell, and someone who looks after them: a care home's night shift.
      concept('vulnerable', 1, '(?:dementia|alzheimers|non ?verbal|learning disabilit[a-z]*)|(?:she|he) (?:can not|could not|is unable to) (?:speak|talk|tell anyone|say no)'),
      concept('vulnerable', 1, '(?:male |female |night )?(?:carers?|caregivers?|care workers?|orderly|orderlies|staff members?)|(?:night|care|nursing) staff'),
    ],
    unless: wordPattern(`${STUDY}|${CONSENT}`),
  },
  {
    category: 'partner-violence',
    // "He" or "she" counts as the partner (1), so one strong sign is never enough; at 3, 10 guard false alarms.
    threshold: 4,
    concepts: [
      concept('partner', 1, `${PARTNER}|he|she`),
      concept('harm', 2, `(?:grabbed|squeezed) my (?:throat|neck)|hands? (?:around|on) my (?:throat|neck)|(?:hits?|punch(?:ed|es)?|slap(?:ped|s)?|kick(?:ed|s)?|(?:chok|strangl|shov)(?:es|ed)|push(?:es|ed)|bites|scratch(?:es|ed)) (?:and [a-z]+ )?me|(?:threw|chucked|flung|hurled|poured) ${gap(3)}(?:at|on|over) me|grabbed me by|(?:cornered|pinned|dragged|burned|burnt) me|spat (?:on|at) me`),
      concept('harm', 2, 'bruises|bruised|black eye|cut above|marks (?:on|all over) my|split lip|stitches|a burn|burns on my|scald(?:ed|s)?'),
      concept('harm', 1, 'screaming|slamming|smashing|thumping|banging'),
      concept('harm', 2, '(?:he|she) (?:only |just |usually |always |still )?(?:hits|punches|slaps|beats|chokes) (?:when|if|after)'),
      concept('harm', 2, `(?:bruises|marks) ${gap(3)}where (?:no one|nobody|people) (?:sees|see|can see|will see|would see)|(?:throw|pour|chuck) acid|acid (?:in|on) my face|(?:burn|scar|cut) my face`),
      concept('fear', 1, 'scared|afraid|terrified'),
      concept('fear', 1, '(?:says|said|tells me) (?:it is|its) (?:all )?my fault|gets (?:really |so |very )?angry|(?:looking|coming) for me'),
      concept('fear', 1, 'hid(?:e|ing)|typing fast|in trouble|before (?:he|she) (?:gets|comes) (?:home|back)|if i (?:tell|told) (?:anyone|anybody|someone)|(?:try|tried|trying) to (?:leave|take the kids)|police (?:say|said|says|can not|will not|do not)|(?:while|before) (?:she|he) (?:is|gets) (?:out|away|asleep|back|home)|be quick|(?:restraining|protective|no contact) order'),
      concept('fear', 2, `(?:will|would|is going to|going to|gonna) find me (?:wherever|anywhere|no matter)|(?:will|would|is going to|going to|gonna) finish (?:me|her|him)(?: off)?(?! (?:work|the|my|his|her|this|that|it|up)\\b)|(?:make sure|swore|swears|promised) ${gap(2)}(?:none of us|nobody|no one) ${gap(1)}(?:sees?|lives?|makes? it|survives?)|none of us (?:will )?(?:see|live|make it|survive)`),
      concept('weapon', 1, `${GUN}s? in the house|(?:has|keeps|owns|bought) (?:a |his |her )?${GUN}`),
      concept('fear', 2, `(?:will not|can not) find me|(?:somewhere|anywhere) ${gap(3)}go tonight`),
      concept('fear', 2, `found my ${gap(1)}address|(?:photo|picture|pic) of my ${gap(1)}(?:door|house|car)`),
      concept('control', 2, `allowance|[0-9]+ dollars a week|only lets me have|ask (?:him|her) for ${gap(2)}money|(?:takes|took) my ${gap(1)}(?:paycheck|money|wages|bank card)`),
      concept('control', 2, `(?:takes|took|hides|hid|smashed|broke) (?:my|her) ${gap(1)}(?:keys|phone|passport|meds|wheelchair|walker|hearing aids?|pension|benefits)|controls? (?:my|her) (?:meds|medication|money|phone|food|pension)|not let me (?:have|see|go|leave|drive|work|out)|(?:not|never) allowed to (?:see|go|leave|talk to|have|work|drive)|tracker|tracks my|lock(?:s|ed)? (?:me|her|him) (?:in|out)`),
      concept('control', 2, '(?:have to|must|makes? me) (?:send|show) (?:him|her) (?:a |my )?(?:photos?|pictures?|pics?|proof|location)|(?:checks|reads) (?:everything|my (?:phone|messages|texts)|every (?:text|message))'),
      concept('control', 2, `(?:can not|could not) (?:go home|call anyone|leave|get out)|(?:blocked|blocks|stood in) ${gap(1)}(?:door|doorway)`),
      concept('control', 2, '(?:new|different) numbers|(?:turn|show)(?:s|ing) up (?:at|outside)|following me|outside my (?:house|work|door|flat|apartment)'),
      concept('control', 2, 'dead (?:bird|animal|rat|mouse|cat|rabbit|fish)|(?:on|at) my (?:doorstep|door step|front door|windscreen)'),
      concept('control', 2, 'threat(?:ens|ened) to (?:have|get|call|report|take|post|tell|hurt|kill|out)|deport(?:ed)?'),
    ],
    unless: wordPattern(`${STUDY}|${CONSENT}`),
  },
];

/** The weights of the concepts the text shows, added up, and how many groups they come from. */
function tally(set: SignalSet, normalised: string): { total: number; groups: number } {
  let total = 0;
  const groups = new Set<string>();
  for (const { group, weight, pattern } of set.concepts) {
    if (!pattern.test(normalised)) continue;
    total += weight;
    groups.add(group);
  }
  return { total, groups: groups.size };
}

/** Whether the concepts in the text reach the threshold with two groups agreeing. */
function score(set: SignalSet, normalised: string): boolean {
  const { total, groups } = tally(set, normalised);
  return total >= set.threshold && groups >= 2;
}

/** The categories whose signals agree on normalised text, most urgent first. */
export function signalledCategories(normalised: string): CrisisCategory[] {
  // Trauma history ("years ago") with nothing recent is for the trauma FAQ, as with the rules.
  if (isLongPast(normalised)) return [];
  const fired = SIGNALS.filter((set) => !set.unless.test(normalised) && score(set, normalised));
  return CRISIS_CATEGORIES.filter((category) => fired.some((set) => set.category === category));
}

/**
 * Signs one point short of a category's threshold, or short of a second group: too weak for the crisis
 * notice, enough for a quiet line in the reply that points to the crisis lines. On sets never used to
 * tune it, this marked 16 of the 31 crisis messages the tiers missed and 4 of 3,630 ordinary questions;
 * two points short marked 28 of 31 but 358 ordinary questions.
 */
export function nearSignals(normalised: string): boolean {
  if (isLongPast(normalised)) return false;
  return SIGNALS.some((set) => !set.unless.test(normalised) && tally(set, normalised).total >= set.threshold - 1);
}

/** Every pattern of the tier, for compiling ahead of the first question. */
export function* signalPatterns(): Generator<RegExp> {
  for (const set of SIGNALS) {
    yield set.unless;
    for (const c of set.concepts) yield c.pattern;
  }
}
