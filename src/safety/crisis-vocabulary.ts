/**
 * Regular-expression fragments shared by the crisis rules. They match text already passed through
 * `normaliseForSafety`: lowercase ASCII words separated by single spaces, contractions expanded.
 * Every fragment is a non-capturing group with bounded repetition only, so a rule costs linear time.
 */

/** Up to `max` whole words, each followed by its space: "my husband (often, really) hits me". */
export const gap = (max: number): string => `(?:[a-z0-9]+ ){0,${max}}`;

/** Someone the visitor is in a relationship with, or was. */
export const PARTNER =
  '(?:husband|wife|boyfriend|girlfriend|partner|fiance|fiancee|spouse|man|lover|ex|ex (?:husband|wife|boyfriend|girlfriend|partner))';

/** A firearm, by any of its everyday names. */
export const GUN = '(?:gun|shotgun|handgun|pistol|rifle|revolver)';

/** Who does it, in a partner-violence rule. "They" is kept: people use it for a partner. */
export const AGENT = `(?:he|she|they|(?:my|our) ${PARTNER})`;

/** Adults (and siblings) who live with or look after a child. */
export const CARER =
  '(?:dad|father|stepdad|mom|mother|stepmom|parents?|uncle|aunt|grandpa|grandfather|granddad|grandma|grandmother|cousin|brother|stepbrother|sister|stepsister|coach|teacher|tutor|babysitter|nanny|priest|pastor|youth pastor|neighbou?r|guardian|foster (?:dad|mom|parent)|moms boyfriend|mothers boyfriend|dads girlfriend|family friend)';

/** A child named through a relationship: "my little sister", "our son". */
const CHILD_NOUN =
  '(?:(?:little|younger|baby|step|twin) )?(?:sisters?|brothers?|daughters?|sons?|nieces?|nephews?|kids?|child|children|stepdaughters?|stepsons?|granddaughters?|grandsons?|grandkids?|grandchild|grandchildren|toddlers?|baby|babies)';

/** Ages under 18, as typed (normalising splits "14yo" into "14 yo"). */
export const MINOR_AGE =
  '(?:[4-9]|1[0-7]|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';

export const AGE_UNIT = '(?:years? olds?|yrs? olds?|yos?|y o)';

/** Ages of adults, as typed: 18 to 99. */
export const ADULT_AGE = '(?:1[89]|[2-9][0-9])';

/** Words that, after an age, mean it is not an age ("I'm 12 weeks pregnant", "I'm 15 minutes late"). */
export const NOT_AN_AGE =
  '(?:weeks?|months?|days?|hours?|minutes?|mins?|times?|years?(?! old)|yrs?(?! old)|percent|dollars?|pounds?|lbs?|kgs?|kilos?|inches|cm|miles|km|am|pm|and a half|sessions?|dates?)';

/** A relative who has a spouse or partner is an adult: "my sister's husband" names no child. */
const NOT_WHEN_PARTNERED = '(?! (?:husband|wife|boyfriend|girlfriend|partner|fiance|fiancee|spouse|ex)\\b)';

/** A minor's age followed by who they are, with or without "my": "boyfriend's 14 year old daughter". */
const AGED_CHILD = `${MINOR_AGE} ${AGE_UNIT} (?:girl|boy|kid|child|daughter|son|niece|nephew|student|sister|brother|cousin|stepdaughter|stepson|grandchild|granddaughter|grandson)`;

/** "A minor", "a kid", "some little girl", "an underage teen". */
const A_CHILD = '(?:a|an|some) (?:minor|child|kid|little (?:girl|boy)|underage (?:girl|boy|kid|teen))';
/** Someone's little ones: "the little boys", "my neighbours little girl" (apostrophes are gone after normalising). */
const SOMEONES_LITTLE_ONE = '(?:the|this|that|my|our|his|her|their|[a-z]+s) little (?:girls?|boys?|kids?|ones)';

/** A school year only a minor is in: "7th grade" (typed "7 th grade" after normalising), "ninth grade", "year 9". */
const SCHOOL_GRADE = '(?:year (?:[1-9]|1[01])\\b|(?:[1-9]|1[01]) ?(?:st|nd|rd|th) grade|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh) grade)';

/** Pupils in such a year: "one of my year 8 students", "a 7th grade girl". */
const SCHOOL_PUPIL = `(?:my|our|a|one of my|one of our) ${SCHOOL_GRADE} (?:students?|pupils?|girls?|boys?|kids?|class)`;

/** A child or minor who is not the visitor: "a 12 year old girl", "our son", "minors", someone's "little girl". */
export const CHILD_REF = `(?:(?:(?:my|our|his|her|their|the) ${CHILD_NOUN}${NOT_WHEN_PARTNERED}|(?:a|an|my|our|his|her|their|the|this|some) ${MINOR_AGE} ${AGE_UNIT}(?: (?:girl|boy|kid|child|daughter|son|niece|nephew|student|sister|brother|cousin))?|${AGED_CHILD}|${A_CHILD}|${SOMEONES_LITTLE_ONE}|minors|underage (?:girls|boys|kids|teens))|${SCHOOL_PUPIL})`;

/** An age under 18 given for a third person: "she's 9", "my friend is 14", "he is only eleven". */
export const AGE_CLAUSE = `(?:(?:she|he|they|(?:my|our|his|her|their|a) (?:(?:best|close|little|foster|step|younger|older) )?[a-z]+) (?:is|are) (?:only |just |barely )?${MINOR_AGE}(?: ${AGE_UNIT})?(?! ${NOT_AN_AGE}\\b)|(?:she|he|they|(?:my|our|his|her|their) [a-z]+) (?:is|are) (?:only |just |still )?in ${SCHOOL_GRADE})`;

/**
 * A third person unmistakably a child, anywhere in the message (before or after the act): an age
 * under 18, a son, daughter, niece, toddler, "little sister", "a kid". A plain "my sister" or "my
 * cousin" is left out: most visitors who name one mean an adult.
 */
export const CHILD_MARK = `(?:(?:(?:my|our|his|her|their|the) (?:(?:little|younger|baby|twin) (?:sisters?|brothers?|cousins?)|stepsisters?|stepbrothers?|(?:step)?daughters?|(?:step)?sons?|nieces?|nephews?|kids?|child|children|grandkids?|grandchild|grandchildren|granddaughters?|grandsons?|toddlers?|baby|babies)${NOT_WHEN_PARTNERED}|(?:a|an|my|our|his|her|their|the|this|some) ${MINOR_AGE} ${AGE_UNIT}|${AGED_CHILD}|${A_CHILD}|${SOMEONES_LITTLE_ONE}|${AGE_CLAUSE}|(?:my|our) (?:cousin|sister|brother|friend|niece|nephew|daughter|son|kid|child|neighbou?r|student|stepdaughter|stepson) ${MINOR_AGE}\\b(?! ${NOT_AN_AGE}\\b)|(?:my|our|his|her) [a-z]+ (?:who is|whos|aged) ${MINOR_AGE}\\b(?! ${NOT_AN_AGE}\\b)|(?:student|pupil|girl|boy|child|kid) (?:age|aged) ${MINOR_AGE}\\b))`;

/** The visitor says they are under 18 now. "When I was 14" is not this: that is the past. */
export const SELF_MINOR = `(?:(?:(?:i am|my age is|i just turned|i turned|i am turning|i turn|i will turn|i will be) (?:only |just |now |a )?${MINOR_AGE}(?: ${AGE_UNIT})?(?! ${NOT_AN_AGE}\\b)|^${MINOR_AGE} ${AGE_UNIT} (?:girl|boy)|^${MINOR_AGE} (?:f|m|female|male)\\b|(?:mature|grown up|old) for (?:a )?${MINOR_AGE}\\b(?! ${NOT_AN_AGE}\\b)|\\bme ${MINOR_AGE} ?(?:f|m|years? old|yo|yrs)\\b|^${MINOR_AGE} and (?:pregnant|my|i am|i have)\\b|^(?:am|aged?) ${MINOR_AGE}\\b(?! ${NOT_AN_AGE}\\b)|(?:i am|we are|were) in (?:year|grade|yr) (?:[1-9]|1[01])\\b|i am (?:a |an |only a |just a )?(?:[a-z]+ )?(?:minor|teen|teenager|kid|child|underage|middle schooler|high schooler)|i am (?:only )?in (?:middle school|high school|junior high|grade (?:[4-9]|1[0-2])|(?:[4-9]|1[0-2]) th grade|year (?:[4-9]|1[0-2]))|not 18 yet|under 18|${MINOR_AGE} ${AGE_UNIT} here)|i am (?:only |just |still )?in ${SCHOOL_GRADE})`;

/**
 * The visitor places the event in the past ("when I was a kid", "years ago", "used to"). Such a
 * disclosure is trauma history, answered by the trauma FAQ; it silences only the rules marked
 * `pastSilences`, and only when nothing marks the event as recent or ongoing (see RECENT).
 */
export const HISTORICAL = `(?:in my (?:teens|twenties|thirties|forties|fifties|[1-9]0 ?s)\\b|when i was (?:a |an |still a |just a |only a |only |still |just |very |really )?(?:kid|child|little|young|younger|small|teen|teenager|girl|boy|baby|toddler|minor|${MINOR_AGE}|[0-9]+|in (?:school|college|high school|middle school|elementary|university|grade school))|as an? (?:kid|child|teen|teenager|little (?:girl|boy|kid)|young (?:girl|boy|woman|man|adult)|student|minor|(?:teenage|teen) (?:girl|boy))|growing up|in my (?:childhood|teens|youth|twenties|20s|thirties|30s|past|last relationship|previous relationship|first marriage)|years ago|decades ago|long (?:time )?ago|years back|back in (?:college|high school|school|the day|university)|in (?:college|high school|middle school|university)|(?<!(?:am|are|is|get|getting|got|be|been|become) )used to|(?:childhood|past) (?:trauma|abuse|assault|rape)|when we were (?:together|married|dating))`;

/** The event is recent or still going on: this overrides HISTORICAL. */
export const RECENT = `(?:last night|yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend|month)|last (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|just now|right now|earlier today|(?:an|a few|few|couple|a couple of|[0-9]+|two|three|four|five) (?:hours?|days?|weeks?) ago|(?:still|keeps?) (?:happening|happens|going on|goes on|doing it|does it)|happened again|did it again|(?:he|she|they) (?:still|is still|are still|keeps|has started|started) [a-z]+ing me)`;

/** Consent or kink framing, which silences the physical-violence rules (never the assault ones). */
export const CONSENT = `(?:consensual|consenting|safe ?word|turns? me on|turned on|(?:always |i )feel safe|we both (?:like|enjoy|want) it|i (?:like|love|enjoy|asked for|ask for) (?:it|that|this)|kinks?|kinky|bdsm|rough sex|breath play|role ?play)`;

/** Stories, screens and games: a third person's act told in one of these is not a disclosure. */
export const FICTION = '(?:movies?|films?|books?|novels?|shows?|series|episodes?|characters?|story|stories|games?|songs?|tv|netflix|anime|manga|fiction|fanfic|scene in|plot)';
