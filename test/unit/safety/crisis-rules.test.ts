import { describe, expect, it } from 'vitest';
import { CRISIS_CATEGORIES } from '../../../src/safety/categories.ts';
import { compileRules, detectCrisis } from '../../../src/safety/crisis.ts';
import { CRISIS_RULES, ruleFires, rulePatterns } from '../../../src/safety/crisis-rules.ts';
import { normaliseForSafety } from '../../../src/safety/normalise-for-safety.ts';
import { signalPatterns } from '../../../src/safety/risk-signals.ts';
import { CRISIS_MESSAGES } from './labelled-set.ts';

/** Every id ever published. Ids are never renamed or reused: reviews and logs refer to them. */
const PUBLISHED_IDS = [
  'suicide.word.suicide', 'suicide.intent.kill-myself', 'suicide.intent.end-my-life', 'suicide.intent.end-it',
  'suicide.intent.want-to-die', 'suicide.passive.rather-be-dead', 'suicide.passive.think-about-dying',
  'suicide.passive.wish-dead', 'suicide.passive.never-wake-up', 'suicide.passive.no-point-living',
  'suicide.passive.not-worth-living', 'suicide.passive.better-off-without-me', 'suicide.passive.stop-existing',
  'suicide.passive.disappear-now', 'suicide.passive.burden', 'suicide.passive.tired-of-living',
  'suicide.passive.not-want-to-live', 'suicide.passive.cant-go-on', 'suicide.passive.cant-keep-going',
  'suicide.passive.not-around', 'suicide.method.thinking-of-place', 'suicide.plan.life-insurance', 'suicide.self-harm.hits-self',
  'suicide.other.hurting-self-or-better-off', 'suicide.other.found-a-note', 'suicide.method.gun-and-despair',
  'suicide.method.talking-about-means', 'suicide.method.looked-up-how', 'suicide.other.says-wants-to-die',
  'suicide.method.watching-a-place', 'suicide.intent.make-it-stop-for-good', 'suicide.plan.hidden-goodbye',
  'suicide.plan.tomorrow-will-not-matter', 'suicide.plan.affairs-in-order', 'suicide.passive.not-around-for-appointment',
  'suicide.self-harm.accidents', 'suicide.other.farewell-signs', 'suicide.self-harm.hiding-arms',
  'suicide.other.giving-away-goodbyes', 'suicide.plan.set-aside-and-thanks', 'suicide.plan.calm-decision',
  'suicide.self-harm.blades-kept', 'suicide.plan.not-hear-again', 'suicide.method.picturing-a-crash',
  'suicide.self-harm.head-banging', 'suicide.spanish.want-to-die', 'suicide.plan.after-i-am-gone', 'suicide.passive.still-around',
  'suicide.passive.not-around-farewell', 'suicide.plan.goodbye-note', 'suicide.plan.rehomed-farewell',
  'suicide.plan.no-more-sessions', 'suicide.plan.farewell-then-silence', 'suicide.plan.not-coming-back',
  'suicide.plan.wont-need-it', 'suicide.plan.sorted-for-good', 'suicide.plan.giving-away', 'suicide.plan.means-and-time',
  'suicide.plan.end-things', 'suicide.method.pills-out', 'suicide.method.pills-at-hand', 'suicide.plan.have-a-plan',
  'suicide.plan.plan-to', 'suicide.method.pills', 'suicide.method.take-them-all', 'suicide.method.taken-all',
  'suicide.method.swallowed-a-strip', 'suicide.intent.end-it-for-both', 'suicide.method.overdose',
  'suicide.method.means-and-intent', 'suicide.method.exhaust', 'suicide.method.how-to-die', 'suicide.method.how-many-pills',
  'suicide.method.rope', 'suicide.method.jump', 'suicide.method.platform', 'suicide.method.at-the-edge', 'suicide.method.hang',
  'suicide.method.gun', 'suicide.method.cut-wrists', 'suicide.method.other', 'suicide.self-harm.words',
  'suicide.self-harm.hurt-myself', 'suicide.self-harm.do-something', 'suicide.self-harm.burning',
  'suicide.self-harm.heat-to-skin', 'suicide.self-harm.blade-on-skin', 'suicide.self-harm.cut-body', 'suicide.self-harm.signs',
  'suicide.self-harm.sharpener-blades', 'suicide.self-harm.covered-arms', 'suicide.self-harm.relapse', 'suicide.self-harm.deeper',
  'suicide.self-harm.again-bleeding', 'suicide.self-harm.punish-myself', 'suicide.self-harm.cutting',
  'suicide.self-harm.cut-again', 'suicide.other.self-directed', 'suicide.method.looked-up', 'suicide.method.means-out',
  'suicide.method.gun-out-of-the-safe', 'suicide.method.wish-and-means', 'suicide.method.thinking-of-jumping',
  'suicide.plan.worked-out', 'suicide.plan.last-message', 'suicide.self-harm.hidden-cuts', 'suicide.plan.for-good',
  'suicide.self-harm.till-bleeding', 'suicide.intent.wanted-to-die', 'suicide.plan.if-no-reply',
  'child-abuse.self.minor-sexual-contact', 'child-abuse.self.minor-harmed', 'child-abuse.self.minor-with-adult',
  'child-abuse.carer.abuses-me', 'child-abuse.self.minor-and-carer', 'child-abuse.child.with-adult',
  'child-abuse.child.teen-with-adult', 'child-abuse.grooming.asks-for-pictures', 'child-abuse.child.shown-sex',
  'child-abuse.grooming.gifts-and-night-messages', 'child-abuse.carer.abuses-them', 'child-abuse.child.sexual-act',
  'child-abuse.child.harmed', 'child-abuse.child.named-then-harmed', 'child-abuse.child.third-person-act',
  'child-abuse.grooming.secret', 'child-abuse.child.sexual-request', 'child-abuse.images.abuse-material',
  'child-abuse.images.found', 'child-abuse.grooming.groomed', 'child-abuse.ongoing.since-childhood',
  'child-abuse.grooming.secret-with-me', 'child-abuse.risk.urges', 'child-abuse.risk.before-i-act',
  'child-abuse.risk.adult-in-role', 'child-abuse.carer.with-student', 'child-abuse.grooming.alone-with-minor',
  'child-abuse.child.came-back-injured', 'child-abuse.child.heard-hurt', 'child-abuse.child.made-undress',
  'child-abuse.self.intruded-on', 'child-abuse.self.comes-to-my-bed', 'child-abuse.grooming.signs',
  'child-abuse.grooming.alone-and-afraid', 'child-abuse.child.bad-touch', 'child-abuse.grooming.meet-up',
  'child-abuse.grooming.secret-game', 'child-abuse.child.says-hurt-there', 'child-abuse.child.drew-touching',
  'child-abuse.child.age-gap-question', 'child-abuse.self.teen-asks-adult-partner', 'child-abuse.child.told-something',
  'child-abuse.grooming.mature-and-meet', 'child-abuse.child.leader-relationship', 'child-abuse.images.child-on-camera',
  'child-abuse.risk.not-trust-myself', 'child-abuse.grooming.taken-aside', 'child-abuse.self.adult-calls-me-partner',
  'child-abuse.self.carer-in-my-bed', 'child-abuse.grooming.insists-on-bathing', 'child-abuse.images.taken-secretly',
  'child-abuse.child.partner-in-twenties', 'child-abuse.grooming.gifts-and-private-calls',
  'child-abuse.child.employee-and-partner', 'child-abuse.grooming.private-offer', 'child-abuse.child.adult-friend-signs',
  'child-abuse.grooming.goodnight-texts', 'child-abuse.self.ages-as-a-pair', 'child-abuse.child.hidden-underwear',
  'child-abuse.child.begged-not-to-tell', 'child-abuse.child.hurts-after-visits', 'child-abuse.grooming.one-at-a-time',
  'child-abuse.child.told-not-to-tell', 'child-abuse.grooming.in-childs-bed', 'child-abuse.child.teen-and-role',
  'child-abuse.child.stays-with-adult', 'child-abuse.child.fear-signs', 'child-abuse.grooming.secrets-about-touching',
  'child-abuse.grooming.gave-a-phone', 'child-abuse.child.drew-undressed', 'child-abuse.images.filmed-child',
  'child-abuse.child.dating-adult-age-after', 'child-abuse.grooming.says-special', 'child-abuse.child.meeting-adult-online',
  'child-abuse.child.private-game', 'child-abuse.risk.abuser-near-child', 'child-abuse.self.adult-with-minor-partner',
  'child-abuse.grooming.met-up-alone', 'child-abuse.self.child-marriage', 'child-abuse.risk.offender-with-children',
  'child-abuse.child.adult-having-sex', 'child-abuse.self.carer-secret-game', 'child-abuse.child.touching-game',
  'child-abuse.grooming.sexual-drawings', 'child-abuse.child.signs-at-school', 'child-abuse.grooming.special-chats',
  'child-abuse.child.left-alone', 'child-abuse.child.touching-named', 'child-abuse.self.carer-messages',
  'child-abuse.child.cover-story', 'sexual-assault.disclosure.i-was-assaulted', 'sexual-assault.disclosure.assaulted-me',
  'sexual-assault.disclosure.rape-me', 'sexual-assault.disclosure.forced', 'sexual-assault.disclosure.without-consent',
  'sexual-assault.disclosure.does-not-stop', 'sexual-assault.disclosure.said-stop-he-did-not',
  'sexual-assault.disclosure.held-when-leaving', 'sexual-assault.disclosure.forced-on-me',
  'sexual-assault.other.made-to-do-things', 'sexual-assault.disclosure.incapacitated', 'sexual-assault.disclosure.did-something',
  'sexual-assault.disclosure.woke-up', 'sexual-assault.disclosure.drink-spiked', 'sexual-assault.disclosure.stealthing',
  'sexual-assault.disclosure.touched-privates', 'sexual-assault.disclosure.did-not-consent', 'sexual-assault.disclosure.or-else',
  'sexual-assault.disclosure.grabbed', 'sexual-assault.disclosure.exposed', 'sexual-assault.other.was-assaulted',
  'sexual-assault.disclosure.my-rapist', 'sexual-assault.recent.assault', 'sexual-assault.aftercare.rape-kit',
  'sexual-assault.disclosure.blackout-woke-up', 'sexual-assault.disclosure.woke-no-memory', 'sexual-assault.other.taken-away',
  'sexual-assault.other.touched-held', 'sexual-assault.other.dragged-away', 'sexual-assault.disclosure.could-not-get-off',
  'sexual-assault.disclosure.pushed-into-room', 'sexual-assault.disclosure.pretended-asleep',
  'sexual-assault.disclosure.held-down', 'sexual-assault.disclosure.kept-going', 'sexual-assault.disclosure.makes-me-anyway',
  'sexual-assault.disclosure.too-drunk-taken', 'sexual-assault.coercion.quid-pro-quo', 'sexual-assault.disclosure.no-then-anyway',
  'sexual-assault.coercion.made-to-see-men', 'sexual-assault.coercion.sex-for-keep', 'sexual-assault.coercion.sold',
  'sexual-assault.spanish.forced', 'sexual-assault.disclosure.sex-when-i-said-no',
  'sexual-assault.disclosure.something-happened-shaking', 'sexual-assault.disclosure.froze',
  'sexual-assault.disclosure.did-not-want-did-not-fight', 'sexual-assault.coercion.lose-job-unless',
  'sexual-assault.aftermath.cannot-stop-washing', 'sexual-assault.coercion.locked-until',
  'partner-violence.coercion.sex-under-threat', 'sexual-assault.recent.it-happened',
  'sexual-assault.coercion.cornered-and-grabbed', 'sexual-assault.disclosure.not-agreed',
  'sexual-assault.disclosure.blank-night-and-hurt', 'sexual-assault.disclosure.too-drunk-to-consent',
  'sexual-assault.aftermath.not-naming-it', 'sexual-assault.aftermath.morning-after-untold',
  'sexual-assault.coercion.made-to-do-to-keep', 'sexual-assault.aftermath.seeing-his-face',
  'sexual-assault.disclosure.owed-and-no-strength', 'sexual-assault.aftermath.evidence-time',
  'sexual-assault.disclosure.wanted-to-go-home', 'sexual-assault.aftermath.shower-or-not',
  'sexual-assault.disclosure.did-not-stop-when-asked', 'sexual-assault.other.came-home-torn',
  'sexual-assault.other.assaulted-recently', 'sexual-assault.disclosure.is-this-rape',
  'sexual-assault.disclosure.into-my-bed-asleep', 'sexual-assault.coercion.sextortion',
  'sexual-assault.coercion.touching-and-silence', 'sexual-assault.other.in-care', 'sexual-assault.other.vulnerable-adult',
  'sexual-assault.disclosure.not-ready', 'sexual-assault.disclosure.clothes-wrong', 'sexual-assault.danger.not-let-leave',
  'partner-violence.physical.hits-me', 'partner-violence.physical.bare-partner-hits-me', 'partner-violence.physical.injury',
  'partner-violence.physical.strangled', 'partner-violence.physical.hurts-me', 'partner-violence.physical.i-am-beaten',
  'partner-violence.threat.weapon', 'partner-violence.threat.will-hurt', 'partner-violence.threat.armed-nearby',
  'partner-violence.danger.trapped-at-work', 'partner-violence.danger.at-the-door-now', 'partner-violence.danger.order-broken',
  'partner-violence.threat.coming-back', 'partner-violence.threat.gun-shown', 'partner-violence.physical.hidden-bruises',
  'partner-violence.spanish.hits-me', 'partner-violence.other.locked-in', 'partner-violence.physical.neck-marks',
  'partner-violence.control.not-allowed-out', 'partner-violence.threat.you-are-next', 'partner-violence.threat.gun-if-leave',
  'partner-violence.physical.thrown-at-me', 'partner-violence.danger.banging-now', 'partner-violence.other.threatens-them',
  'partner-violence.control.must-not-know', 'partner-violence.control.decides-who', 'partner-violence.threat.veiled',
  'partner-violence.stalking.followed', 'partner-violence.control.kept-in', 'partner-violence.other.control-signs',
  'partner-violence.control.until-behave', 'partner-violence.threat.nobody-else', 'partner-violence.danger.leaving-plan',
  'partner-violence.physical.excuse-for-marks', 'partner-violence.threat.not-walk-again',
  'partner-violence.physical.could-not-breathe', 'partner-violence.physical.escalating', 'partner-violence.physical.pushed-down',
  'partner-violence.control.permission', 'partner-violence.other.parent-beats-parent', 'partner-violence.danger.held',
  'partner-violence.threat.at-the-door', 'partner-violence.danger.breaking-in', 'partner-violence.threat.threatens',
  'partner-violence.threat.if-found-out', 'partner-violence.fear.afraid-of-partner', 'partner-violence.coercion.no-is-ignored',
  'partner-violence.danger.hiding', 'partner-violence.control.suicide-threat', 'partner-violence.sexual.while-incapacitated',
  'partner-violence.control.image-abuse', 'partner-violence.threat.next-time', 'partner-violence.other.partner-hurts-them',
  'partner-violence.danger.not-safe', 'partner-violence.stalking.stalks-me', 'partner-violence.stalking.found-me',
  'partner-violence.control.cannot-leave', 'partner-violence.physical.told-i-fell', 'partner-violence.abuse.current',
  'partner-violence.threat.you-are-dead', 'partner-violence.other.cover-story', 'partner-violence.control.coercive',
  'partner-violence.control.watched-threatened', 'partner-violence.control.punishes',
  'partner-violence.control.watched-in-trouble', 'partner-violence.coercion.sex-or-violence',
  'partner-violence.control.reproductive', 'partner-violence.threat.pets', 'partner-violence.threat.the-children',
  'partner-violence.other.next-door', 'partner-violence.physical.choked-out', 'partner-violence.physical.through-the-wall',
  'partner-violence.threat.disable', 'partner-violence.threat.murder', 'partner-violence.danger.broke-in',
  'partner-violence.danger.cannot-be-heard', 'partner-violence.danger.kept-in', 'partner-violence.threat.silencing',
  'partner-violence.physical.did-not-mean-it', 'partner-violence.control.tracked-with-fear',
  'partner-violence.stalking.waiting-outside', 'partner-violence.danger.outside-again', 'partner-violence.danger.driven-away',
  'sexual-assault.disclosure.stopped-resisting', 'sexual-assault.disclosure.keeps-going', 'sexual-assault.coercion.sex-for-rent',
  'suicide.self-harm.wound-at-home', 'suicide.self-harm.summer-sleeves', 'suicide.warning.not-needed-after',
  'suicide.warning.affairs-in-order', 'child-abuse.grooming.teaching-body', 'child-abuse.grooming.secret-night-visits',
  'child-abuse.signs.sexual-play-and-fear', 'child-abuse.minor.how-old-enough', 'suicide.self-harm.hidden-wrist-marks',
  'partner-violence.control.reads-messages', 'suicide.danger.send-someone', 'suicide.warning.will-not-matter',
  'suicide.self-harm.own-body', 'sexual-assault.coercion.job-or-home', 'sexual-assault.coercion.yes-is-safer',
  'sexual-assault.disclosure.further-than-wanted', 'partner-violence.physical.bruises-kept-from-him',
  'sexual-assault.injury.rough-and-bleeding', 'partner-violence.physical.fights-end-on-floor',
  'sexual-assault.coercion.locked-in-until', 'suicide.means.how-many-too-many', 'partner-violence.threat.says-will-kill',
  'sexual-assault.coercion.not-let-out', 'partner-violence.stalking.always-knows-where',
  'sexual-assault.disclosure.not-ready-anyway', 'suicide.warning.decided-how-it-ends', 'child-abuse.images.underwear-on-camera',
  'partner-violence.danger.if-i-go-quiet', 'partner-violence.control.minutes-while-out', 'suicide.warning.letters-written',
  'partner-violence.physical.stitches-after-anger', 'sexual-assault.coercion.no-is-not-an-answer', 'suicide.self-harm.blade-kept',
  'suicide.self-harm.reopening-wounds', 'child-abuse.signs.different-child-each-week',
];

describe('crisis rules', () => {
  it('have unique ids of the form category.kind.name, prefixed by their own category', () => {
    const ids = CRISIS_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CRISIS_RULES) {
      expect(rule.id).toMatch(/^[a-z-]+\.[a-z-]+\.[a-z0-9-]+$/);
      expect(rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
    }
  });

  it('keep every published id (a rule is retired by review, never renamed)', () => {
    expect(CRISIS_RULES.map((rule) => rule.id)).toEqual(PUBLISHED_IDS);
  });

  it('cover every category', () => {
    for (const category of CRISIS_CATEGORIES) {
      expect(CRISIS_RULES.some((rule) => rule.category === category), category).toBe(true);
    }
  });

  it('each fire on at least one labelled crisis message (no untested rule)', () => {
    const normalised = CRISIS_MESSAGES.map((m) => normaliseForSafety(m.text));
    const untested = CRISIS_RULES.filter((rule) => !normalised.some((text) => ruleFires(rule, text))).map((r) => r.id);
    expect(untested).toEqual([]);
  });

  it('use no nested unbounded quantifier (a cause of catastrophic backtracking)', () => {
    for (const rule of CRISIS_RULES) {
      for (const pattern of rule.all) expect(pattern.source, rule.id).not.toMatch(/\([^()]*[*+][^()]*\)[*+]/);
    }
  });

  it('are compiled once per distinct pattern ahead of the first question, however many rules share one', () => {
    const sources = [...rulePatterns()].map((pattern) => pattern.source);
    expect(new Set(sources).size).toBe(sources.length);
    const used = CRISIS_RULES.flatMap((r) => [...r.all, ...(r.unless ? [r.unless] : []), ...(r.ongoing ? [r.ongoing] : [])]);
    expect(used.every((pattern) => sources.includes(pattern.source))).toBe(true);
    expect(used.length).toBeGreaterThan(sources.length);
  });

  it('are fully built: no shared piece left as literal text by a quoted string that is not a template', () => {
    for (const pattern of [...rulePatterns(), ...signalPatterns()]) expect(pattern.source).not.toContain('${');
  });
});

describe('word boundaries and idioms', () => {
  it.each([
    'I need to skill myself up in bed',
    'my therapist is great',
    'the therapists here are kind',
    'grapes and strawberries as foreplay?',
    'I scraped my elbow',
    'she draped a scarf over the lamp',
    'Is a drape needed during an exam?',
    'he rapidly lost his erection',
    'I succeed at work but not in bed',
    'he suited up for our date night',
    'my girlfriend hits me up late at night',
    'dying to know if this works',
    'killing my confidence',
    'kills the mood',
    'this is killing me',
    'I could die of embarrassment',
    'overdone foreplay routines',
  ])('stays silent on %j', (text) => {
    expect(detectCrisis(text)).toEqual([]);
  });

  it('does not let a hedge hide a disclosure ("might just not be here", "kinda")', () => {
    expect(detectCrisis("honestly i might just not be here after tonight")).toHaveLength(1);
    expect(detectCrisis('he literally did not stop when i said stop, it was yesterday')).toHaveLength(1);
  });

  it('does not let negation silence a rule', () => {
    expect(detectCrisis("I'm not suicidal, just asking")).toEqual([{ category: 'suicide', ruleId: 'suicide.word.suicide' }]);
    expect(detectCrisis("i don't want to kill myself but i think about it")[0]?.category).toBe('suicide');
  });

  it('treats a long-past disclosure as history, unless something marks it recent', () => {
    expect(detectCrisis('I was raped years ago')).toEqual([]);
    expect(detectCrisis('I was raped years ago and it happened again last night')[0]?.category).toBe('sexual-assault');
    expect(detectCrisis('I was raped')[0]?.category).toBe('sexual-assault');
  });

  it('reads "rapped" as rape only where someone is its victim', () => {
    expect(detectCrisis('he rapped me')[0]?.category).toBe('sexual-assault');
    expect(detectCrisis('he rapped a verse at our wedding')).toEqual([]);
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['emoji only', '😳🥲🔥💀'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f\r\n'],
    ['lone surrogates', '\ud800\udfff\ud83d'],
    ['combining marks', 'z\u0301\u0302\u0303a\u0308'],
  ])('returns no hit and no exception for %s', (_, text) => {
    expect(detectCrisis(text)).toEqual([]);
  });

  it('still finds a crisis wrapped in emoji, accents and control characters', () => {
    expect(detectCrisis('\u0000😭 I wánt to díe 😭\u0007')[0]?.category).toBe('suicide');
  });

  it('handles 10,000-character inputs in linear-ish time', () => {
    const adversarial = [
      'my my my my '.repeat(1000),
      'i '.repeat(5000),
      'he '.repeat(3333),
      'a'.repeat(10_000),
      '!'.repeat(10_000),
      'su'.repeat(5000),
      'when i was '.repeat(1000),
      'how many '.repeat(1200),
      'my sisters husband '.repeat(500),
      'she is 9 '.repeat(1200),
      'tied the rope '.repeat(700),
      'how many pills '.repeat(600),
      'made me my '.repeat(900),
      `${'la '.repeat(3300)}kill myself`,
    ];
    const started = performance.now();
    for (const text of adversarial) detectCrisis(text);
    const elapsed = performance.now() - started;
    expect(detectCrisis(adversarial.at(-1) ?? '')[0]?.category).toBe('suicide');
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('compiling the rules ahead of the first question', () => {
  it('visits every pattern of every rule, and detection is the same afterwards', () => {
    const patterns = new Set(rulePatterns());
    for (const r of CRISIS_RULES) {
      for (const p of r.all) expect(patterns.has(p)).toBe(true);
      if (r.unless) expect(patterns.has(r.unless)).toBe(true);
    }
    const before = CRISIS_MESSAGES.map((m) => detectCrisis(m.text));
    expect([...compileRules()]).toHaveLength([...rulePatterns()].length + [...signalPatterns()].length);
    expect(CRISIS_MESSAGES.map((m) => detectCrisis(m.text))).toEqual(before);
  });
});
