import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { widgetReply } from '../../../src/cli/widget-reply.ts';
import { askingText } from '../../../src/core/focus.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';
import { createCorrectingMatcher } from '../../../src/core/typo.ts';

const matcher = createCorrectingMatcher(loadBundledCorpus('en').entries.map(toSearchDoc));
const shown = (text: string) => {
  const { crisis, outcome } = widgetReply(matcher, text);
  return { notice: crisis.length > 0, answer: outcome.verdict === 'answer' ? outcome.results[0]?.id : undefined };
};

describe('an FAQ answer under a crisis notice', () => {
  it('is dropped when only what the message tells matched it', () => {
    // The matcher alone answers this with orgasm difficulty ("finish").
    expect(matcher.match('my boyfriend choked me tonight and said next time he will finish me').verdict).toBe('answer');
    expect(shown('my boyfriend choked me tonight and said next time he will finish me')).toEqual({ notice: true, answer: undefined });
  });

  it('stays when the message asks it', () => {
    expect(shown('i took too many pills. does anyone see what i type here?')).toEqual({ notice: true, answer: 'chat-privacy' });
  });

  it('stays after an assault when it is therapy after sexual trauma, asked or not', () => {
    expect(shown('i was sexually assaulted yesterday, i feel numb')).toEqual({ notice: true, answer: 'trauma-history' });
    expect(shown('my date raped me two nights ago')).toEqual({ notice: true, answer: 'trauma-history' });
  });

  it('stays after an assault by a therapist when it is the entry on a therapist crossing the line', () => {
    expect(shown('my therapist put his hand on my thigh during the session and I froze, is that allowed?')).toEqual({ notice: true, answer: 'red-flags' });
  });

  it('leaves a message without a notice alone, though it asks nothing', () => {
    expect(shown('my partner wants sex way more often than me')).toEqual({ notice: false, answer: 'desire-discrepancy' });
  });
});

describe('the clauses of a message that ask', () => {
  it('are those ending in "?" or opening with a question word, and nothing when none asks', () => {
    expect(askingText('He hit me again. Is this chat private?')).toBe('Is this chat private?');
    expect(askingText('ok so how much is it, my partner hit me')).toBe('ok so how much is it,');
    expect(askingText('is it private? and what does it cost')).toBe('is it private? and what does it cost');
    expect(askingText('he hit me again last night')).toBe('');
  });
});
