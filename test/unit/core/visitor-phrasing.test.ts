/**
 * How the bundled corpus answers ways visitors phrase things that the general rules (lay-term rows,
 * filler) are meant to cover. Wording invented for these tests, not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { LAY_CREDIT } from '../../../src/core/confidence.ts';
import { createCorrectingMatcher } from '../../../src/core/typo.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';

const matcher = createCorrectingMatcher(loadBundledCorpus('en').entries.map(toSearchDoc));
const answer = (q: string) => {
  const outcome = matcher.match(q);
  return outcome.verdict === 'answer' ? outcome.results[0]?.id : undefined;
};
const firstThree = (q: string) => matcher.match(q).results.slice(0, 3).map((r) => r.id);
const score = (q: string) => matcher.match(q).results[0]?.score;

describe('requests for information ("tell me about …")', () => {
  it.each([
    ['tell me about your fees', 'cost'],
    ['could you tell me more about sensate focus', 'sensate-focus'],
    ['can you tell me about the exercises between sessions', 'homework'],
    ['info on AASECT please', 'aasect-certification'],
    ['talk to me about coverage', 'insurance'],
    ['explain the homework', 'homework'],
    ['give me information on confidentiality', 'confidentiality'],
    ['what about the insurance side of it', 'insurance'],
  ])('answers "%s" with %s: the request around the topic is filler', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('answers "I\'m dying to know how much it costs" with cost: eagerness to know is filler too', () => {
    expect(answer("I'm dying to know how much it costs")).toBe('cost');
  });

  it('still reads "tell" as telling someone when it is not a request', () => {
    expect(answer('will the therapist tell my wife what I said')).toBe('confidentiality');
  });
});

describe('"is that allowed?" after telling what someone did', () => {
  it('asks about what they did, not about who is allowed to come', () => {
    expect(answer('my therapist touched me in the session yesterday, is that allowed')).toBe('physical-contact');
    expect(answer('is my partner allowed to come to sessions')).toBe('couples-sessions');
  });
});

describe('what someone is "into"', () => {
  it.each([
    ["is it weird that I'm into feet", 'non-judgmental'],
    ['my husband is into being tied up, is that ok', 'non-judgmental'],
  ])('answers "%s" with %s: a named kink, not a body part or a rope', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('leaves walking "into" something alone', () => {
    expect(answer('I walked into the door and hurt my foot, now sex hurts')).toBe('sexual-pain');
  });
});

describe('a partner who "won\'t come"', () => {
  it('reads a refusal to come along as going alone', () => {
    expect(answer("my fiance won't come, should I go anyway")).toBe('going-alone');
    expect(answer('my husband would not come')).toBe('going-alone');
  });

  it('still reads not coming during sex as trouble reaching orgasm', () => {
    expect(answer("my wife doesn't come when we have sex")).toBe('orgasm-difficulty');
  });
});

describe('words of ours in questions that are not ours', () => {
  it.each([
    'tell me a joke',
    'tell me something funny',
    'test 123',
    'are you hiring? i am a qualified counsellor looking for work',
    'do you offer physical therapy for a bad back',
    'how soon can they tell the babys sex',
    'what time do you close on sundays',
    'what is a normal heart rate',
  ])('does not answer "%s"', (q) => {
    expect(answer(q)).toBeUndefined();
  });

  it('still answers the same words in our sense', () => {
    expect(answer('my therapist makes sexual jokes about me')).toBe('red-flags');
    expect(answer('can my partner come to the sessions')).toBe('couples-sessions');
    expect(answer('what are your rates')).toBe('cost');
  });
});

describe('a therapist reaching into the visitor\'s life online', () => {
  it.each(['my therapist added me on facebook', 'my therapist sent me a friend request', 'can a therapist add you on facebook'])('offers professional boundaries first for "%s" (a dual relationship)', (q) => {
    expect(matcher.match(q).results[0]?.id).toBe('professional-boundaries');
  });
});

describe('a partner who will not come, or need not come every time', () => {
  it.each([
    ['my wife is not willing to come, should i still book', 'going-alone'],
    ['does my boyfriend have to be there every time', 'couples-sessions'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('desire told in British and vague wording', () => {
  it.each([
    ["we used to have loads of sex but i've gone off sex completely, is that something therapy helps with", 'low-desire'],
    ['i just never feel like it and he takes it personally', 'low-desire'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('harm told without naming it', () => {
  it('answers "something happened to me ..." with trauma-history', () => {
    expect(answer("something happened to me as a teenager and now i can't stand being touched")).toBe('trauma-history');
  });
});

describe('a therapist asking for nudity or sexual acts', () => {
  it('answers with red-flags', () => {
    expect(answer('my old therapist asked me to undress in the session, was that normal')).toBe('red-flags');
  });
});

describe('bringing a partner along', () => {
  it.each([
    ['can my husband come too?', 'couples-sessions'],
    ['is it ok if my girlfriend comes along', 'couples-sessions'],
    ['could my wife join me next time', 'couples-sessions'],
  ])('answers "%s" with %s, though "husband" or "wife" alone names no topic', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('still reads coming too fast as ejaculating early', () => {
    expect(answer('my husband comes too fast')).toBe('premature-ejaculation');
    expect(answer('my boyfriend came too quickly, can therapy help')).toBe('premature-ejaculation');
  });
});

describe('sex timed in minutes, written short', () => {
  it('answers "I cum in like 2 mins" with premature-ejaculation', () => {
    expect(answer('i cum in like 2 mins')).toBe('premature-ejaculation');
  });

  it('still reads minutes early for an appointment as time', () => {
    expect(answer('can i come in 10 mins early')).not.toBe('premature-ejaculation');
  });
});

describe('disgust at one\'s own body', () => {
  it.each(['my body is disgusting', 'i hate how i look naked'])('answers "%s" with body-image', (q) => {
    expect(answer(q)).toBe('body-image');
  });
});

describe('someone finding out', () => {
  it.each([
    ['will my GP find out', 'confidentiality'],
    ['what if my boss finds out i came here', 'confidentiality'],
  ])('answers "%s" with %s: "find out" is to learn, not to look for', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('still reads "find" as looking for someone', () => {
    expect(answer('how do i find a therapist near me')).toBe('find-therapist');
  });
});

describe('a therapist meeting the visitor outside sessions', () => {
  it('answers "my therapist wants to grab a coffee after our next session" with red-flags', () => {
    expect(answer('my therapist wants to grab a coffee after our next session, is that ok')).toBe('red-flags');
  });
});

describe('a long time, written loosely', () => {
  it('answers "desire gone since long time, what to do" with low-desire, not how long therapy takes', () => {
    expect(answer('desire gone since long time, what to do')).toBe('low-desire');
  });
});

describe('performance in bed', () => {
  it('answers "worried about my performance in the bedroom with my new lady friend" with arousal-erectile', () => {
    expect(answer("i'm 70 and worried about my performance in the bedroom with my new lady friend")).toBe('arousal-erectile');
  });
});

describe('a penis that does not work', () => {
  it.each(['my penis wont work', 'my dick stopped working halfway', "my penis doesn't cooperate anymore"])('answers "%s" with arousal-erectile', (q) => {
    expect(answer(q)).toBe('arousal-erectile');
  });

  it('still reads worry about its size as body image', () => {
    expect(answer('worried my penis is too small')).toBe('body-image');
  });
});

describe('a long stretch without sex, told in everyday words', () => {
  it.each([
    ['we have not had sex for ages', 'low-desire'],
    ["me and my bloke haven't slept together since christmas", 'low-desire'],
    ["bit nervous typing this but me and my fella haven't been intimate for ages, is this something you help with", 'low-desire'],
  ])('answers "%s" with %s: "for ages" is a long time, not growing older', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('still reads age as a life change, and a message that is only the nervous preface as embarrassment', () => {
    expect(answer('does sex change as you age')).toBe('life-transitions');
    expect(answer('i feel so embarrassed even asking this')).toBe('feeling-embarrassed');
  });
});

describe('desire that has gone', () => {
  it.each([
    ['my wife never wants sex', 'low-desire'],
    ["i don't feel like sex anymore", 'low-desire'],

    ['dead bedroom, can a therapist help', 'low-desire'],
    ['my sex drive has vanished', 'low-desire'],
    ['zero libido lately', 'low-desire'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('when things happen in the story', () => {
  it.each([
    ['it stings every time we try', 'sexual-pain'],
    ['my erections have been soft since last year', 'arousal-erectile'],
    ['not once in my entire life have I climaxed', 'orgasm-difficulty'],
  ])('answers "%s" with %s: "every time", "last year", "in my life" are not the topic', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('a story that ends by asking for help without naming the topic', () => {
  it.each([
    ['I finish really fast. Any suggestions?', 'premature-ejaculation'],
    ['penetration has been sore for ages, what now', 'sexual-pain'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('how long a session is, against how long therapy takes', () => {
  it.each([
    ['how long are your appointments', 'session-length-frequency'],
    ['how long is one session', 'session-length-frequency'],
    ['how long does sex therapy take overall', 'treatment-duration'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('being asked for things one does not want', () => {
  it.each([
    ['my partner asks for things in bed that I am uncomfortable with', 'communication'],
    ['he wants a threesome and I do not want to try that', 'communication'],
  ])('answers "%s" with %s (boundaries, saying no)', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('doubting whether a problem deserves help', () => {
  it.each([
    ['maybe I am just overthinking it, is our sex life bad enough for a therapist', 'is-it-right-for-me'],
    ['am I overreacting by wanting therapy', 'is-it-right-for-me'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('"is that a problem?" after saying who one is or what one likes', () => {
  it.each([
    ['we are swingers, is that a problem', 'inclusive-care'],
    ['I am into bondage, will that be an issue', 'non-judgmental'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('what a therapist asks about', () => {
  it.each([
    ['do I have to go over my old relationships', 'assessment-questions'],
    ['what does the therapist need to know from me', 'assessment-questions'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('pictures', () => {
  it('reads pics and selfies as photos: a therapist asking for them is a red flag', () => {
    expect(answer('the therapist asked me for a few selfies')).toBe('red-flags');
  });
});

describe('an embarrassed preface to the real question', () => {
  it.each([
    ['kind of embarrassed to ask this but is there homework', 'homework'],
    ['this is weird but my husband has no libido', 'low-desire'],
  ])('answers "%s" with %s, not the entry about feeling embarrassed', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('still answers embarrassment about going with the entry about it', () => {
    expect(answer('I am so embarrassed about seeing a sex therapist')).toBe('feeling-embarrassed');
  });
});

describe('short names for treatments', () => {
  it('reads chemo and radiotherapy as illness', () => {
    expect(answer('since my radiotherapy sex has changed')).toBe('life-transitions');
  });
});

describe('sex measured in seconds', () => {
  it.each([
    ['he comes in about ten seconds', 'premature-ejaculation'],
    ['I cum within a couple seconds', 'premature-ejaculation'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('a child being born', () => {
  it('answers a question about sex since a child was born with the life-changes entry', () => {
    expect(answer('sex dried up after our twins were born')).toBe('life-transitions');
  });
});

describe('age', () => {
  it('reads "too old" and "at my age" as ageing', () => {
    expect(answer('is 72 too old to start sex therapy')).toBe('life-transitions');
  });
});

describe('whether it works', () => {
  it('reads a success rate as results, not a price', () => {
    expect(answer('what is the success rate')).toBe('treatment-duration');
  });

  it('still reads a rate as a price', () => {
    expect(answer('what rate do you charge')).toBe('cost');
  });
});

describe('how often people have sex, against how often sessions are', () => {
  it.each([
    ['how often do most partners in their thirties have sex', 'desire-discrepancy'],
    ['how much sex do healthy couples have', 'desire-discrepancy'],
    ['how often are the sessions', 'session-length-frequency'],
    ['how much is a session', 'cost'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('sex measured in minutes, against a session measured in minutes', () => {
  it.each([
    ['my husband ejaculates within a few minutes of starting', 'premature-ejaculation'],
    ['he is done in about a minute, can you help', 'premature-ejaculation'],
    ['sessions are 50 minutes right', 'session-length-frequency'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('whether therapy is effective, against side effects', () => {
  it('does not answer a question about how well therapy works with medical side effects', () => {
    expect(answer('how effective is this kind of therapy in general')).toBe('treatment-duration');
  });

  it('still answers side effects of medicine with the medical entry', () => {
    expect(answer('do antidepressants have effects on desire')).toBe('medical-concerns');
  });
});

describe('this chat named only as where the visitor is', () => {
  it('answers a booking question that mentions finding the chat with booking', () => {
    expect(answer('came across this chat on your homepage, how can I set up an appointment')).toBe('booking');
  });

  it.each(['I saw this chat on your website, is it anonymous', 'does the chat keep a record of what I typed'])(
    'still answers "%s" about the chat itself with chat-privacy',
    (q) => {
      expect(answer(q)).toBe('chat-privacy');
    },
  );
});

describe('the therapist passing on what was said', () => {
  it.each(['would you contact my parents about anything I share', 'could they inform my boss if I talk about my affair'])(
    'answers "%s" with confidentiality',
    (q) => {
      expect(answer(q)).toBe('confidentiality');
    },
  );

  it('still reads telling one\'s own partner as talking together', () => {
    expect(answer('how do I tell my husband I want us to try this')).toBe('communication');
  });
});

describe('wanting a therapist of one gender', () => {
  it.each(['I would feel safer with a female therapist, can I request one', 'is it ok to ask for a male counsellor'])(
    'answers "%s" with questions to ask when choosing',
    (q) => {
      expect(answer(q)).toBe('questions-to-ask');
    },
  );
});

describe('desire that is too much rather than too little', () => {
  it('answers an overactive sex drive with the entry on different amounts of desire', () => {
    expect(answer('I have an overactive sex drive')).toBe('desire-discrepancy');
  });
});

describe('a therapist reaching into the visitor\'s private life or telling of their own', () => {
  it('answers a therapist talking about their own love life with the warning signs', () => {
    expect(answer('the therapist spends half the hour on his own dating life')).toBe('red-flags');
  });

  it.each([
    ['my counsellor messages me on instagram after midnight', 'red-flags'],
    ['our therapist hugged me goodbye and kissed my cheek', 'professional-boundaries'],
  ])('offers "%s" %s among the first three', (q, id) => {
    expect(firstThree(q)).toContain(id);
  });

  it('still answers whether a therapist touches clients with the entry on physical contact', () => {
    expect(answer('will the therapist touch me')).toBe('physical-contact');
  });
});

describe('a therapist inviting the visitor out', () => {
  it.each(['our counsellor invited me to dinner after the session', 'the therapist wants to go on a date with me'])(
    'answers "%s" with the warning signs',
    (q) => {
      expect(answer(q)).toBe('red-flags');
    },
  );

  it('does not read taking one\'s own partner to dinner as a warning sign', () => {
    expect(firstThree('can I take my partner out for dinner after therapy')).not.toContain('red-flags');
  });
});

describe('feeling foolish for asking at all', () => {
  it('answers a message that is only the feeling with the entry on embarrassment', () => {
    expect(answer('honestly I feel ridiculous typing this at all')).toBe('feeling-embarrassed');
  });

  it('offers the entry on embarrassment among the first three for feeling like an idiot', () => {
    expect(firstThree('feeling like an idiot even reaching out')).toContain('feeling-embarrassed');
  });
});

describe('arriving early for an appointment', () => {
  it.each(['can I arrive 15 minutes early', 'should i show up early'])('does not answer "%s" with premature ejaculation', (q) => {
    expect(firstThree(q)).not.toContain('premature-ejaculation');
  });

  it('answers the rest of the question', () => {
    expect(answer('should i get there early for my first appointment')).toBe('first-session');
  });

  it('still reads finishing early as premature ejaculation, in the same message too', () => {
    expect(answer('i finish early every time')).toBe('premature-ejaculation');
    expect(answer('i always show up early to things, and in bed i finish early too')).toBe('premature-ejaculation');
  });
});

describe('hedges, hearsay and prefaces around the question', () => {
  it.each([
    ['approximately how many sessions will we need', 'how many sessions will we need'],
    ['ballpark, how many sessions will we need', 'how many sessions will we need'],
    ['my sister reckons you have to do exercises at home?', 'you have to do exercises at home?'],
    ['a mate told me you have to do exercises at home?', 'you have to do exercises at home?'],
    ['id rather email than call, whats the address', 'email than call, whats the address'],
    ['is it possible to come alone without my husband', 'come alone without my husband'],
    ['respected madam, kindly advise on the fees per session', 'the fees per session'],
    ['sorry for my english, can i come alone without my husband', 'can i come alone without my husband'],
  ])('answers "%s" as surely as "%s": the words around the question drop out', (q, bare) => {
    expect(answer(q)).toBe(answer(bare));
    expect(score(q)).toBe(score(bare));
  });

  it('answers "not seeing anyone right now" with going alone', () => {
    expect(answer('not seeing anyone right now, can I still come')).toBe('going-alone');
  });
});

describe('asking whether one is pregnant', () => {
  it('leaves a question this FAQ cannot answer without even a suggestion', () => {
    expect(matcher.match('can you get pregnant from precum').verdict).toBe('none');
  });

  it('does not drop the words of a contraceptive method, which would leave the question\'s other words to answer', () => {
    expect(answer('how effective is the pull out method really')).toBeUndefined();
  });

  it('still answers pregnancy as a change in a couple\'s sex life', () => {
    expect(answer('sex has been different since the pregnancy')).toBe('life-transitions');
  });
});

describe('a dose is not a price', () => {
  it('does not offer the cost for "how much … do I take"', () => {
    expect(firstThree('how much viagra do i take before sex')).not.toContain('cost');
    expect(answer('how much does it cost to take my partner along')).toBe('cost');
  });
});

describe('health insurance in Australian and British words', () => {
  it.each([
    ['can i claim it back', 'insurance'],
    ['is there a rebate for sex therapy', 'insurance'],
    ['I have private health with hcf, will it help', 'insurance'],
  ])('answers "%s" with %s, not privacy', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('still reads "private" alone as privacy', () => {
    expect(answer('is it private')).not.toBe('insurance');
  });
});

describe('asking for a person instead of this chat', () => {
  it.each(['i want to talk to a human', 'can i speak to a real person please'])('answers "%s" with how to contact the clinic', (q) => {
    expect(answer(q)).toBe('booking');
  });
});

describe('judging whether a therapist is the real thing', () => {
  it('answers "legit" with qualifications and "sketchy" with the warning signs', () => {
    expect(answer('is this therapist legit or not')).toBe('therapist-qualifications');
    expect(answer('how do you spot a sketchy therapist')).toBe('red-flags');
  });
});

describe('one partner wanting sex far more often', () => {
  it('answers "wants it every day" with the entry on different amounts of desire', () => {
    expect(firstThree('my wife wants it every day and i don\'t')[1]).not.toBe('compulsive-sexual-behavior');
    expect(answer('my wife wants it every day and i don\'t')).toBe('desire-discrepancy');
  });
});

describe('coming across something is not finding a therapist', () => {
  it('answers a question about this chat\'s privacy with it, not with confidentiality', () => {
    expect(answer('he gets angry when he finds things on my phone, is this chat private')).toBe('chat-privacy');
  });
});

describe('things coming right and how fast', () => {
  it('reads things getting "sorted" as getting better, with the credit of a lay word', () => {
    expect(answer('how long before things get sorted')).toBe('treatment-duration');
    expect(score('how long before things get sorted')).toBeGreaterThanOrEqual(LAY_CREDIT * (score('how long before things get better') ?? 1));
  });

  it('reads "quick" as "how quickly" does it work', () => {
    expect(answer('is it a quick thing or does it take months and months')).toBe('treatment-duration');
  });
});

describe('not wanting sex, told with how it was before', () => {
  it.each([
    ["i don't want sex anymore, it used to be great", "i don't want sex anymore"],
    ['nothing medically wrong with me but i never want sex', 'i never want sex'],
  ])('answers "%s" as surely as "%s": how it was, or a cause ruled out, is no topic of its own', (q, bare) => {
    expect(answer(q)).toBe('low-desire');
    expect(score(q)).toBe(score(bare));
  });

  it('answers not caring about sex with low desire', () => {
    expect(answer('honestly i dont care about sex anymore and my husband is upset')).toBe('low-desire');
  });
});

describe('wondering who one is, and wanting to talk to someone about it', () => {
  it.each([
    'i might be bisexual, is there someone i can talk to about it',
    'questioning whether i am gay, who should i talk to',
    'can i talk to someone about my sexuality',
  ])('answers "%s" with exploring orientation and identity', (q) => {
    expect(answer(q)).toBe('sexual-identity');
  });

  it('still answers talking with a partner as communication', () => {
    expect(answer('how do we talk about sex without fighting')).toBe('communication');
  });
});

describe('the price of something else', () => {
  it.each(['how much does it cost to fix a cracked phone', 'how much does it cost to repaint a room'])(
    'does not answer "%s" with the fees: "how much" and "cost" are one idea, and the rest names another thing',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it('still answers the fees, asked either way', () => {
    expect(answer('how much does it cost')).toBe('cost');
    expect(answer('what does a session cost')).toBe('cost');
  });

  it('does not answer an exchange rate with the fees', () => {
    expect(answer('what is the euro to dollar exchange rate today')).toBeUndefined();
  });
});

describe('one idea put two ways, and a preface about oneself', () => {
  it.each([
    'im single, no partner, can i still come',
    'I am from Portugal, sorry for my english. Is possible I come alone, without my husband?',
  ])('answers "%s" with going alone', (q) => {
    expect(answer(q)).toBe('going-alone');
  });
});

describe('premature ejaculation in Indian English', () => {
  it('answers "early discharge" with premature ejaculation', () => {
    expect(answer('i have early discharge')).toBe('premature-ejaculation');
    expect(answer('Sir, I have the problem of early discharge, will counselling help')).toBe('premature-ejaculation');
  });
});

describe('erections told with what else is going on', () => {
  it('reads "struggles to get hard" as an erection problem, and "hard" elsewhere as difficult', () => {
    expect(answer('my husband struggles to get hard and it is getting him down')).toBe('arousal-erectile');
    expect(answer('is it hard to talk about sex in therapy')).toBe('communication');
  });
});

describe('a therapist in the visitor\'s social life', () => {
  it.each([
    ['is it normal for a counsellor to add clients on facebook', 'professional-boundaries'],
    ['my therapist is lovely but in every session she talks about her own dating life', 'red-flags'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('what is said reaching others', () => {
  it('answers "will anything I say get back to my GP" with confidentiality', () => {
    expect(answer('will anything i say get back to my gp')).toBe('confidentiality');
  });
});

describe('how often a couple has sex, told as a count', () => {
  it('reads "we have had sex maybe twice" as how often they have sex, not how often sessions are', () => {
    expect(answer('since the baby arrived we have had sex maybe twice')).toBe('life-transitions');
    expect(firstThree('since the baby arrived we have had sex maybe twice')).not.toContain('session-length-frequency');
  });
});

describe('a phrase inside a longer one', () => {
  it('yields to the longer phrase: "not slept together" is a sexless marriage, not sex', () => {
    expect(firstThree("my wife and i havent slept together in like a year, is that something people see a therapist for?")).toContain('low-desire');
  });
});

describe('other subjects that share a word with sex or therapy', () => {
  it.each([
    "my toddler won't sleep through the night, any tips",
    'what should i text a guy after a first date',
    'best dating apps for people in their 40s',
  ])('does not answer "%s"', (q) => {
    expect(answer(q)).toBeUndefined();
  });

  it('still answers compulsive use of hookup apps', () => {
    expect(answer("i can't stop using hookup apps")).toBe('compulsive-sexual-behavior');
  });
});

describe('asking whether who one is will be a problem', () => {
  it('answers "we are polyamorous, is that going to be a problem" with inclusive care', () => {
    expect(answer('we are polyamorous, is that going to be a problem')).toBe('inclusive-care');
  });
});

describe('this chat, named as what it is', () => {
  it('answers whether this chat is private with the chat\'s privacy, not the therapist\'s confidentiality', () => {
    expect(answer('got the pills lined up for tonight. is this chat private?')).toBe('chat-privacy');
    expect(answer('are you a bot')).toBe('chat-privacy');
  });
});

describe('doubt, models of therapy, and coercion told plainly', () => {
  it('does not read "new age" as ageing', () => {
    expect(answer('is it all a bit new age')).toBeUndefined();
    expect(firstThree('is sex therapy real or just some new age woo')).toContain('what-is-sex-therapy');
  });

  it('answers "therapy models" as surely as "approaches"', () => {
    expect(answer('what therapy models do you use')).toBe('therapy-approaches');
    expect(score('what therapy models do you use')).toBe(score('what approaches do you use'));
  });

  it('answers being pressured into sex with the entry on past harm', () => {
    expect(answer('he always pressured me into sex and now i dread it')).toBe('trauma-history');
  });
});

describe('health questions next to the domain', () => {
  it.each(['is it normal for my period to be late', 'how long does a uti last'])('does not answer "%s"', (q) => {
    expect(answer(q)).toBeUndefined();
  });
});

describe('the time of day in a story', () => {
  it('answers a therapist messaging late at night as surely as one messaging at all', () => {
    expect(answer('my counsellor keeps messaging me late at night, is that ok')).toBe('red-flags');
    expect(score('my counsellor keeps messaging me late at night, is that ok')).toBe(score('my counsellor keeps messaging me, is that ok'));
  });
});

describe('tax, cover letters and flatmates', () => {
  it('reads "my flatmate" as someone the visitor lives with, not a couple living like flatmates', () => {
    expect(matcher.match('my flatmate keeps eating my food').verdict).toBe('none');
  });

  it.each(['can i deduct my home office on my taxes', 'help me write a cover letter'])(
    'does not answer "%s"',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it('still offers the fees or insurance for whether sessions are tax deductible', () => {
    expect(firstThree('are sessions tax deductible')).toContain('insurance');
  });

  it('answers a couple living like roommates with the entry on lost closeness', () => {
    expect(answer('we live like roommates now, no sex at all')).toBe('intimacy-boredom');
  });
});

describe('working alone but not with a partner', () => {
  it('answers "can\'t get it up with my wife but fine when I\'m alone" with erections, not going alone', () => {
    expect(answer('cant get it up with my wife but fine when im alone')).toBe('arousal-erectile');
  });
});

describe('the body examined, touching exercises, and how long a problem has lasted', () => {
  it('answers whether the therapist examines the body with physical contact, after a story about doctors', () => {
    expect(answer('will the therapist examine me at any point? i had some bad experiences with doctors')).toBe('physical-contact');
  });

  it('answers the touching exercises with no sex for weeks with sensate focus', () => {
    expect(answer("what are the touching exercises where you can't have sex for weeks")).toBe('sensate-focus');
  });

  it('answers coming too quickly "been like this forever" with premature ejaculation, not how long therapy takes', () => {
    expect(answer('does therapy help with coming too quickly, been like this forever')).toBe('premature-ejaculation');
  });

  it('answers having to explain one\'s identity to the therapist with inclusive care', () => {
    expect(answer('im a trans woman, will i spend every session explaining myself to the therapist?')).toBe('inclusive-care');
  });
});

describe('small talk, devices and money saved up', () => {
  it('answers small talk with nothing', () => {
    expect(matcher.match('hello, how are you today?').verdict).toBe('none');
  });

  it('reads "on my phone" as where the visitor reads, not as phoning the clinic', () => {
    expect(matcher.match('the text on your site is tiny on my phone').verdict).toBe('none');
  });

  it('reads money "saved up" as money, not stored data', () => {
    expect(answer('i saved up for this, how do i book')).toBe('booking');
  });

  it('does not read meetings at work as sessions', () => {
    expect(answer('my coworker keeps interrupting me in meetings, how do i handle it')).toBeUndefined();
    expect(answer('Do we start on the problem in the first meeting with the therapist?')).toBe('first-session');
  });
});

describe('how many sessions, whether it can be fixed, and its exceptions', () => {
  it('answers "a few sessions or years of therapy" with how long therapy takes, with no close runner-up', () => {
    const [top, second] = matcher.match('is this a few sessions thing or years of therapy').results;
    expect(top?.id).toBe('treatment-duration');
    expect(second?.score ?? 0).toBeLessThan(0.85 * (top?.score ?? 0));
  });

  it('answers whether premature ejaculation is fixable', () => {
    expect(answer('coming too fast. is it fixable?')).toBe('premature-ejaculation');
  });

  it('answers the exceptions to confidentiality with confidentiality', () => {
    expect(answer('does confidentiality have any exceptions')).toBe('confidentiality');
  });

  it('answers having to educate the therapist with inclusive care', () => {
    expect(answer('i am nonbinary, will i have to educate them')).toBe('inclusive-care');
  });
});

describe('medical clearance for sex', () => {
  it.each(['how long after a c section can i have sex', 'is it safe to have sex during pregnancy', 'how long should we wait to have sex after my hernia operation'])(
    'holds "%s" back to suggestions: it is a question for a doctor',
    (q) => {
      expect(matcher.match(q).verdict).not.toBe('answer');
    },
  );

  it.each(['how much cialis do i take before sex', 'how long after sex does the morning after pill still work', 'how soon can i do a pregnancy test'])(
    'holds "%s" back to suggestions, though it names sex: a dose, emergency contraception and a test are for a doctor',
    (q) => {
      expect(matcher.match(q).verdict).not.toBe('answer');
    },
  );

  it('still answers the pill\'s effect on desire', () => {
    expect(answer('since going on the pill i have no sex drive')).toBeDefined();
  });

  it('still answers sex after a baby told as a change in the couple\'s sex life', () => {
    expect(answer('since giving birth sex feels completely different for us')).toBe('life-transitions');
  });
});

describe('touch gone, and talking it through', () => {
  it('answers "barely touched each other" since a birth with life changes', () => {
    expect(answer('since the twins were born we have barely touched each other')).toBe('life-transitions');
  });

  it('answers "talk it through with someone" about being gay with exploring orientation', () => {
    expect(answer('i might be gay, can i talk it through with someone')).toBe('sexual-identity');
  });
});

describe('other therapies', () => {
  it.each(['can you suggest a physical therapist for my sore back', 'recommend a physiotherapist for knee pain', 'my daughter needs speech therapy'])(
    'does not answer "%s": another service, though pain or a child is ours',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it('still answers a question of ours that only mentions a physio in the story', () => {
    expect(answer('my physio says my pelvic floor is tight, can sex therapy help with pain during sex')).toBe('sexual-pain');
  });
});

describe('formal and older words for sex and desire', () => {
  it('reads "relations" and "the marital act" as sex', () => {
    expect(answer('the marital act has become painful')).toBe('sexual-pain');
    expect(answer('relations with my wife have become painful for her')).toBe('sexual-pain');
  });

  it('does not read public relations as sex', () => {
    expect(answer('can you help with public relations for my company')).toBeUndefined();
  });

  it('reads no appetite or wish for it as low desire, "these days" as when', () => {
    expect(answer('I have no appetite for sex these days')).toBe('low-desire');
    expect(answer('I have lost all wish for it')).toBe('low-desire');
    expect(answer('I have no desire for sex these days')).toBe('low-desire');
  });

  it('reads a "nature" that will not rise as erection trouble', () => {
    expect(answer('his nature will not rise lately')).toBe('arousal-erectile');
    expect(answer('his nature does not stand any more, can therapy help')).toBe('arousal-erectile');
  });
});

describe('kinks and the fear of being judged, in other words', () => {
  it.each([
    'I have unusual desires, would a counsellor think less of me',
    'will a sex therapist look down on me for what I like',
    'is the therapist going to think I am a freak',
  ])('answers "%s" with non-judgment', (q) => {
    expect(answer(q)).toBe('non-judgmental');
  });
});

describe('who a clinic takes, and who one is inside', () => {
  it('answers whether a clinic accepts or welcomes "people like me" with inclusive care', () => {
    expect(answer('do you welcome people like us? we are two dads')).toBe('inclusive-care');
    expect(answer('do you accept patients like me? I am a trans woman')).toBe('inclusive-care');
  });

  it('answers feeling another gender inside with exploring identity', () => {
    expect(answer('I have always felt like a girl inside, can I talk to someone about that')).toBe('sexual-identity');
    expect(answer('I feel like a man inside but I was born female, who can I talk to')).toBe('sexual-identity');
  });
});

describe('what stays in the room, and a legitimate sex therapist', () => {
  it('answers whether what is said stays in the room with confidentiality', () => {
    expect(answer('does anything I say stay in this room')).toBe('confidentiality');
  });

  it('answers how to tell a legitimate *sex* therapist with their qualifications', () => {
    expect(answer('how do I spot a legitimate sex therapist')).toBe('therapist-qualifications');
  });
});

describe('arithmetic written with "%"', () => {
  it('does not answer a sum', () => {
    expect(answer("what's 15% of 80")).toBeUndefined();
    expect(answer('what is 20% of 150')).toBeUndefined();
  });

  it('still answers a question of ours with a percentage in it', () => {
    expect(answer('is it true 40% of women never orgasm from sex alone')).toBe('orgasm-difficulty');
  });
});

describe('when, and a doctor\'s all-clear, told in the story', () => {
  it('reads "every single time" and "for several years" as when', () => {
    expect(answer('it hurts every single time')).toBe('sexual-pain');
    expect(answer('for several years I have had no wish for my wife, is there help')).toBe('low-desire');
  });

  it('costs the answer next to no confidence when the doctor says all is fine', () => {
    const alone = score('sex is sore for me') ?? 0;
    expect(answer('sex is sore for me and my gp says everything looks fine')).toBe('sexual-pain');
    expect(score('sex is sore for me and my gp says everything looks fine')).toBeGreaterThan(alone - 0.05);
  });
});

describe('medical advice and other services near ours', () => {
  it.each(['is it safe to take viagra with my heart pills', 'which birth control pill has the fewest side effects', 'how much is laser hair removal', 'what dose of cialis is normal', 'can I get a sick note for missing work'])(
    'does not answer "%s": a doctor or another service answers it',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it.each([
    ['the medication I take has side effects on my erections', 'arousal-erectile'],
    ['can sex therapy help alongside my meds', 'medical-concerns'],
    ['I take pills for anxiety, is sex therapy combined with medication a thing', 'medical-concerns'],
  ])('still answers "%s" (medicines as part of the story) with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('a couple\'s rows about other things, and the lines a therapist must not cross', () => {
  it('does not answer rows about chores or money', () => {
    expect(answer('we argue about chores every day, how do we stop')).toBeUndefined();
  });

  it('still answers when the row is the story and the question is about sex', () => {
    expect(answer('we fight about money and it has killed our sex life, can therapy help')).toBeDefined();
  });

  it('offers the professional boundaries among the first answers for the lines not to cross', () => {
    expect(firstThree('are there lines a sex therapist should never cross').slice(0, 2)).toContain('professional-boundaries');
  });
});

describe('"can you treat it", and a euphemism for not working', () => {
  it('answers a named condition followed by "can you treat that"', () => {
    expect(answer('vulvodynia, can you treat that')).toBe('sexual-pain');
  });

  it('answers things not working downstairs with erection and arousal trouble', () => {
    expect(answer('things are not working downstairs any more, can you help')).toBe('arousal-erectile');
  });
});

describe('custody, the coil and which pill to take', () => {
  it.each(['my partner cheated, how do I get custody of the kids', 'I have been on the pill for years, should I change to the coil', "which pills are best for my partner's back pain"])(
    'does not answer "%s": a lawyer or a doctor answers it',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it('still answers a question of ours told after the coil', () => {
    expect(answer('since getting the coil sex hurts, can therapy help')).toBe('sexual-pain');
  });
});

describe('testing for infections', () => {
  it('does not answer a request for STI testing, another clinic\'s service', () => {
    expect(answer('do you offer sexual health screening and STI checks')).toBeUndefined();
    expect(answer('can I get an STI test at your clinic')).toBeUndefined();
  });

  it('still answers STIs as something a therapist may ask about, or as the story', () => {
    expect(answer('will the therapist ask whether I have had an STI')).toBe('assessment-questions');
    expect(answer('I had an STI last year and now I am scared of sex, can therapy help')).toBeDefined();
  });
});

describe('schoolwork, games, the law on age, detectives and brands', () => {
  it.each(['what is the age of consent in my state', 'how much does a private investigator charge', 'can you recommend a good lube brand', 'any fun board games for couples'])(
    'does not answer "%s"',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it('still answers a game given as homework, and cheating with rebuilding trust', () => {
    expect(answer('my therapist gave us a game to play as homework, is that normal')).toBe('homework');
    expect(answer('my partner cheated, can therapy help us rebuild trust')).toBe('infidelity-recovery');
  });
});

describe('privacy asked as the room, and what must be reported', () => {
  it.each([
    ['is there any chance what I tell you leaves this room', 'confidentiality'],
    ['are you obliged to report anything illegal I mention', 'confidentiality'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('a partner seeing someone, a couple like housemates, not letting go', () => {
  it.each([
    ['my husband has been seeing someone behind my back, we want to try again', 'infidelity-recovery'],
    ['honestly it feels like we are housemates these days', 'intimacy-boredom'],
    ['it takes me ages and then I can never quite let go', 'orgasm-difficulty'],
    ["what's the next step to get an appointment with you", 'booking'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('still reads letting go of the past as the story, not orgasm', () => {
    expect(answer('I can not let go of the affair, can therapy help')).toBe('infidelity-recovery');
  });
});

describe('holidays, living together and growing up', () => {
  it.each(['any recommendations for a romantic getaway by the coast', 'should we sign a cohabitation agreement since we are not married', 'any good books to explain puberty to my son'])(
    'does not answer "%s"',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );
});

describe('an age in the question', () => {
  it('reads "45 years old" as who is asking, not what is asked', () => {
    expect(answer('I am 45 years old and my erections are not what they were')).toBe('arousal-erectile');
  });

  it('does not answer a parent asking about a child, and still answers a baby in the story', () => {
    expect(answer('my 6 year old keeps asking where babies come from')).toBeUndefined();
    expect(answer('since the baby came we never have sex')).toBe('life-transitions');
  });
});

describe('a couple describing itself', () => {
  it('reads "long term partner" as the relationship, not the length of therapy', () => {
    expect(answer('my long term partner and I have stopped having sex')).toBe('low-desire');
  });

  it('still reads sex that cannot be stopped as compulsive', () => {
    expect(answer("i can't stop having sex with strangers")).toBe('compulsive-sexual-behavior');
  });

  it('offers inclusive care to a couple of two men or two women', () => {
    expect(firstThree('two guys together eight years, most counsellors just did not get it')).toContain('inclusive-care');
  });
});

describe('blue pills, quacks, ordinary therapy, ringing someone, a body that checks out fine', () => {
  it.each([
    ['the little blue pills do not help me much anymore', 'arousal-erectile'],
    ['blue tablets stopped working for me, what else is there', 'medical-concerns'],
    ['how can i tell a real sex therapist from a quack', 'therapist-qualifications'],
    ['is it just a standard shrink only for sex problems', 'what-is-sex-therapy'],
    ['same as a usual counsellor but about sex?', 'what-is-sex-therapy'],
    ['is there a number so i can ring somebody', 'booking'],
    ['my hormones look fine yet i have zero interest in sex', 'low-desire'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('puts the qualifications entry first when the visitor fears a charlatan', () => {
    expect(firstThree('i do not want to end up with some charlatan, how do i check')[0]).toBe('therapist-qualifications');
  });
});

describe('checks, doses, prescriptions, schoolwork and other services', () => {
  it.each([
    'test',
    'testing',
    'what is the recommended dose of tadalafil',
    'could you prescribe me cialis',
    'help with my biology homework about sexual arousal',
    'can you help me with my psychology homework about sensate focus',
    'how much does a personal trainer cost',
    'does insurance cover an mri',
  ])('does not answer "%s"', (q) => {
    expect(answer(q)).toBeUndefined();
  });

  it('still answers questions about the tests a visitor may have', () => {
    expect(firstThree('what tests will they run at the first appointment')).toContain('medical-concerns');
    expect(answer('do i need blood tests first')).toBe('medical-concerns');
  });

  it('reads joint pain as pain, not as coming jointly', () => {
    expect(firstThree('my joint pains make sex hard since the arthritis')[0]).toBe('sexual-pain');
  });
});

describe('a question that points back at the sentence before it', () => {
  it.each(['I need a new dentist. Can you recommend one near me?', 'looking for a good lawyer for my divorce. who would you recommend for that'])(
    'does not answer "%s": "one" and "that" are the dentist and the lawyer',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );

  it('still answers when the question names the domain itself', () => {
    expect(answer('my husband has erection problems. can therapy help with it?')).toBe('arousal-erectile');
  });

  it('reads pet play as kink, not as pets, when the question points back at it', () => {
    expect(answer('we are into pet play. would a therapist judge that')).toBe('non-judgmental');
  });
});

describe('the visitor’s own questions for a therapist, acupuncture and celebrity gossip', () => {
  it.each(['what should i ask', 'what do i ask them'])('answers "%s" with the questions to ask a therapist', (q) => {
    expect(answer(q)).toBe('questions-to-ask');
  });

  it('still reads "what will they ask me" as the therapist’s questions', () => {
    expect(answer('what will the therapist ask me')).toBe('assessment-questions');
  });

  it('does not answer a question about acupuncture sessions', () => {
    expect(answer('will my plan pay for acupuncture sessions')).toBeUndefined();
  });

  it('does not answer gossip about an actor’s affair', () => {
    expect(answer('did the actor cheat on his wife')).toBeUndefined();
  });

  it('still answers an affair with an actor in the visitor’s own story', () => {
    expect(answer('my husband cheated with an actress, can we rebuild trust')).toBe('infidelity-recovery');
  });
});

describe('"is it just talking?"', () => {
  it.each(['is sex therapy only talking', 'so it is a talking therapy then?'])('answers "%s" with what sex therapy is', (q) => {
    expect(answer(q)).toBe('what-is-sex-therapy');
  });

  it('still answers "is it just talking" after "what happens in later sessions" with those sessions', () => {
    expect(answer('what are the sessions after the first one like, only talking?')).toBe('session-structure');
  });
});

describe('ambulances, classes and shows', () => {
  it.each([
    'does my plan pay for an ambulance ride',
    'looking for a beginners dance class for couples near me',
    'any good comedy to watch with my girlfriend tonight',
    'what does a pilates instructor charge per session',
  ])('does not answer "%s"', (q) => {
    expect(answer(q)).toBeUndefined();
  });

  it('still answers when such a word is only the story', () => {
    expect(answer('we met at a salsa class and now sex hurts, can a sex therapist help')).toBe('sexual-pain');
  });
});

describe('naming, limits and timing, as visitors say them', () => {
  it.each([
    ["there's an exercise where you take turns touching without sex, what is it called", 'sensate-focus'],
    ['what do you call it when you can never finish', 'orgasm-difficulty'],
  ])('answers "%s" with %s: asking for a name is not phoning the clinic', (q, id) => {
    expect(answer(q)).toBe(id);
    expect(firstThree(q)).not.toContain('booking');
  });

  it.each([
    ['what is a sex therapist allowed to do', 'professional-boundaries'],
    ['where is the line for a sex therapist', 'professional-boundaries'],
  ])('answers "%s" with %s: what a therapist may do is their boundaries', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('answers taking ages to finish with orgasm difficulty, not how long therapy takes', () => {
    expect(answer('it takes him ages to finish during sex')).toBe('orgasm-difficulty');
  });

  it('answers speed told with minutes ("way too quick, maybe 2 min") with premature ejaculation, not session length', () => {
    expect(answer('i come way too quick, maybe 2 min')).toBe('premature-ejaculation');
  });

  it('reads "sleep with me" as sex, not as an affair', () => {
    expect(answer("she doesn't want to sleep with me anymore")).toBe('low-desire');
  });

  it('reads "passed on" as telling someone', () => {
    expect(answer('will any of this be passed on')).toBe('confidentiality');
    expect(answer('does the therapist pass along what I say')).toBe('confidentiality');
  });
});

describe('where the visitor heard of it, and whether the clinic takes them', () => {
  it('answers "heard there is homework??" with homework: hearing of it is filler', () => {
    expect(answer('heard there is homework?? like what kind')).toBe('homework');
  });

  it.each([
    ['im bi, is your clinic ok with that', 'inclusive-care'],
    ['are you guys cool with poly relationships', 'inclusive-care'],
  ])('answers "%s" with %s: asking whether the place is ok with who they are', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('leaves a therapist being ok with a kink to the entry on not being judged', () => {
    expect(answer('is the therapist ok with kink')).toBe('non-judgmental');
  });
});

describe('asides about age, time and the page', () => {
  it.each([
    ['ed pls im 41', 'arousal-erectile'],
    ['my libido has been gone for 3 yrs', 'low-desire'],
    ['embarrassed even being on this page', 'feeling-embarrassed'],
  ])('answers "%s" with %s: the aside is filler', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('gives the age told in passing no weight: "pain during sex, aged 30" is about pain, not a life stage', () => {
    expect(firstThree('pain during sex, aged 30')).not.toContain('life-transitions');
  });

  it('reads a urologist as the domain: a short story about one is not held back as off-topic', () => {
    expect(matcher.match("I'm 61, saw a urologist last month, still no luck, what next?").verdict).not.toBe('none');
  });
});

describe('what to buy, and getting over an ex', () => {
  it.each(['which lube is best with toys', 'how to get over a break up'])('gives no answer to "%s": a shop or a friend answers that', (q) => {
    expect(matcher.match(q).verdict).toBe('none');
  });

  it('still answers lube named in a story about pain', () => {
    expect(answer("lube doesn't help, sex still hurts")).toBe('sexual-pain');
  });
});

describe('formal and second-language wording', () => {
  it.each([
    ['my sexual appetite has gone, can therapy help', 'low-desire'],
    ['I simply never feel like it these days', 'low-desire'],
    ['what are your tariffs', 'cost'],
    ['are there things to do between appointments', 'homework'],
    ['lately I have feelings for women and I am a married woman, can I talk about this', 'sexual-identity'],
    ['what are the signs I should switch my therapist', 'red-flags'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it.each(['should i break up with her, we argue about everything', 'tips on raising a teenage daughter', 'what time zone is Denver in'])(
    'gives no answer to "%s": relationship verdicts, parenting and clocks are other subjects',
    (q) => {
      expect(matcher.match(q).verdict).toBe('none');
    },
  );
});

describe('indirect and nervous wording', () => {
  it.each([
    ['sorry if this is a silly question but is it confidential', 'confidentiality'],
    ['how much will it end up costing us', 'cost'],
    ['what will the bill come to for six sessions', 'cost'],
    ['is it ok to only come once a month', 'session-length-frequency'],
    ['does each therapist have their own way of working', 'therapy-approaches'],
    ['we were told to do slow touching with no sex for a month, why', 'sensate-focus'],
    ["I just don't feel like it any more", 'low-desire'],
    ['since my accident sex has been hard', 'life-transitions'],
    ['I am paraplegic, can sex therapy still help me', 'life-transitions'],
    ['is a triad welcome at your clinic', 'inclusive-care'],
    ['it was all over for him in about a minute', 'premature-ejaculation'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it.each(['will they think less of us for being swingers', 'will a therapist take us seriously if we are in our 80s'])(
    'reads "%s" as the fear of being judged or turned away',
    (q) => {
      expect(['inclusive-care', 'non-judgmental']).toContain(answer(q));
      expect(firstThree(q)).toEqual(expect.arrayContaining(['inclusive-care', 'non-judgmental']));
    },
  );

  it('reads "just me" as going alone, and "is it just me" as asking whether others feel the same', () => {
    expect(answer('is it just me or is sex boring now')).toBe('intimacy-boredom');
    expect(answer('can I come just me')).toBe('going-alone');
  });

  it.each(['how do I stop texting my ex', 'should I move in with him', 'do you sell any toys', 'any podcast recommendations'])(
    'gives no answer to "%s": another subject',
    (q) => {
      expect(answer(q)).toBeUndefined();
    },
  );
});

describe('a feeling told before the question', () => {
  it.each([
    ["I'm a bit anxious. How long is each session?", 'session-length-frequency'],
    ['I feel ashamed. Will it be confidential?', 'confidentiality'],
    ['honestly i am embarrassed. is there homework?', 'homework'],
    ["I'm worried. how much does it cost?", 'cost'],
    ['so embarrassing. i can not get hard, can therapy help?', 'arousal-erectile'],
    ['I feel awkward about all this. how much does it cost?', 'cost'],
  ])('answers "%s" with %s: the feeling says who asks, the question what', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('reads sex as a subject never spoken of at home as the shame of raising it, and a couple not talking as communication', () => {
    expect(answer('we were raised not to speak of these topics, will a therapist understand')).toBe('feeling-embarrassed');
    expect(answer('my wife and I never talk about these things, how do we start')).toBe('communication');
  });

  it('still answers the feeling when it is what the visitor asks about', () => {
    expect(answer('i am so embarrassed about going, is that normal?')).toBe('feeling-embarrassed');
    expect(answer('I feel so nervous about the first session, is that normal?')).toBe('feeling-embarrassed');
  });
});

describe('idioms for desire, infidelity, trauma and privacy', () => {
  it.each([
    ['my wife says she does not miss sex at all', 'low-desire'],
    ['we are just not on the same page about sex', 'desire-discrepancy'],
    ['my browsing habits are getting out of hand', 'compulsive-sexual-behavior'],
    ['my wife was with someone else last summer, can therapy help us', 'infidelity-recovery'],
    ['something awful happened to me, can you help with that?', 'trauma-history'],
    ['does what I say stay in that room?', 'confidentiality'],
    ['will they make us practice stuff in the bedroom', 'homework'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });

  it('gives no answer to "what kind of birth control is best for me": a doctor answers that', () => {
    expect(answer('what kind of birth control is best for me')).toBeUndefined();
  });
});
