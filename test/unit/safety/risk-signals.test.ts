import { describe, expect, it } from 'vitest';
import { detectCrisis, screenMessage } from '../../../src/safety/crisis.ts';
import { CRISIS_RULES } from '../../../src/safety/crisis-rules.ts';
import { normaliseForSafety } from '../../../src/safety/normalise-for-safety.ts';
import { SIGNALS, signalledCategories } from '../../../src/safety/risk-signals.ts';

const signalled = (text: string): string[] => signalledCategories(normaliseForSafety(text));

describe('scored risk signals', () => {
  // Each message shows two groups of one category and no reviewed rule fires on it.
  it.each([
    ['suicide', 'means + despair + now', 'been sitting on the train tracks near my place again, nobody knows'],
    ['suicide', 'leaving + despair', 'my gf keeps saying everyone would be happier if she was gone and she has been giving her clothes away'],
    ['suicide', 'leaving + now', 'i put my affairs in order this week'],
    ['sexual-assault', 'no consent + act + after', 'a friend stayed over and i woke up with his hand in my pants. this morning'],
    ['sexual-assault', 'no consent + after', 'can u still collect evidence if i showered? it happened last night and i said no'],
    ['partner-violence', 'partner + harm', 'gf flung a mug at me and i have a cut above my eye'],
    ['partner-violence', 'partner + harm, act and injury', 'husband cornered me in the kitchen and now i have a black eye'],
    ['partner-violence', 'partner + fear + control', 'my partner has my passwords and reads everything, im scared of what he will do'],
    ['partner-violence', 'partner + fear', 'i need somewhere to go tonight, my ex keeps turning up outside'],
    ['child-abuse', 'minor + adult + grooming', 'the football coach gives my 13 year old son rides home and buys him vapes and tells him hes his favourite'],
    ['child-abuse', 'minor + grooming', 'my daughter is 8 and came back from her dads saying he plays a tickle game under her pajamas and its their special secret'],
  ])('signals %s from %s', (category, _, text) => {
    expect(detectCrisis(text)).toEqual([{ category, ruleId: `${category}.signals.scored` }]);
  });

  it.each([
    ['means alone', 'how many pills come in a pack of the contraceptive pill'],
    ['two means, one group', 'i counted my pills and we walked over the bridge'],
    ['a place and a time', 'we drove over the bridge again tonight'],
    ['a minor and an adult', 'my 15 year old son has questions about consent, his teacher talked about it in class'],
    ['passing out and a hospital', 'she passed out at the gym yesterday and went to the hospital'],
    ['a partner and money', 'my husband gets angry when i spend money on clothes'],
  ])('stays silent on one concept or one group: %s', (_, text) => {
    expect(signalled(text)).toEqual([]);
  });

  it.each([
    ['consensual kink', 'we love rough sex, he chokes me and i love it'],
    ['consensual kink', 'my husband and i tried bondage last night with a rope i bought'],
    ['idiom', 'this week has been killing me, my boss keeps piling on work'],
    ['long past', 'i was too drunk to remember much on my birthday years ago, looking back it still bugs me'],
    ['coursework', 'for my psych class essay i am writing about a girl who froze while he kept going'],
    ['fiction', 'my novel has a character standing on a bridge saying goodbye tonight'],
    ['medical', 'can i take my sleeping pills with viagra tonight'],
    ['ordinary sex', 'my partner went down on me last night and i could not finish, is that normal'],
    ['play fight', 'my girlfriend threw a pillow at me last night lol'],
  ])('stays silent on a look-alike (%s): %j', (_, text) => {
    expect(signalled(text)).toEqual([]);
  });

  it('is not silenced by laughter: people mask distress with "lol"', () => {
    expect(signalled('been standing on the overpass twice this week just thinking about it lol')).toEqual(['suicide']);
    expect(signalled('he only lets me have 20 dollars a week and takes my car keys when he goes out haha')).toEqual(['partner-violence']);
  });

  it('never runs when a rule fires, so the rules keep their categories', () => {
    const hits = detectCrisis('i want to kill myself, i have the pills counted out tonight');
    expect(hits.map((hit) => hit.category)).toEqual(['suicide']);
    expect(hits[0]?.ruleId).not.toMatch(/signals/);
  });

  it('uses ids no reviewed rule has', () => {
    const ruleIds = new Set(CRISIS_RULES.map((rule) => rule.id));
    for (const set of SIGNALS) expect(ruleIds.has(`${set.category}.signals.scored`)).toBe(false);
  });

  it('uses no nested unbounded quantifier (a cause of catastrophic backtracking)', () => {
    for (const set of SIGNALS) {
      for (const { pattern } of set.concepts) expect(pattern.source, set.category).not.toMatch(/\([^()]*[*+][^()]*\)[*+]/);
    }
  });

  it('handles 10,000-character inputs without an exception, fast', () => {
    const long = [
      'my 13 year old son '.repeat(530),
      'he kept going '.repeat(720),
      'how many of my pills '.repeat(480),
      'not '.repeat(2500),
      'x'.repeat(10_000),
      `${'la '.repeat(3300)}i put my affairs in order this week`,
    ];
    const started = performance.now();
    const results = long.map(signalled);
    expect(performance.now() - started).toBeLessThan(500);
    expect(results.at(-1)).toEqual(['suicide']);
  });
});

describe('near misses of the scored tier', () => {
  it.each([
    'my husband won’t let me go to therapy alone',
    'my boyfriend took my keys, how do couples fix trust',
  ])('marks "%s" as near a crisis signal, without a crisis notice', (text) => {
    expect(screenMessage(text)).toEqual({ hits: [], near: true });
  });

  it.each([
    'how much does a session cost',
    'this week is killing me',
    'we picked the date for our wedding, can therapy help us before we marry',
    'years ago my ex took my keys when he was angry, i am fine now',
  ])('leaves "%s" unmarked', (text) => {
    expect(screenMessage(text)).toEqual({ hits: [], near: false });
  });

  it('is never set beside a crisis notice: the notice is the stronger reply', () => {
    const screened = screenMessage('i want to kill myself');
    expect(screened.hits.length).toBeGreaterThan(0);
    expect(screened.near).toBe(false);
  });
});
