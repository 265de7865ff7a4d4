/**
 * The words a question about sex therapy almost always names: sex, a partner, therapy, a body, this
 * chat or the service. A reviewed table written from general knowledge of the domain, not from any
 * test question. One row per theme; `words` are single words as normalised text (lower case),
 * separated by ", ", and stemmed, so one form per stem is enough.
 *
 * A question with none of them, in its own words or in what its lay phrases mean ("how much" means
 * cost), is most likely about something else that shares a few everyday words with an entry ("how do
 * I tell my boss I'm quitting" is not about confidentiality): it is answered only when the match is
 * strong (see UNANCHORED_THRESHOLD). Left out on purpose: everyday words entries also use ("pain", "time",
 * "help", "doctor", "exercise", "homework", "degree", "dating", "gender"), which off-topic questions
 * use as often.
 */
import { runThrough, type Steps } from './steps.ts';
import { stemsOfTableSteps, wordRow as row, type WordRow } from './word-table.ts';

export const DOMAIN_WORDS: readonly WordRow[] = [
  row(
    'sex and sexual function',
    'sex, sexual, sexy, sexologist, intercourse, penetration, foreplay, fantasy, kink, kinky, fetish, bdsm, porn, ' +
      'pornography, masturbation, horny, arousal, libido, desire, orgasm, climax, ejaculation, premature, ' +
      'erection, erectile, impotence, vaginismus, dyspareunia',
  ),
  row('the body', 'penis, vagina, vaginal, vulva, clitoris, genitals'),
  row('sexual-health medicine', 'urologist, gynecologist, gynaecologist, viagra, cialis, sildenafil, tadalafil, levitra'),
  row('identity', 'gay, lesbian, bisexual, asexual, transgender, queer, lgbtq, nonbinary'),
  row(
    'partners and relationships',
    'partner, husband, wife, boyfriend, girlfriend, spouse, fiance, fiancee, lover, marriage, married, relationship, couple, ' +
      'intimacy, intimate, affair, cheating, infidelity',
  ),
  row(
    'therapy and the service',
    'therapy, therapist, counselling, counsellor, counselor, psychologist, session, clinic, appointment, consultation, ' +
      'aasect, sensate, insurance, cost, fee, price',
  ),
  row('hard experiences', 'trauma, abuse, assault, consent'),
  row('feelings about asking, and this chat', 'embarrassed, ashamed, judge, confidential, privacy, private, anonymous, chat'),
];

/** Stems of every word in DOMAIN_WORDS. */
export const domainStems = (): ReadonlySet<string> => runThrough(domainStemSteps());

/** `domainStems`, pausing after each row. */
export const domainStemSteps = (): Steps<ReadonlySet<string>> => stemsOfTableSteps(DOMAIN_WORDS, 'Domain theme');
