import { correctKeyWordTypo } from './key-word-typos.ts';

/**
 * Normalises visitor text for the crisis rules: lowercase ASCII words separated by single spaces,
 * contractions expanded ("don't", "dont" → "do not"), text-speak spelled out ("kms" → "kill myself"),
 * leetspeak undone inside words ("k1ll"), letters repeated three or more times cut to two, and typos in
 * key words corrected. Kept apart from the matcher's normaliser on purpose: the crisis rules must not
 * change when search tuning does. Total and linear: never throws, every step is one pass.
 */
export function normaliseForSafety(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032]/g, "'");
  const words = expandContractions(ascii)
    .replace(/(?<=[a-z])[013457@$!](?=[a-z])/g, (c) => LEET[c] ?? c)
    // "14yo", "9th": keep the number apart from its unit so ages read as "14 yo".
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1$1')
    .trim();
  if (words === '') return '';
  const tokens = words.split(' ').flatMap((token) => TEXT_SPEAK[token] ?? correctKeyWordTypo(token));
  return joinSplitWords(tokens.join(' '));
}

/**
 * Hedges and intensifiers people slip into a disclosure ("I might just not be here", "he really
 * did not stop", "kinda want to disappear"). `withoutHedges` drops them so a rule written for the
 * plain wording also reads the hedged one (the screen reads it when the plain text finds nothing).
 */
const HEDGES = /\b(?:just|really|honestly|literally|actually|seriously|basically|totally|truly|tbh|ngl|lowkey|kinda|sorta|kind of|sort of|probably|maybe|even) /g;

/** `normalised` (from `normaliseForSafety`) without hedges; the same text when it has none. */
export const withoutHedges = (normalised: string): string => `${normalised} `.replace(HEDGES, '').trimEnd();

const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i',
};

/** Apostrophe forms first, so "he'll" becomes "he will", not "hell". */
function expandContractions(text: string): string {
  return text
    .replace(/\bcan'?t\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'m\b/g, ' am')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    // "got sa'd": text-speak for sexually assaulted, read before 'd becomes "would".
    .replace(/\bs\.?a(?:'d|'ed)\b/g, 'sexually assaulted')
    .replace(/'d\b/g, ' would')
    // "my wife's been hitting me": before "been" or "got", 's is "has", whoever the noun is.
    .replace(/'s (been|got|gotten)\b/g, ' has $1')
    .replace(/\b(he|she|it|that|there|what|who)'s\b/g, '$1 is')
    .replace(/'/g, '');
}

/**
 * Contractions typed without an apostrophe and the text-speak that matters for safety. Ambiguous
 * forms stay as typed: "ill" (sick), "hell", "well", "shell", and "sh" (self-harm? shh? she?).
 */
const TEXT_SPEAK: Readonly<Record<string, readonly string[]>> = {
  im: ['i', 'am'], ive: ['i', 'have'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'],
  wont: ['will', 'not'], wouldnt: ['would', 'not'], couldnt: ['could', 'not'], shouldnt: ['should', 'not'],
  isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'],
  havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'], aint: ['is', 'not'],
  cannot: ['can', 'not'],
  whats: ['what', 'is'], thats: ['that', 'is'], theres: ['there', 'is'],
  hes: ['he', 'is'], shes: ['she', 'is'], theyre: ['they', 'are'], youre: ['you', 'are'],
  hed: ['he', 'would'], theyll: ['they', 'will'], theyd: ['they', 'would'],
  u: ['you'], ur: ['your'], r: ['are'], ppl: ['people'], bf: ['boyfriend'], gf: ['girlfriend'],
  hubby: ['husband'], fella: ['man'], bloke: ['man'], missus: ['wife'], bc: ['because'], bcuz: ['because'], cuz: ['because'], coz: ['because'],
  wanna: ['want', 'to'], gonna: ['going', 'to'], gotta: ['got', 'to'], tryna: ['trying', 'to'],
  tonights: ['tonight', 'is'], todays: ['today', 'is'],
  rn: ['right', 'now'], tonite: ['tonight'], '2nite': ['tonight'], '2day': ['today'],
  yrs: ['years'], yr: ['year'], yrold: ['year', 'old'],
  hav: ['have'], redy: ['ready'], rdy: ['ready'], wud: ['would'], cud: ['could'], wna: ['want', 'to'],
  no1: ['no', 'one'], noone: ['no', 'one'], nobdy: ['nobody'],
  kms: ['kill', 'myself'], unalive: ['kill'], unaliving: ['killing'], unalived: ['killed'],
  sewerslide: ['suicide'], selfharm: ['self', 'harm'], selfharming: ['self', 'harming'],
  od: ['overdose'], oding: ['overdosing'],
  stepdaddy: ['stepdad'], stepfather: ['stepdad'], stepmother: ['stepmom'], stepmum: ['stepmom'],
  mum: ['mom'], mommy: ['mom'], daddy: ['dad'], mums: ['moms'],
};

/** Words people split or euphemise: "my self", "sewer slide", "un alive". */
function joinSplitWords(text: string): string {
  return text
    // "my self harm" is the visitor's self-harm, not "myself harm".
    .replace(/\b(my|him|her|your) self\b(?! (?:harm|injur|mutilat))/g, '$1self')
    .replace(/\bsewer slide\b/g, 'suicide')
    .replace(/\bun alive\b/g, 'kill')
    .replace(/\bi m\b/g, 'i am')
    .replace(/\bstep (dad|mom|brother|sister|son|daughter)\b/g, 'step$1');
}
