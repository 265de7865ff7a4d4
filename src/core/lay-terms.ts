/**
 * How visitors say it → the words the corpus uses. A reviewed table of general lay language for
 * this domain, written from common usage (slang, euphemism, everyday and clinical synonyms), not
 * from any test question. One plain row per idea:
 *
 * - `say`: phrases as normalised text (lower case, contractions spelled out: "can not"), separated
 *   by ", ". Within a phrase, words are separated by spaces and `a|b` at one position accepts either
 *   word, and `...` between two words stands for up to six words of any kind ("how often ... have
 *   sex"). Word forms are stemmed, so "hurt" also matches "hurts" and "hurting".
 * - `means`: the words it stands for, added to the search at reduced weight. They never count as
 *   words the visitor typed when confidence is measured. Empty for filler, whose words are dropped.
 * - `unless` (optional): phrases in the same notation that mark another sense of an ambiguous word
 *   ("come with me", "finish in ten sessions", "will not come"). Where one of them overlaps a match
 *   of `say` (starting inside it, or before it and reaching into it), that match does not count.
 */
export interface LayTerm {
  readonly say: string;
  readonly means: string;
  readonly unless?: string;
  /**
   * The phrase's own words stand only for its meaning, never for themselves: "find out" is to learn,
   * and its "find" must not match the entry on finding a therapist.
   */
  readonly meaningOnly?: boolean;
  /**
   * The phrase asks about a subject this FAQ does not answer, as a word of `other-topics.ts` names one
   * ("is it safe to have sex during pregnancy" is for a doctor): in the clause that asks, it holds an
   * answer back to suggestions, even when the visitor names sex or therapy too. Its `means` is empty,
   * so its words drop out.
   */
  readonly elsewhere?: boolean;
  /**
   * The row names how the visitor feels about asking or going ("shy", "scared"). Told in the story
   * ("I'm a bit anxious. How long is each session?") it says who asks, not what: unlike a named
   * subject, it keeps the story's lower weight there.
   */
  readonly feeling?: boolean;
}

const row = (say: string, means: string, unless?: string): LayTerm => (unless === undefined ? { say, means } : { say, means, unless });
const meaningOnly = (term: LayTerm): LayTerm => ({ ...term, meaningOnly: true });
const elsewhere = (say: string): LayTerm => ({ say, means: '', elsewhere: true });
const feeling = (say: string, means: string): LayTerm => ({ say, means, feeling: true });

/**
 * Everyday senses of the words for orgasm and ejaculation: "come with me", "come to sessions",
 * "finish therapy", "finish in ten sessions". Movement and completion, not sex.
 */
const NOT_SEXUAL_COME = 'come|came|coming|cum with|along|to|in|over|back|here|there|home|together|round|around|by|into|across|up|down|out|off|from';
const NOT_SEXUAL_FINISH = 'finish|finished|finishing|end|ends|ending therapy|treatment|session|sessions|course|program|programme|the|in|within|after|before|by|up|off';
/** "My husband won't come": a refusal to come along, not trouble reaching orgasm. */
const REFUSES_TO_COME = 'will|would not come';
const NOT_SEXUAL_ENDING = `${NOT_SEXUAL_COME}, ${NOT_SEXUAL_FINISH}, ${REFUSES_TO_COME}`;
/** The person a visitor sees, as they name them. */
const THERAPIST = 'therapist|therapists|counsellor|counselor';
/** "How long does it last", "last session", "last time", "last week": time, not stamina. */
const NOT_SEXUAL_LAST = 'last session|sessions|time|week|month|year|night|appointment|therapist|one, long last, at last';
/** Sex measured in minutes: "I come in 2 minutes", "he finishes within a minute", "done in like a minute", "2 mins". */
const SEX_IN_MINUTES =
  'come|cum|finish|finishes|climax|ejaculate|done|over in|within|after|under 0|a|few minute|minutes|min|mins, ' +
  'come|cum|finish|finishes|climax|ejaculate|done|over in|within|after|under like|about|around|only|maybe 0|a|few minute|minutes|min|mins, ' +
  'come|cum|finish|finishes|climax|ejaculate|done|over in|within|after|under a|like|about|only few|couple minute|minutes|min|mins, ' +
  'come|cum|finish|finishes|climax|ejaculate|done|over in|within|after|under a few|couple of minutes|mins, ' +
  // "all over for me in about a minute": who it is over for, then the minutes
  'over|done for me|him|her in|within|after like|about|around|only|maybe|under 0|a|one|few minute|minutes|min|mins, ' +
  // "way too fast, like 1 min": the speed said first, then the minutes
  'fast|quick|quickly|soon|early like|about|around|only|maybe|in|after|within 0|a|one minute|minutes|min|mins';
/**
 * How often people have sex, not how often sessions are: "how often should a couple have sex",
 * "how many times a week do people have sex", "how much sex is normal".
 */
const SEX_FREQUENCY = 'how often|frequently ... have|having sex, how many times ... have|having sex, how much sex, have|having|had sex 0|once|twice|every|daily|weekly|nightly, have|having|had sex maybe|only|like|about|barely|roughly|around 0|once|twice';

export const LAY_TERMS: readonly LayTerm[] = [
  // Chat filler: phrases that mean nothing about the topic (an empty `means` drops their words)
  row('quick|random|silly|stupid|dumb|weird|general question, just|was wondering, out of curiosity, asking for a friend', ''),
  row('thanks|thank you in advance, hi|hello there, good morning|afternoon|evening, sorry to bother', ''),
  // An apology for the question itself: "sorry if this is a dumb question", "sorry, this is awkward"
  row('sorry if this is|sounds a|so dumb|stupid|silly|weird|strange|basic|obvious question, sorry if this is|sounds dumb|stupid|silly|weird|strange|embarrassing|awkward, sorry this is embarrassing|awkward|weird, sorry this is so embarrassing|awkward|weird', ''),
  // "End up" is eventually: "what does it end up costing", "we always end up arguing"
  row('end|ends|ended|ending up', ''),
  // Small talk: "how are you today", "what's up"
  row('how are you, how are you doing|today, how is it going, how is your day, what is up, how have you been, nice to meet you', ''),
  // Small talk with the chat itself, and opening hours this FAQ cannot know: the clinic's contact answers those
  row('tell me a joke|story|secret, tell me something interesting|funny|fun|random|cool|new, make me laugh', ''),
  row('what time do|does you|they|it open|close, opening|closing hours|time|times', ''),
  // Checking that the chat works: "test 123", "testing testing"
  row('test 0, testing 0, testing testing, test test, just testing', ''),
  // A bare "test" or "testing": the same check. Tests someone has or does (a blood test, "tested for",
  // "what tests do they run") keep their sense.
  row(
    'test|testing',
    '',
    'a|an|the|my|our|his|her|your|their test|tests|tested|testing, any|some|what|which|blood|pregnancy|sti|std|hiv|lab|urine|hormone|hormones|drug|covid|home|medical|get|got|getting|be|been|was|were|had|have|has|do|does|did|run|need|take|took|pass|passed|fail|failed test|tests|tested|testing, test|tests|tested|testing for|results|result|positive|negative|kit|kits|me|you|us|them|him|it|came|come|show|showed|shows, test|tests|tested|testing my|our|his|her|your|their',
  ),
  // Other therapies are another service ("a physical therapist for my knee", "speech therapy for my
  // son"): the rest of the question would find pain or a child in ours
  elsewhere('physical|speech|occupational|language|massage therapy|therapist|therapists, physiotherapy, physiotherapist, physiotherapists, physio, physios'),
  // Other senses of "sex": "the sex of the baby"
  row('sex of the|my|our baby, baby s sex, babys sex', ''),
  // The clinic addressed as a group: "you guys", "hi folks"
  row('you guys|folks|lot, hi|hey|hello guys|folks|all|everyone, yall', ''),
  // An embarrassed preface to the real question: "this is so embarrassing but ...", "ashamed to ask but ..."
  row('embarrassing|embarrassed|awkward|ashamed|weird|cringe|cringey|silly|stupid but, embarrassed|ashamed|nervous|scared|afraid|shy to ask|say|admit|type|write but, embarrassed|ashamed|nervous|scared|afraid|shy to ask|say|admit|type|write this|it|that but', ''),
  // The same feeling about writing at all: "bit nervous typing this but ...", "scared even asking this"
  row('embarrassed|ashamed|nervous|scared|afraid|shy even|just typing|asking|writing|saying this|it|that but, embarrassed|ashamed|nervous|scared|afraid|shy typing|asking|writing|saying this|it|that but', ''),
  // Asking for help without naming what about ("any advice?", "what now"): the rest of the message says it
  row('any advice|tips|ideas|suggestions|thoughts, what now, what do i|we do now, please help, help please', ''),
  // When something happens in the story ("every time", "since last year", "months ago"), not what it is about
  // "For ages" too: "ages" stems as "aging" does, but here it is a long time, not growing older
  row('every|each time, every single time, since|for some|many|several years|months, all the time, most of the time, last|past year|years|yr|yrs|month|months|night|weekend, years|yrs|months|weeks ago, for|since 0 yr|yrs, for|in ages, ages ago, since|for a|so long time, since long time, for so long, these days, nowadays', ''),
  row('in|all my life, my whole|entire life', ''),
  // An age ("my 2 year old", "I am 34 years old") says who, not what is asked
  row('0 year|years old|olds', ''),
  // A doctor's all-clear told in the story ("my gyno says everything looks fine"): the problem is the question
  row('everything|all looks|seems|is fine|normal|ok|okay, nothing is wrong, nothing wrong, my heart|bloods|bloodwork|tests|results|levels|hormones|scans is|are|was|were|look|looks|seem|seems fine|normal|ok|okay|clear|good, my heart|bloods|bloodwork|tests|results|levels|hormones|scans came back fine|normal|ok|okay|clear|good', ''),
  row('right now, at the moment, for now, currently', ''),
  row('late at night, at night, after midnight, in the middle of the night', ''),
  row('at any point|time|stage, at some point', ''),
  // Where the visitor reads this, not phoning anyone: "hard to read on my phone"
  row('on|from my phone|mobile|laptop|computer|tablet|ipad', ''),
  // Money or pills "saved up" are not stored data
  row('saved|saving|save up', ''),
  // "Are we talking years?" asks which, not about talking
  row('are we|you talking, we are talking', ''),
  // How long a problem has lasted, told as a story: "been like this forever"
  row('been like this forever|for ever, like this forever', ''),
  // A child's or one's own night's sleep, never sex: "my toddler won't sleep through the night"
  row('sleep|sleeps|sleeping|slept through the night, sleep through, sleep|sleeps|sleeping in her|his|their|my|your own bed|room', ''),
  // Dating advice is another subject: "dating app profile tips", "what to text after a first date"
  row('dating app|apps|site|sites|profile|profiles, first|second|third date', ''),
  // How things were before ("it used to be fine"): the change is the story, not "fine" or "use"
  row('used to, used to be fine|good|great|ok|okay|normal|amazing|better|fun', ''),
  // A medical cause ruled out says nothing for the medical entry: "nothing wrong medically"
  row('nothing|not physically|medically wrong, nothing wrong physically|medically, nothing physical|medical', ''),
  // "Every single" stresses a time or a session, not being single
  row('every single', ''),
  // "Is that a problem?" after saying who one is asks whether that is accepted: the rest says what
  row('will that|this|it be a problem, will that|this|it be an issue, is that|this|it a problem, is that|this|it an issue, is that|this|it going to be a problem, is that|this|it going to be an issue', ''),
  // The same after telling what someone did: "…touched me in the session, is that allowed?" asks about what they did
  row('is that|this allowed|appropriate|acceptable, are they|therapists allowed to do that|this', ''),
  // Requests for information: "tell me about the fees" asks about fees, not about telling anyone
  row('tell me about, tell me more, can|could|would you tell me, info|information about|on', ''),
  // Eagerness to know, not a subject: "I'm dying to know how much it costs", "curious to know"
  row('dying|curious|keen|itching to know|hear, dying|curious|keen|itching to find out, would love to know', ''),
  row('talk to me about, explain|describe, give|send me info|information|details, like|want to know about|more, have|got a|one|quick question about|on|regarding', ''),
  row('side of things|it, aspect of it|things', ''),
  row('kind|sort of thing', ''),
  // Where the visitor heard of it, and not knowing what it is: "heard there's homework", "my GP said
  // to look into it", "no idea what that is". The subject is in the rest of the message.
  row('i heard|read, i have heard|read, heard|read that, heard there is|are, heard|read about, someone told me, look|looking|looked into, no|any idea what that|it|this is|means, never heard of it|that|this', ''),
  // Asking for a name: "what is that called" names something, it does not phone anyone
  row('what is|are that|this|it|they called, what do you|they|people call that|this|it|them, is there a name for', ''),
  // Formal address and requests ("Sir, kindly advise"), common in Indian and African English
  row('sir, madam, maam, dear sir|madam|doctor, respected sir|madam|doctor, kindly, kindly advise|suggest|help|share|tell|guide|reply, please advise|guide', ''),
  // "Struggles to get hard" is "can't get hard": the struggle is the rest of the sentence
  row('struggle|struggles|struggling|struggled to', ''),
  // Working alone but not with a partner ("fine when I'm alone"): the partner is the story, not going alone
  row('fine|ok|okay|normal|good when i am alone|solo, fine|ok|okay|normal|good when i am by myself, fine|ok|okay|normal|good when i am on my own', ''),
  // Doubt that something is real ("or some new age thing"): not about age, and the rest says what
  row('new age|agey, woo woo, mumbo jumbo, hocus pocus, snake oil', ''),
  // Medical clearance for sex: when it is safe after a procedure, a birth or during pregnancy is for a
  // doctor ("how long after a C-section can I have sex", "how long should I wait to have sex after a vasectomy")
  elsewhere('how long|soon after ... can|should|could i|we have sex, how long|soon ... wait to have sex, how long|soon ... wait before having sex, is it safe to have sex, safe to have sex during|after|with|while'),
  // So are a medicine's dose, emergency contraception and pregnancy tests ("how much viagra should I
  // take", "does the morning after pill still work"); taking the pill and its effect on desire is ours
  elsewhere('how much|many ... should|can|do i|we|he|she take, morning after pill|pills, plan b, pregnancy test|tests, pull|pulling out method, withdrawal method'),
  // So are which dose, which pill and what mixes with what ("what dose of gel should I use", "the
  // best birth control pill", "side effects of viagra together with my blood pressure medicine")
  elsewhere('what|which|correct|right|recommended|usual|normal|maximum|max|safe|starting dose|dosage, prescribe|prescribes me, prescription|prescriptions online, online prescription|prescriptions, how many mg|milligrams, safe to take|combine|mix ... with, viagra|cialis|sildenafil|tadalafil|pill|pills|tablets|medicine|medication|meds|drug|drugs together|combined|mixed with, drug|medicine|medication interaction|interactions, birth control pill|pills|method|methods|options, which|best birth control|contraceptive, what|which kind|type|sort of birth control|contraceptive, which tablet|tablets|pill|pills|medication|medications|medicine|medicines|drug|drugs'),
  // A couple's rows about money, chores or in-laws are another problem ("we fight about money, any
  // tips"); a story that goes on to ask about sex or therapy asks in another clause
  elsewhere('fight|fights|fighting|argue|argues|arguing|row|rowing about|over money|finances|bills|chores|housework|cleaning|inlaws'),
  // Schoolwork, games and the law on age: "a school project on the history of sex education", "my
  // psychology homework", "a board game for date night", "what is the age of consent"
  elsewhere('school|class|uni|university|college|psychology|sociology|biology|science|history|english project|projects|assignment|assignments|presentation|homework|coursework, board game|games, age of consent'),
  // Which product to buy is a shop's question: "which lube is best with condoms", "best vibrator brand"
  elsewhere('which|best|good|recommended|cheapest lube|lubricant|lubes|condom|condoms|vibrator|vibrators|dildo, lube|lubricant|lubes|condom|condoms|vibrator|vibrators is|are best, lube|lubricant|condom|condoms|vibrator|toy|toys to buy'),
  // Getting over a breakup is for friends or general counselling: "how do i get over my ex"
  elsewhere('get|getting over my|an|the|a ex|breakup, get|getting over my|the|a break up, move|moving on from my|an|the|a ex|breakup'),
  // So are selling products, texting an ex, moving in together, podcasts and jobs at the clinic: "do you sell lube",
  // "how do I stop texting my ex", "not ready to move in with him", "any podcasts on this", "any job openings"
  elsewhere('sell|sells|selling ... toys|lube|lubes|lubricant|vibrators|condoms|products, where|somewhere ... to buy, buy lube|toys|condoms|vibrators discreetly|discreet|online, stop texting|messaging|calling my ex, podcast|podcasts, move|moving in together, move|moving in with him|her|them, move|moving in with my boyfriend|girlfriend|partner, job|jobs opening|openings, work at|for your|the clinic|practice'),
  // Raising children, relationship verdicts and the clock are other subjects: "how to raise our teenage son",
  // "should I break up with him", "what time zone is Arizona in"
  elsewhere('raise|raising|parent|parenting our|my|a|the son|daughter|kids|children|teenager|teen|toddler, should i break up with him|her|them, should i leave him|her for good, time zone|zones, daylight saving|savings, job interview|interviews'),
  // Telling a child about sex is for parenting advice: "where do babies come from"
  elsewhere('where babies come from, where do|did babies come from, birds and the bees'),
  // A note for work, and cosmetic treatments, are other services
  elsewhere('sick note|notes, fit note, doctors|doctor|medical note|certificate, hair transplant|transplants|removal, botox, lip filler|fillers, liposuction, tummy tuck, nose job'),
  // Testing for infections is a sexual-health clinic's service ("do you do STI tests"); our corpus
  // names STIs only as something a therapist may ask about. ("STI" and "STD" themselves are other
  // subjects, in other-topics.ts, when a corpus does not name them.)
  elsewhere('get|getting tested, sexual health clinic|clinics|test|tests|testing|screening|check|checks|checkup, do|can you do|offer ... testing|tests|screening|screenings, test|tests|testing|screening|check|checks|checkup for infections|infection, test|tests|testing|screening|check|checks at your clinic, test|tests|testing|screening|check|checks at this clinic'),
  // "Is it possible to ..." asks "can I ...": the rest says what
  row('is it possible, is possible, it is possible, possible to', ''),
  // Apologies for one's English, by visitors writing in a second language
  row('my english is not so|very|that|too good|great, my english is not good|great, sorry for|about my english|spelling, english is not my first language, bad|poor|broken english', ''),
  // Hedges on a number ("roughly how many sessions"): the number is the question
  row('roughly, approximately, ballpark, give or take', ''),
  // Hearsay that introduces the question: "my mate reckons they give you homework"
  row('my|a mate|mates|friend|friends|sister|brother|mum|mom|cousin|colleague reckons|says|said|thinks, my|a mate|mates|friend|friends|sister|brother|mum|mom|cousin|colleague told me, i reckon, reckon|reckons', ''),
  // A preference that introduces the question: "I'd rather talk to a person"
  row('id rather|prefer, i would rather|prefer', ''),
  // Whether one is pregnant is for a test or a doctor, not this FAQ: its words drop out, so a question
  // that says nothing else goes unanswered ("trying to conceive" is not in it: that is the corpus's)
  row('could|can|might|will i|she|you be|get pregnant, am i pregnant, is she pregnant', ''),

  // Money and insurance
  // Not a dose: "how much viagra should I take"
  row('how much', 'cost price', 'how much sex, how much ... should|can|do i|we|he|she take'),
  // Rates that are not fees: "success rate", "heart rate", "interest rate"
  row('price|prices|pricing|priced|fee|fees|charge|charges|rate|rates|tariff|tariffs', 'cost', 'success|heart|resting|pulse|interest|exchange|birth|crime|divorce|failure rate|rates'),
  // Whether it works: results and evidence, not a price ("success rate")
  row('success rate|rates, success, does it|therapy|this actually work', 'results improvement evidence'),
  row('effective|effectiveness|ineffective|efficacy|efficacious', 'results improvement'),
  row('expensive|pricey|cheap|affordable|afford|money|dollars|bucks', 'cost'),
  // A bill to pay: "a surprise bill", "how will I be billed"
  row('bill|bills|billed|billing|invoice|invoices|invoiced', 'cost'),
  // Telling of little money is asking about the price: "I live paycheck to paycheck", "I'm skint"
  row('paycheck to paycheck, am|are|really|totally|so|flat broke, skint, on a budget, tight budget, low income', 'cost afford'),
  row('pay|paying|payment', 'cost pay'),
  row('sliding scale', 'cost'),
  row('out of pocket', 'cost insurance'),
  row('insured|coverage|covered|cover', 'insurance', 'cover letter|letters|story|band|version|photo|page|up'),
  row('copay|copays|deductible|reimburse|reimbursed|reimbursement|superbill|medicare|medicaid', 'insurance'),
  row('health plan', 'insurance'),
  // Getting money back from an insurer: "can I claim it back", "is there a rebate"
  row('claim back, claim it|that|this|them|sessions|therapy|some|anything back, rebate|rebates', 'insurance'),
  // Australian and British for health insurance: "my private health", "extras cover"; not privacy
  meaningOnly(row('private health, private health insurance|cover|fund|insurer, extras cover', 'insurance')),
  // Insurers by name: people ask whether "theirs" pays.
  row('blue cross|shield, aetna, cigna, humana, kaiser, united healthcare, unitedhealthcare, tricare, anthem, bupa, medibank, hcf, nib', 'insurance'),

  // People: partners, professionals, the clinic
  row('husband|wife|spouse|boyfriend|girlfriend|fiance|fiancee|lover|missus|fella|bloke|hubs|wifey', 'partner'),
  row('lady|gentleman|man friend, significant other', 'partner'),
  row('other half', 'partner'),
  row('significant other', 'partner'),
  row('married|marriage|marital', 'relationship couple'),
  row('shrink|counselor|counsellor|psychologist|psychotherapist|psychiatrist|sexologist|clinician|practitioner', 'therapist'),
  row('counseling|counselling|psychotherapy', 'therapy'),
  // Sex therapy set beside ordinary therapy, and what kind of therapy it is: "is it just a normal
  // shrink but for sex", "is it just talking?", "is it a talking therapy"
  row('normal|regular|ordinary|usual|standard shrink|therapist|therapy|counsellor|counselor|counselling|counseling|psychologist|psychotherapy, just|only|mostly|purely|all talking|talk|chatting, talk|talking therapy', 'regular counselling difference talk therapy'),
  row('gp|physician|urologist|gynecologist|gynaecologist|gyno|obgyn|nurse', 'doctor'),
  // Whether the clinic takes people like the visitor: "is this place ok with that", "are you guys cool with poly"
  row('place|clinic|practice|practise|guys ok|okay|fine|cool with|about', 'welcoming'),
  row('practice|office|center|centre', 'clinic', 'city|town|shopping|leisure|community|garden|call|sports|recycling|test|testing center|centre'),

  // Appointments, booking and contact
  // Not meetings at work: "takes credit for my work in meetings"
  row('appointment|appointments|visit|visits|meeting|meetings', 'session', 'in meetings, team|work|board|staff|business|zoom meeting|meetings, meeting|meetings at work'),
  row('book|booking|schedule|reserve', 'book appointment'),
  row('sign up', 'book appointment'),
  row('set|setting up a|an time|appointment|session|meeting|consultation, make|making a time, get|getting|make|making an|a appointment|consultation', 'book appointment schedule'),
  row('cancel|cancelling|canceling|cancellation|cancellations|reschedule|rescheduling|postpone, no show', 'book appointment'),
  // Arriving early is timekeeping, and its words drop out: "early" is also the corpus's word for
  // early ejaculation ("can I arrive 15 minutes early" answered that), and a lay meaning would not
  // stop the word itself from matching it
  row('arrive|arriving|arrived early|earlier, arrive|arriving|arrived ... early|earlier, get|getting|be there|here early|earlier, get|getting|be there|here ... early|earlier, show|showing up early, show|showing up ... early', ''),
  // This chat named only as where the visitor is ("found this chat on your site", "book through this
  // chat"): the rest says what they ask
  row('found|saw|seen|noticed|discovered|using|use this|the|your chat|chatbot|widget, came|come across|upon this|the|your chat|chatbot|widget, through|via this|the|your chat|chatbot|widget', ''),
  row('on|from|at|through|via your|the|this site|website|page|homepage', ''),
  // The visitor's own age, told in passing: "ed help pls, I'm 34" (an age a story turns on is in the crisis screen)
  row('i am 0, i am 0 years|yrs old, i am 0 yo, aged 0', ''),
  row('get in touch, contact', 'contact clinic'),
  row('phone|call|email|reach', 'contact'),
  // British for phoning: "can I ring you", "ring the clinic", "give you a ring"
  row('ring|rang you|them|the|up, ring|rang someone|somebody|anyone, give|gave you|them a ring, number to ring|call, phone|telephone number', 'contact phone'),
  // Asking for a person rather than this chat: "I'd rather talk to a person"
  meaningOnly(row('talk|speak to|with a|an person|human, talk|speak to|with a|an real|actual|live person|human', 'contact')),
  row('intake|initial|consultation|consult', 'first session'),
  row('how often', 'often frequency', SEX_FREQUENCY),
  row('frequently|frequent|weekly|biweekly|fortnightly|regularly', 'often frequency'),
  // How often appointments are, said as a rhythm: "once a month", "every other week"; sex told this way is not
  row('once|twice a month|fortnight, every other week, every two|2|few weeks, more|less often', 'often frequency', SEX_FREQUENCY),
  // How long one appointment lasts: "the duration of a single appointment"
  meaningOnly(row('duration|length of a|an|one|each|the single|first appointment|session|visit', 'long session length')),
  row('minutes|hour|hours', 'session length', SEX_IN_MINUTES),
  row('how many sessions', 'sessions duration'),
  // "How long" of one session is its length, not the length of the whole treatment
  row('how long is|are|does|do session|sessions|appointment|appointments, how long is|are|does|do the|a|each|one|your session|sessions|appointment|appointments', 'session length minutes'),
  row('how many months', 'months duration'),
  row('quick fix', 'duration'),
  row('years|months|weeks of therapy|sessions|treatment, a few|couple sessions|appointments, a handful of sessions|appointments', 'duration sessions'),
  // Whether it can be fixed: "coming too early. fixable?"
  row('fixable|curable|treatable, can|could|do|will you treat|fix|cure, can|could this|it|that be treated|fixed|cured, something you treat|fix', 'help'),
  // Things coming right: "how many sessions till things get sorted"
  row('get|gets|be sorted|fixed|resolved, sorted out, sort it|this|things out', 'better'),
  row('assignment|assignments|exercise|exercises|tasks, practice at home', 'homework'),
  // Practising between appointments: "would we have to practise things in the bedroom between visits"
  row('practice|practise|practicing|practising ... between visits|sessions|appointments, practice|practise|practicing|practising ... in the bedroom', 'homework'),
  // Work set for the time between appointments: "is there some work to do between the sessions"
  meaningOnly(row('work|something|things|anything to do between|after sessions|appointments, between the sessions|appointments', 'homework')),
  row('cbt|cognitive|mindfulness|psychodynamic|technique|techniques|method|methods|modality|modalities', 'approaches'),
  row('therapy|therapeutic|treatment|counselling|counseling model|models|framework|frameworks', 'approaches'),
  // "Do they have particular ways of working": how a therapist works is their method
  row('way|ways|style|styles of working, way|ways they|therapists work', 'approaches methods'),
  row('massage|caress|caressing', 'sensate focus touch'),
  row('non sexual touch, nonsexual|mindful touch', 'sensate focus'),
  // The touching exercises and the pause on intercourse that go with them
  row('touching|touch exercise|exercises, not allowed to have sex, no sex|intercourse for weeks, no sex|intercourse for a while', 'sensate focus'),
  // The same exercise told by what is done: taking turns to touch, slowly, with no goal and no sex
  row('take|taking|took turns touching|stroking|caressing|massaging, slow|gentle touching|stroking, stroking each other, touching|stroking|caressing with no|without goal|goals|pressure|sex', 'sensate focus touch'),

  // Finding and judging a therapist
  row('find|finding|locate|search|directory|recommend|recommendation', 'find therapist', 'find|finds|found|finding out'),
  row('look|looking for, track|tracking down', 'find'),
  row('near me, nearby|local, in my area', 'find'),
  row('referral|refer|referred', 'find referral doctor'),
  row('licensed|license|licence|licenced|credentials|credential|qualified|qualification|qualifications|degree|degrees|trained|training', 'qualifications training'),
  row('certified|certification|accredited|accreditation', 'certified certification'),
  row('creepy|unethical|unprofessional|inappropriate|misconduct|predatory', 'red flags unethical'),
  row('dodgy|shady|sketchy|dubious|fishy', 'red flags unethical'),
  // Someone posing as a therapist without the training: "not some quack"
  row('quack|quacks|charlatan|charlatans', 'qualified qualifications'),
  // Whether a therapist is the real thing: "how do I know who's legit" (whether sex therapy itself is
  // legitimate asks what it is)
  row(`${THERAPIST}|who ... legit|legitimate|reputable|trustworthy|genuine, legit|legitimate|reputable|trustworthy|genuine ${THERAPIST}, legit|legitimate|reputable|trustworthy|genuine sex ${THERAPIST}`, 'qualified qualifications'),
  row('hit on, flirt|flirting|flirted, crossed a|the line', 'boundaries unethical'),
  // Something wrong with a therapist, and whether to leave: "signs I should leave a therapist because something is not right"
  row('something is not|does not feel|does not seem right, should i leave|change|switch|quit my|the|a therapist, signs ... leave|change|switch ... therapist', 'red flags unethical'),
  // The lines a therapist must not cross, asked ahead rather than told after: the boundaries themselves
  row('line|lines ... never|not cross', 'boundaries professional'),
  // What a therapist may and may not do, and where the line is: "what is a therapist not allowed to do"
  row(`${THERAPIST} is|are not|never allowed|permitted, ${THERAPIST} not|never allowed|permitted, ${THERAPIST} allowed|permitted to do, allowed and not allowed, permitted and not permitted, where the line|lines is|are|lie|lies|should be, where is|are the line|lines`, 'boundaries professional'),
  row('ask|asks|asked|asking me out', 'relationship boundaries'),
  row('complaint|complain', 'unethical red flags'),
  // A therapist reaching into the visitor's private life or telling of their own: "my therapist keeps
  // texting me", "she talks about her own sex life", "he put his hand on my leg"
  row(`${THERAPIST} ... text|texts|texting|texted|messages|messaging|messaged|dm|dms|dming me`, 'boundaries red flags unethical'),
  // Or reaching into it online, a dual relationship: "my therapist sent me a friend request", "followed me on insta"
  row(`${THERAPIST} ... friend request|requests, ${THERAPIST} ... followed|follows|added|adds|add|adding me|you, ${THERAPIST} ... on insta|instagram|facebook|snapchat|tiktok|whatsapp, ${THERAPIST} ... on social media`, 'boundaries friendship social media'),
  row(`${THERAPIST} ... her|his|their own sex|love|dating|personal life|lives`, 'boundaries red flags unethical'),
  row(`${THERAPIST} ... asked|asks|asking|invited|invites me out, ${THERAPIST} ... for|to drinks|dinner|coffee, ${THERAPIST} ... on a date`, 'boundaries red flags unethical'),
  row(`${THERAPIST} ... grab|get|have a drink|coffee|dinner|lunch|meal, ${THERAPIST} ... go for a drink|coffee|dinner|lunch|meal, ${THERAPIST} ... meet up outside`, 'boundaries red flags unethical'),
  // "My therapist suggested we meet outside the office for a drink"
  row(`${THERAPIST} ... meet|meeting outside, ${THERAPIST} ... for a drink|coffee|dinner|lunch|meal|date`, 'boundaries red flags unethical'),
  // Telling of their own love life at length: "talks a lot about his own sex life"
  row('talks|talked|talking ... about her|his|their own sex|love|dating|personal life|lives', 'boundaries red flags unethical'),
  // Asking for sexual acts or nudity in session: "my therapist asked me to show him how I touch myself"
  row(`${THERAPIST} ... asked|asks|asking|wanted|wants|told|tells me to show|touch|undress|strip|masturbate`, 'boundaries red flags unethical'),
  row(`${THERAPIST} ... touched|kissed|hugged|grabbed|put his|her|their hand|hands`, 'boundaries red flags unethical'),
  // Whether the therapist examines the body: "will the therapist examine me"
  row(`${THERAPIST} ... examine|examines|examined|exam|examination|inspect`, 'physical contact touch'),
  row('pic|pics|picture|pictures|selfie|selfies', 'photos'),
  row('date|dating|romantic|romance', 'relationship'),

  // Privacy
  row('private|privacy|secret|secrets|discreet|discretion|anonymous|anonymously', 'confidential private', 'private health|healthcare|insurance|insurer|cover|fund'),
  // What is said staying with the therapist: "does it go beyond the room", "stays in this room"
  row('beyond|outside the|this|these room|walls, stays|stay in the|this|that room, say|tell|told|share ... leave|leaves|leaving the|this room', 'confidential'),
  // The limits of confidentiality: "are there any exceptions?"
  row('exception|exceptions', 'limits'),
  // Someone learning what was said: "will my GP find out", "what if my wife finds out"
  meaningOnly(row('find|finds|found|finding out', 'confidential')),
  // Coming across something, not finding a therapist: "he hurts me when he finds stuff"
  row('finds|found stuff|things|something|anything', ''),
  row('tell anyone|anybody', 'confidential'),
  // What is said going further: "will any of this be passed on", "do you pass it along"
  row('pass|passes|passed|passing on|along, passed|shared with anyone|anybody|others', 'confidential tell'),
  // What is said reaching others: "will anything I say get back to my GP or my work"
  row('get|gets|go|goes back to my|our|the gp|doctor|work|job|boss|employer|family|parents|wife|husband|partner|school', 'confidential'),
  // The therapist passing on what was said: "will the therapist tell my wife", "would they inform my boss"
  row('therapist|therapists|they|you|clinic tell|tells|inform|informs|contact|call|report|warn my|our', 'confidential private secret'),
  row('cookie|cookies|tracker|trackers|analytics|logged|logging|stored|saved|record|records', 'privacy data stored'),
  row('ip address', 'privacy data'),
  row('browser|search history', 'privacy'),

  // Sex, arousal, erections
  row('by myself, on my own, without my partner|husband|wife|boyfriend|girlfriend', 'alone'),
  row('solo|single|unpartnered', 'alone single'),
  // Going without the partner, said shortly: "just me", "me alone"; "is it just me" asks whether others feel the same
  row('just me, just myself, me alone', 'alone', 'is it just me, or just me'),
  row('not seeing|dating anyone|anybody|someone, not in a relationship', 'alone single'),
  // Having no partner to bring: "I don't have a partner right now", "no boyfriend at the moment"
  row('do not have a|any partner|boyfriend|girlfriend|husband|wife|spouse, no partner|boyfriend|girlfriend|husband|wife|spouse', 'alone single'),
  row('intercourse|lovemaking|shag|shagging|bang|banging|screw|screwing|bonk', 'sex'),
  // Older and formal words: "relations with my husband", "marital relations", "the marital act"
  meaningOnly(row('relations, marital|conjugal act', 'sex', 'family|public|work|race|international|foreign|labour|labor|community relations')),
  row('make|making love, sleep|sleeping together, in bed, hook|hooking up', 'sex'),
  // With the person telling it: "she hasn't wanted to sleep with me in a year" (someone else's bed is row "sleep around")
  row('sleep|sleeps|sleeping|slept with me|him|her|us, sleep|sleeping|slept with each other, sleep|sleeps|sleeping|slept with my|her|his husband|wife|partner|boyfriend|girlfriend', 'sex'),
  // Here "hard" is erect, not difficult ("it's hard to talk about")
  meaningOnly(row('get|getting|stay|staying|keep|keeping hard|erect', 'erection')),
  row('get|getting|keep|keeping it up', 'erection'),
  row('go|goes|going|gone soft|limp|floppy', 'erection'),
  // It "won't stand up", "can't perform": the erection named by what it does not do
  row('not|never stand|stay up, can not|could not|unable to perform, not|never perform', 'erection'),
  // "My performance in the bedroom": how sex goes, usually an erection
  row('performance|perform in bed, performance|perform in the bedroom|sack', 'erection performance'),
  // The penis named as something that fails: "my penis won't work", "my dick stopped working"
  row('penis|dick|cock|willy ... not|never|stopped|stops work|working|works|function|functioning|cooperate|cooperating', 'erection'),
  row('ed|erectile|impotent|impotence|boner|boners|hardon', 'erection erectile'),
  row('hard on', 'erection'),
  // The genitals by a euphemism, not working: "things aren't working downstairs"
  row('not|never work|working|works downstairs, not|never work|working|works down there', 'erection arousal'),
  // "My nature does not rise": a euphemism for erections in Indian and West African English
  row('nature does|do|did|will|would not rise|stand|work, nature is not rising|working, nature no longer rises', 'erection'),
  row('viagra|cialis|sildenafil|tadalafil|levitra', 'erection medication'),
  // "The little blue pill": Viagra
  row('blue pill|pills|tablet|tablets', 'erection medication'),
  row('turn|turned|turns|turning on', 'arousal'),
  row('horny|aroused|excited', 'arousal desire'),
  row('wet|lubrication|lube|dryness|dry', 'arousal'),

  // Orgasm and ejaculation
  row('cum|cumming|climax|climaxing|climaxed|orgasm|orgasms|orgasmic|anorgasmia', 'orgasm'),
  row('not|never|rarely come|cum|finish|climax|orgasm', 'orgasm difficulty', NOT_SEXUAL_ENDING),
  row('hard|difficult|trouble|struggle to come|cum|finish|climax|orgasm, trouble|struggle|struggling come|cum|finish|climax', 'orgasm difficulty', NOT_SEXUAL_ENDING),
  // Orgasm as a place one does not reach: "she never gets there", "I can't get over the edge"; not
  // the clinic ("I can't get there on Tuesdays", "not get there by bus")
  row('not|never|rarely get|gets|getting there, over the edge', 'orgasm difficulty', 'get|gets|getting there by|on|at|for|before|from|early|late, get|gets|getting there in time'),
  row('delayed ejaculation', 'orgasm ejaculation'),
  // Taking a long time: "it takes me forever to come", "takes him ages to finish"
  row('take|takes|took|taking forever|ages|hours to come|cum|finish|climax|orgasm, take|takes|took|taking me|him|her|them|us forever|ages|hours to come|cum|finish|climax|orgasm, take|takes|took|taking me|him|her|them|us so|too|very long to come|cum|finish|climax|orgasm', 'orgasm difficulty', NOT_SEXUAL_ENDING),
  // Not letting go at the peak: "I can never quite let go"; letting go of the past is something else
  row('can not let go, never let go, never quite let go, not able to let go, will not let go at|in the last|end|moment', 'orgasm difficulty', 'let go of, let it go'),
  row('come|cum|finish|climax|ejaculate|blow too|so|really fast|quick|quickly|early|soon', 'premature ejaculation', NOT_SEXUAL_ENDING),
  row('last|lasting longer, not|never last|lasting long', 'premature ejaculation', NOT_SEXUAL_LAST),
  row('pe|premature, early|rapid ejaculation', 'premature ejaculation'),
  // Indian English: "early discharge", "quick discharge"
  row('early|quick|premature|fast|rapid discharge', 'premature ejaculation'),
  // Sex measured in seconds: "he comes in like 30 seconds", "a few seconds" (0 stands for any number)
  row('0|few|couple|several seconds', 'premature ejaculation quick'),
  // Minutes early or late for an appointment are time, not sex ("can I come in 10 minutes early")
  row(SEX_IN_MINUTES, 'premature ejaculation quick', 'minute|minutes|min|mins early|earlier|late|later|before|after|ahead|behind'),

  // Pain
  row('hurt|hurts|hurting|painful|sore|soreness|burning|burn|burns|sting|stings|stinging|ache|aching|agony|agonizing|agonising|excruciating|torture', 'pain'),
  row('vaginismus|dyspareunia|vulvodynia|vestibulodynia', 'pain'),
  row('tight|tense|tensing|clench|clenching|clamp', 'pain vaginismus'),

  // Desire
  row('libido|libidos', 'desire'),
  row('sex drive|drives', 'desire'),
  row('in the mood', 'desire'),
  // Not missing sex at all: "she says she does not miss it"
  row('not|never miss it|sex, not|never misses it|sex', 'desire low'),
  // Not wanting it, told as a feeling: "I just don't feel like it anymore", "that part of me switched off"
  row('not|never feel like it|sex, not|never feel like it|sex any more, not|never feel like having sex, part of me switched|shut|turned off|down', 'desire low'),
  row('lost|losing|no|lack|little|low interest', 'desire low'),
  row('not interested', 'desire low'),
  row('do|does not care about sex|intimacy|it, never care about sex|intimacy|it', 'desire low'),
  // Not wanting sex, or none for a long time: "she never wants sex", "we have not had sex in a year"
  row('not|never|rarely|hardly|barely want|wants sex, not|never|rarely|hardly|barely feel|feels like sex', 'desire low'),
  // "I've gone off sex", "I never feel like it"
  row('gone|went|going off sex, never|rarely|hardly feel|feels like it', 'desire low'),
  row('not had|have sex in|for|since, not been|being intimate|physical, not slept together, not slept with each other', 'desire low sexless'),
  row('no|zero sex, hardly|barely any sex', 'desire low sexless'),
  // Touch gone from a couple: "we've barely touched each other since the baby"
  row('barely|hardly|never|rarely touch|touched|touching each other', 'intimacy desire low sexless'),
  // Not wanting it, in British and Australian English: "I don't fancy sex", "she doesn't fancy me anymore"
  row('not|never fancy|fancies', 'desire low'),
  row('frigid|sexless', 'desire low'),
  // A "dead bedroom" is a relationship with next to no sex: low desire, rarely anything about talking
  row('dead bedroom, dead bedrooms', 'desire low sexless'),
  // Sex that has stopped, not sex that cannot be stopped: "we stopped having sex"
  meaningOnly(row('stopped having sex, stopped sleeping together, no longer have sex, no longer sleep together', 'sexless desire low intimacy')),
  // Desire gone, in everyday words: "my sexual appetite disappeared", "libido almost zero", "I never feel like it"
  row('sexual appetite, appetite for sex, libido|desire|drive is|has been|feels almost|basically|practically zero|nil|nonexistent|gone|dead, libido|desire|drive zero|nil|gone, never|rarely feel like it, do not think about sex anymore|any more', 'low desire libido'),
  // Desire that has gone: "my libido is gone", "sex drive has disappeared", "no libido at all"
  row('libido|libidos|desire|drive is|has|have|just gone|disappeared|vanished|dead|died|nonexistent|zero', 'desire low'),
  // Desire as appetite or wish: "lost all appetite for relations", "no wish for my husband"
  row('no|lost|little appetite|wish for, lost all appetite|wish for, lost my|her|his appetite|wish for', 'desire low'),
  row('appetite for sex|relations|intimacy|lovemaking', 'desire'),
  row('no|zero|dead|nonexistent libido|desire', 'desire low'),
  row('mismatch|mismatched', 'desire discrepancy different'),
  // Wanting different things, in an idiom: "we are not on the same page about how often"
  row('not on the same page, on different pages', 'different mismatch'),
  row('want|wants|wanting sex more|less', 'desire discrepancy'),
  // "Hubby wants it every day": one partner wanting sex far more often
  row('want|wants|wanting it more|constantly|daily|nightly, want|wants|wanting it every day|night|morning, want|wants|wanting it all the time, like|likes it every day|night|morning', 'desire discrepancy'),
  row('more|less sex', 'desire discrepancy'),
  row(SEX_FREQUENCY, 'sexual desire discrepancy'),

  // Relationship life
  row('talk|talking|discuss|discussing|conversation|conversations|communicate|communicating', 'communication talk', 'talk|speak to|with a|an person|human, talk|speak to|with a|an real|actual|live person|human, talk|speak to|with someone|somebody, talk|speak to|with a professional, who can|could|should i talk|speak to, someone|somebody i|we can|could talk|speak to'),
  // Talking to someone about it is asking for help with it: "can I talk to someone about being bi"
  // asks about being bi, not about communication
  row('talk|speak to|with someone|somebody, talk|speak to|with a professional, who can|could|should i talk|speak to, someone|somebody i|we can|could talk|speak to, talk it|this|things through with someone|somebody, talk it|this|things through with a professional', ''),
  row('open|bring|bringing|speak up, say no', 'communication talk'),
  // A talk that turns sour: "it gets weird", "things got awkward", "it gets heated"
  row('get|gets|getting|got|go|goes|going weird|awkward|tense|heated|uncomfortable', 'communication talk conflict'),
  row('argue|arguing|argument|arguments|fight|fights|fighting', 'communication conflict'),
  row('boring|bored|boredom|routine|rut|vanilla|spark|spice', 'boredom intimacy'),
  row('spice up, spice things up, same old', 'boredom'),
  // A couple living "like roommates"; "my flatmate never cleans" is someone else
  row('like|basically|just|more roommates|flatmates|housemates, live|living like roommates|flatmates|housemates|strangers|siblings, like we are|were roommates|flatmates|housemates|strangers|siblings, disconnected|distant|closeness, drifted|drifting apart', 'intimacy connection'),
  row('cheat|cheated|cheating|affair|affairs|unfaithful|adultery|betrayal|betrayed', 'infidelity affair trust'),
  // A partner "seeing someone" is an affair; a visitor seeing someone is often a therapist
  row('husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|he|she has|had been seeing someone|somebody|another, husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|he|she was seeing someone|somebody|another', 'infidelity affair'),
  // Sex with someone else, as people tell it: "she was sleeping with her coworker", "he slept around"
  row('sleep|slept around, sleep|slept with someone|somebody|another, was|been with someone|somebody else, sleep|slept with ... coworker|colleague|boss|ex|friend|neighbour|neighbor, other woman|man, two timing|timed', 'infidelity affair'),

  // Life stages and health
  row('baby|babies|newborn|postpartum|pregnant|pregnancy|childbirth', 'baby pregnancy life changes'),
  row('was|were born, gave|giving birth, had|having a baby|kid|child, had|having kids|children', 'baby life changes'),
  row('menopause|perimenopause|menopausal, hot flashes, going|gone|went through the change, change of life', 'menopause life changes'),
  row('older|aging|ageing|elderly|retired|retirement', 'aging life changes'),
  row('too old, at my|our age, old age', 'aging life changes'),
  row('cancer|chemotherapy|chemo|radiation|radiotherapy|surgery|operation|op|prostate|prostatectomy|diabetes|illness|disability|chronic', 'illness medical'),
  // A body changed by injury or disability: "I use a wheelchair since my accident"
  row('wheelchair|wheelchairs|paralysed|paralyzed|paraplegic|quadriplegic|tetraplegic|amputee|amputation|disabled, spinal cord|injury, since my|the accident', 'illness disability life changes'),
  row('medication|medications|medicine|medicines|pill|pills|tablets|prescription|prescribed|antidepressant|antidepressants|ssri|ssris', 'medication medical'),
  row('side effect|effects', 'medication'),
  row('hormone|hormones|testosterone|estrogen|oestrogen', 'medical hormones'),

  // Past harm (information entries; the crisis check runs separately)
  row('abuse|abused|abusive|molested|molestation|rape|raped|assault|assaulted|ptsd|flashback|flashbacks|triggered|violated|coerced', 'trauma abuse'),
  // Coercion told plainly: "he pressured me into things", "guilted me into sex"
  row('pressured|pressuring|pressures|guilted|coerced me into, guilt tripped me into', 'coercion trauma'),
  // Harm told without naming it: "something happened to me when I was younger", "after what happened to me"
  row('something|stuff happened to me, what happened to me, something bad|terrible|difficult|awful|traumatic|horrible happened', 'trauma past'),

  // Feelings about going
  feeling('embarrassing|ashamed|shame|shameful|shy|awkward|cringe|cringey|humiliated|humiliating', 'embarrassed'),
  // Feeling foolish for asking at all: "I feel so stupid", "feeling ridiculous even typing this"
  row('feel|feeling|felt|feels stupid|silly|dumb|ridiculous|foolish|pathetic, feel|feeling|felt|feels stupid|silly|dumb|ridiculous|foolish|pathetic asking|typing|writing, feel|feeling|felt|feels stupid|silly|dumb|ridiculous|foolish|pathetic for asking|typing|writing, feel|feeling|felt|feels like an idiot', 'embarrassed'),
  feeling('nervous|scared|afraid|frightened|worried|anxious|terrified', 'nervous anxiety'),
  // Sex as a subject never spoken of, at home or in one's culture: "we never speak of such things", "hard for me
  // to talk about these subjects". The shame of raising it, not how a couple talks about sex
  row('never|not|rarely speak|talk of|about such|these|those things|subjects|topics, never|not to speak|talk of|about such|these|those things|subjects|topics, never spoke|talked of|about such|these|those things|subjects|topics', 'embarrassed shame'),
  row('judge|judged|judging|judgement|judgment|judgy|judgemental|judgmental', 'judgment'),
  // The same fear in other words: "will she think I am a bad person", "think less of me"
  row('think i am a bad|dirty|sick|disgusting|weird|terrible|horrible person, think i am bad|dirty|sick|disgusting|weird|gross|wrong, think i am a freak|pervert|weirdo, think badly|less of me, look|looks down on me', 'judgment'),
  // The same for a couple, and the look one fears: "will they think we're hypocrites", "would I get that look"
  row('think we are bad|dirty|sick|disgusting|weird|gross|wrong|crazy|hypocrites|freaks|perverts|weirdos, think i am a hypocrite, think less of us, get|give me|us that|a|the look, get that|the look, funny|weird|strange|dirty look|looks', 'judgment'),
  // Fear of not being believed or respected: "would we even be taken seriously"
  row('taken seriously, take me|us seriously', 'judgment welcoming'),

  // Identity, orientation and kink
  row('gay|lesbian|bi|bisexual|queer|pansexual|asexual|homosexual|lgbtq', 'lgbtq orientation'),
  row('trans|transgender|nonbinary|enby|genderqueer|genderfluid|dysphoria', 'transgender gender identity'),
  row('non binary', 'nonbinary gender identity'),
  // Gender felt otherwise: "maybe I am not a boy inside", "born in the wrong body"
  row('not a boy|girl|man|woman|guy inside, feel|feels|felt like a boy|girl|man|woman inside, born in|into the wrong body', 'gender identity transgender'),
  // Whether a clinic takes who one is: "do you accept people like me"
  row('accept|accepts|welcome|welcomes people|patients|clients|someone|somebody like me|us', 'welcoming inclusive'),
  // Having to teach the therapist who one is: "will I spend the whole session explaining myself"
  row('explaining|explain myself|ourselves, explaining|explain my identity|gender, educate|educating my|the|our therapist|therapists, educate|educating them', 'inclusive affirming knowledgeable'),
  // Wondering who one is, not asking whether a clinic welcomes who one is: "I think I might be bi"
  row('might|may|could be bi|gay|lesbian|trans|queer|bisexual|pansexual|pan|asexual|ace|nonbinary|straight, not sure if|whether i am bi|gay|lesbian|trans|queer|bisexual|pansexual|asexual|nonbinary|straight', 'questioning orientation identity'),
  row('same sex', 'lgbtq'),
  // A couple of the same sex told as who they are: "we are two women", "we are 2 dads"
  row('two|2 women|men|girls|guys|ladies|dads|mums|moms', 'lgbtq same sex'),
  row('come|coming out', 'orientation identity'),
  row('poly|polyamory|polyamorous|swinger|swingers|swinging|monogamy|nonmonogamy', 'polyamorous open relationship'),
  row('open relationship|marriage', 'polyamorous'),
  // More than two in one relationship: "we are a throuple", "three of us in the relationship"
  row('throuple|thruple|triad, three|3 of us, three|3 people|partners in a|one|our|the relationship, more than one partner, multiple partners', 'polyamorous'),
  // How long a couple has been together, not how long therapy takes: "a long term relationship"
  meaningOnly(row('long term|distance relationship|relationships|partner|partners|marriage, long time partner|partners|relationship|girlfriend|boyfriend', 'relationship')),
  row('kinky|fetish|fetishes|bdsm|bondage|dom|domme|sub|submissive|dominant|roleplay', 'kink'),
  // Role play as an animal: "pet play" (not a question about pets)
  row('pet|pony play', 'kink'),
  // Kink said vaguely: "unusual likes in bed", "my odd tastes"
  row('unusual|strange|weird|odd|unconventional|particular likes|tastes|desires|preferences|interests', 'kink'),
  // What someone is "into", named: "I'm into feet", "he's into being tied up"
  row('into feet|foot|toes|latex|leather|rubber|spanking|choking|bondage|roleplay|domination|humiliation, into being tied|choked|spanked|dominated|humiliated, foot|feet thing|stuff', 'kink'),
  row('fantasy|fantasies|fantasize|fantasise', 'fantasies'),

  // Porn and compulsivity
  row('pornography|porno|xxx|onlyfans|camgirl|camgirls|webcam|webcams', 'porn'),
  row('cam girl|girls|site|sites|model|models|show|shows', 'porn'),
  row('addict|addicted|addiction|addictive|hooked|obsessed|obsessive|hypersexual|compulsion', 'compulsive'),
  row('out of control, out of hand, can not stop', 'compulsive control'),
  row('masturbate|masturbating|masturbation|wank|wanking, jerk|jerking off', 'masturbation'),

  // Body
  row('fat|overweight|weight|ugly|unattractive|insecure|insecurity, self conscious', 'body image'),
  row('scars|scar|belly|boobs|breasts, penis size, small penis', 'body image'),
  // Disgust at one's own body: "my body is disgusting", "I hate how I look"
  row('hate|hates|hating|ashamed of my|her|his body|look|looks, my body ... disgusting|gross|hideous|repulsive|revolting', 'body image'),

  // Going alone or together
  row('refuse|refuses|refused|unwilling', 'alone partner'),
  row(REFUSES_TO_COME, 'alone refuse'),
  // "My husband doesn't want to come", "she is not willing to join": going alone
  row('not want|wants|willing to come|join|attend', 'alone refuse'),
  row('both of us, the two of us, as a couple, jointly|joint', 'couple together', 'joint account|accounts|pain|pains|venture|tenancy|mortgage|savings|custody|replacement'),
  row('bring|bringing|take|taking my partner|husband|wife|spouse|boyfriend|girlfriend|fiance|fiancee', 'couple together partner'),
  // Whether the partner must be there: "does my wife need to come", "does he have to attend every time"
  row('partner|husband|wife|spouse|boyfriend|girlfriend|fiance|fiancee|he|she need|needs|have|has to come|attend|join, partner|husband|wife|spouse|boyfriend|girlfriend|fiance|fiancee|he|she need|needs|have|has to be at|there', 'couple together partner'),
  // Asking to bring them along: "can my husband come too", "can my girlfriend join". Not "he comes too fast".
  row(
    'partner|husband|wife|spouse|boyfriend|girlfriend|fiance|fiancee come|tag too|along|with, partner|husband|wife|spouse|boyfriend|girlfriend|fiance|fiancee join|attend|accompany',
    'couple together partner',
    'too fast|quick|quickly|soon|early|hard|much',
  ),

  // What therapy involves
  row('surrogate|surrogates', 'physical touch'),
  row('watch|watching|watches|observe|observed|observing|observation', 'observation physical'),
  row('naked|nude|nudity|undress|undressing, clothes off', 'nudity physical'),
  row('pervert|perverted|perv|freak|freaky|deviant|abnormal', 'judgment'),
  // A therapist's experience; not the visitor's own ("bad experiences with doctors", "I experienced abuse")
  row('experience|experienced|expertise|specialist|specialized|specialised|expert|education|educated|schooling', 'qualifications training', 'bad|good|past|previous|traumatic|negative|awful|horrible|terrible|sexual experience|experiences, i|we|she|he experienced, had|have some|an|a experience|experiences'),
  row('questionnaire|questionnaires|forms|paperwork', 'assessment questions'),
  // What a therapist asks about: one's past ("my exes", "past relationships") and what they want to know
  row('past|previous|old relationship|relationships|partners|lovers, exes', 'relationship history'),
  row('they|therapist|therapists|you want|wants|need|needs to know', 'assessment questions ask'),
  row('follow up, followup|subsequent|later|ongoing sessions', 'ongoing sessions'),
  // What an ordinary session is like: "a normal session", "the usual weekly appointments"
  row('normal|typical|regular|usual|ordinary|average session|sessions|appointment|appointments, normal|typical|regular|usual|ordinary weekly|week session|sessions|appointment|appointments', 'typical session structure'),
  row('style|styles|framework|frameworks, evidence based, school of thought', 'approaches'),
  row('sex|touch|intercourse ban, non demand', 'sensate focus'),
  row('pelvic floor, pelvic exam', 'pain'),
  row('numb|numbness', 'arousal'),
  row('turn|turned|turns off', 'desire low'),
  row('higher|lower|different|opposite drive|drives|libido|libidos', 'desire discrepancy'),
  // Desire that is too much rather than too little: "my sex drive is through the roof"
  row('drive|libido|desire ... through the roof, insatiable, overactive|excessive|uncontrollable sex drive|libido|desire, high|huge sex drive|libido', 'higher drive compulsive'),
  row('attracted|attraction|crush|bicurious', 'orientation identity'),
  // Feelings for one's own or another sex, told as new: "I have started to have feelings for men"
  row('feelings|attraction|attracted for|to men|women|guys|girls|boys, feelings|attraction|attracted for|to the same sex', 'questioning orientation identity'),
  // Wondering who one is drawn to: "I think I might like women", "maybe I prefer guys"
  row('might|may|maybe like|fancy|prefer women|men|girls|guys|boys', 'questioning orientation identity'),
  row('trust|trusting|rebuild|rebuilding|forgive|forgiveness', 'infidelity trust'),
  row('blood pressure, heart disease, health condition|conditions|problem|problems', 'medical'),
  row('choose|choosing|pick|picking, good fit', 'questions ask choose therapist'),
  // The visitor's own questions for a therapist: "what should I ask them" (not what they will ask)
  row('what|which should|do i ask, what|which questions|things should|do i ask', 'questions ask choose therapist'),
  // Wanting a therapist of one gender: "a female therapist", "does the therapist have to be a man"
  row(`female|male|woman|man ${THERAPIST}, ${THERAPIST} ... be a woman|man|female|male`, 'choose therapist good fit'),
  row('consent|autonomy|pace|pushy|rushed|rush', 'boundaries consent'),
  // Being asked for sex one does not want: boundaries and saying no
  row('not comfortable|ok|okay with, uncomfortable with, do not want to do|try', 'boundaries saying no'),
  row('mandated|mandatory reporter|reporting, police', 'confidentiality limits'),
  // What a therapist must pass on: "would you have to report it", "are you obliged to tell anyone"
  row('have|has|need|needs|obliged|required|bound to report|disclose, duty to report|disclose|warn', 'confidentiality limits'),
  row('cash|self pay', 'cost insurance'),
  row('worth it, for me, serious enough', 'right for me'),
  // Doubting whether one's problem deserves help
  row('overreacting|overreact|overthinking, big deal, bad enough, need this|therapy', 'right for me serious enough need'),
  row('chat|chatbot|bot|widget|assistant', 'chat'),
  // What the visitor types here: "can anyone see what I write in here", "does it keep what I type"
  row('i type|typed|write|wrote here, type|typing|typed|write|writing|wrote in here|this', 'chat privacy'),
];
