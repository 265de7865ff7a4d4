import type { SearchDoc } from '../../../src/core/matcher.ts';

/** A small corpus in the shape of the bundled one, for tests of behaviour rather than of data. */
const doc = (id: string, question: string, alternates: string[], keywords: string[], answer: string): SearchDoc => ({
  id,
  question,
  alternates,
  keywords,
  answer,
});

export const SMALL_CORPUS: readonly SearchDoc[] = [
  doc('cost', 'How much does sex therapy cost?', ['price of a session', 'fees?'], ['price', 'fee', 'cost'], 'Sessions often cost between $80 and $250.'),
  doc('insurance', 'Does insurance cover sex therapy?', ['is it covered by my health plan'], ['insurance', 'coverage'], 'Some plans pay for therapy of a diagnosable condition.'),
  doc('arousal-erectile', 'Can sex therapy help with erection problems?', ['trouble with arousal'], ['erectile dysfunction', 'erection'], 'Arousal problems are common and treatable.'),
  doc('sexual-pain', 'What if sex is painful?', ['pain during intercourse'], ['vaginismus', 'dyspareunia', 'pain'], 'Pain during sex has many causes; a doctor can help rule out a medical one.'),
  doc('going-alone', 'Can I go to sex therapy alone?', ['without my partner', 'as a single person'], ['alone', 'single', 'individual'], 'Yes, many people come on their own.'),
  doc('couples-sessions', 'Do we come as a couple?', ['joint sessions with my partner'], ['couples', 'together', 'joint'], 'Couples often attend together, sometimes with individual sessions too.'),
  doc('confidentiality', 'Is what I say kept confidential?', ['is it private'], ['confidential', 'privacy', 'secret'], 'What you say stays private, with a few legal limits.'),
  doc('homework', 'Is there homework in sex therapy?', ['exercises at home'], ['homework', 'assignments'], 'Therapists often suggest exercises to practise between sessions.'),
];

/** A general entry whose question is only words most entries share (see general-entry.ts). */
export const GENERAL: SearchDoc = {
  id: 'what-is',
  question: 'What is sex therapy?',
  alternates: ['meaning of sex therapy'],
  keywords: ['definition'],
  answer: 'A talk therapy for worries about sex.',
};
