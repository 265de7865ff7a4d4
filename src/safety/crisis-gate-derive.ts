/**
 * Build-time only: derives the crisis gate's literals from the crisis rules (see crisis-gate.ts).
 * Imported by scripts/build-crisis-gate.ts and the tests, never by browser code: it pulls in
 * `@eslint-community/regexpp` (a devDependency) and the full rules.
 *
 * For every regex it computes a requirement: a set of literal strings at least one of which occurs
 * in any string the regex matches, or null when it knows none. Soundness is structural, every step
 * over-approximates what a node can match and never under-approximates it. Which of several sound
 * requirements is kept is a question of efficiency only, decided by a cost (see `GateCost`).
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import type { CrisisRule } from './crisis-rules.ts';
import { normaliseForSafety } from './normalise-for-safety.ts';

/** What one regex node can match, over-approximated. */
interface Info {
  /** Every string the node can match is in this set; null when the set is unknown or too large. */
  readonly exact: ReadonlySet<string> | null;
  /** Every match starts with one of these ({''} when nothing is known). */
  readonly prefix: ReadonlySet<string>;
  /** Every match ends with one of these ({''} when nothing is known). */
  readonly suffix: ReadonlySet<string>;
  /** Every match contains one of these (minimised, none shorter than MIN_LITERAL_LENGTH); null: none known. */
  readonly req: readonly string[] | null;
}

/** Exact sets larger than this (strings) are dropped: cross products of alternations grow fast. */
const MAX_EXACT = 256;
/** Character classes with more members than this are not expanded: "[a-z]" requires nothing. */
const MAX_CLASS = 10;
/** No literal shorter than this (characters) is ever used: it would let most text through. */
export const MIN_LITERAL_LENGTH = 3;

/**
 * Cost, in bytes of gate source, of one harmless background message let through. Higher buys a
 * more selective but larger gate; lower, a smaller gate that loads the rules more often.
 */
const LET_THROUGH_COST = 10;
/** Literals shorter than this (characters) are likely common in text the background lacks... */
const SHORT_LITERAL = 6;
/** ...so each character they are short of it costs this many bytes' worth. */
const SHORT_COST = 12;

const NOTHING_KNOWN: ReadonlySet<string> = new Set(['']);
const NONE: Info = { exact: null, prefix: NOTHING_KNOWN, suffix: NOTHING_KNOWN, req: null };
const EMPTY: Info = { exact: NOTHING_KNOWN, prefix: NOTHING_KNOWN, suffix: NOTHING_KNOWN, req: null };

/** Drops duplicates and every literal that contains another one: "contains any" is unchanged. */
export function minimiseLiterals(literals: Iterable<string>): string[] {
  const byLength = [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const kept: string[] = [];
  for (const literal of byLength) if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  return kept.sort();
}

/**
 * What a requirement costs the gate: its size as gate source, plus the harmless messages of
 * `background` (normalised text, e.g. the bundled FAQ's questions and answer sentences) it lets
 * through, plus a penalty for short literals. The cost only chooses among sound requirements: it
 * can make the gate larger or let more through, never miss a rule.
 */
export class GateCost {
  private readonly background: readonly string[];
  private readonly messagesWith = new Map<string, ReadonlySet<number>>();
  private readonly known = new Map<string, number>();

  constructor(background: readonly string[]) {
    this.background = background;
  }

  /** Indexes of the background messages containing `literal`. */
  private messagesContaining(literal: string): ReadonlySet<number> {
    let found = this.messagesWith.get(literal);
    if (found === undefined) {
      found = new Set(this.background.flatMap((message, index) => (message.includes(literal) ? [index] : [])));
      this.messagesWith.set(literal, found);
    }
    return found;
  }

  /** How many background messages contain one of `literals`. */
  letThrough(literals: readonly string[]): number {
    const messages = new Set<number>();
    for (const literal of literals) for (const index of this.messagesContaining(literal)) messages.add(index);
    return messages.size;
  }

  cost(literals: readonly string[]): number {
    const key = literals.join('\n');
    let cost = this.known.get(key);
    if (cost === undefined) {
      cost = gateSource(literals).length + LET_THROUGH_COST * this.letThrough(literals);
      for (const literal of literals) cost += SHORT_COST * Math.max(0, SHORT_LITERAL - literal.length);
      this.known.set(key, cost);
    }
    return cost;
  }
}

/** The cheapest usable requirement, ties to the earlier candidate. */
function cheapest(candidates: readonly (readonly string[] | null)[], cost: GateCost): readonly string[] | null {
  let chosen: readonly string[] | null = null;
  let chosenCost = Infinity;
  for (const candidate of candidates) {
    if (candidate === null || candidate.some((literal) => literal.length < MIN_LITERAL_LENGTH)) continue;
    const candidateCost = cost.cost(candidate);
    if (candidateCost < chosenCost) {
      chosen = candidate;
      chosenCost = candidateCost;
    }
  }
  return chosen;
}

/** {ab} × {c, d} = {abc, abd}; null past MAX_EXACT. */
function cross(left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> | null {
  if (left.size * right.size > MAX_EXACT * 4) return null;
  const product = new Set<string>();
  for (const a of left) for (const b of right) product.add(a + b);
  return product.size > MAX_EXACT ? null : product;
}

/** The union of `sets`; null past MAX_EXACT. */
function union(sets: readonly (ReadonlySet<string> | null)[]): ReadonlySet<string> | null {
  const all = new Set<string>();
  for (const set of sets) for (const s of set ?? []) all.add(s);
  return all.size <= MAX_EXACT ? all : null;
}

/** The requirement an exact set gives: itself, minimised; none if it holds ''. */
const reqOf = (exact: ReadonlySet<string>): string[] | null => (exact.has('') ? null : minimiseLiterals(exact));

class Deriver {
  constructor(private readonly gateCost: GateCost) {}

  private fromExact(exact: ReadonlySet<string>, ...alsoCandidates: (readonly string[] | null)[]): Info {
    return { exact, prefix: exact, suffix: exact, req: cheapest([...alsoCandidates, reqOf(exact)], this.gateCost) };
  }

  /**
   * One character, or a class of them, as the normalised text can contain it. Case-sensitive:
   * itself. Under `i`: the normalised text is lower-case ASCII (normaliseForSafety's contract,
   * checked by a test), where an ASCII character matches only its lower-case form; a non-ASCII one
   * (the Kelvin sign folds to "k") is not expanded.
   */
  private characters(codePoints: readonly number[], ignoreCase: boolean): Info {
    if (codePoints.length > MAX_CLASS) return NONE;
    const chars = new Set<string>();
    for (const codePoint of codePoints) {
      if (ignoreCase && codePoint > 0x7f) return NONE;
      const char = String.fromCodePoint(codePoint);
      chars.add(ignoreCase ? char.toLowerCase() : char);
    }
    return this.fromExact(chars);
  }

  alternation(alternatives: readonly AST.Alternative[], ignoreCase: boolean): Info {
    const infos = alternatives.map((alternative) => this.sequence(alternative.elements, ignoreCase));
    // An alternative with no requirement lets a match avoid every literal: so does the alternation.
    const req = infos.some((info) => info.req === null) ? null : minimiseLiterals(infos.flatMap((info) => info.req ?? []));
    const exact = infos.every((info) => info.exact !== null) ? union(infos.map((info) => info.exact)) : null;
    if (exact !== null) return this.fromExact(exact, req);
    return {
      exact: null,
      prefix: union(infos.map((info) => info.prefix)) ?? NOTHING_KNOWN,
      suffix: union(infos.map((info) => info.suffix)) ?? NOTHING_KNOWN,
      req: cheapest([req], this.gateCost),
    };
  }

  /**
   * A concatenation: a match contains a match of every part, so each part's requirement is a
   * candidate, and so is every cross product of adjacent parts: exact ones whole, and at either end
   * the suffix of the part before or the prefix of the part after ("(?:kill|end) myself" →
   * "kill myself" and "end myself", or "myself" alone). The cheapest wins. Products that start and
   * end at a word edge are tried first, the others (such as "ll mys") only when those give nothing.
   */
  private sequence(elements: readonly AST.Element[], ignoreCase: boolean): Info {
    const infos = elements.map((element) => this.element(element, ignoreCase));
    const n = infos.length;
    // A space, a zero-width assertion (\b, a lookaround) or a part not known exactly marks an edge.
    const isEdge = (i: number): boolean => {
      const exact = infos[i]?.exact;
      return exact === null || exact === undefined || (exact.size === 1 && (exact.has(' ') || exact.has('')));
    };
    const windows: { product: ReadonlySet<string>; edges: boolean }[] = [];
    for (let start = 0; start < n; start += 1) {
      const first = infos[start];
      if (first === undefined) continue;
      let product: ReadonlySet<string> | null = first.exact ?? first.suffix;
      const startsAtEdge = start === 0 || first.exact === null || isEdge(start - 1) || isEdge(start);
      for (let end = start + 1; end < n && product !== null; end += 1) {
        const next = infos[end];
        if (next === undefined) break;
        product = cross(product, next.exact ?? next.prefix);
        if (product === null) break;
        const endsAtEdge = end === n - 1 || next.exact === null || isEdge(end + 1) || isEdge(end);
        windows.push({ product, edges: startsAtEdge && endsAtEdge });
        if (next.exact === null) break;
      }
    }
    const parts = infos.map((info) => info.req);
    const edgeProducts = windows.filter((w) => w.edges).map((w) => reqOf(w.product));
    const req =
      cheapest([...parts, ...edgeProducts], this.gateCost) ??
      cheapest(windows.filter((w) => !w.edges).map((w) => reqOf(w.product)), this.gateCost);
    if (infos.every((info) => info.exact !== null)) {
      let whole: ReadonlySet<string> | null = NOTHING_KNOWN;
      for (const info of infos) whole = whole === null ? null : cross(whole, info.exact ?? NOTHING_KNOWN);
      if (whole !== null) return this.fromExact(whole, req);
    }
    return { exact: null, prefix: this.affix(infos, 'prefix'), suffix: this.affix(infos, 'suffix'), req };
  }

  /** What every match starts (or ends) with: exact parts multiplied up to the first other part. */
  private affix(infos: readonly Info[], side: 'prefix' | 'suffix'): ReadonlySet<string> {
    let affix: ReadonlySet<string> = NOTHING_KNOWN;
    for (const info of side === 'prefix' ? infos : infos.toReversed()) {
      const part = info.exact ?? info[side];
      const longer = side === 'prefix' ? cross(affix, part) : cross(part, affix);
      if (longer === null) return affix;
      affix = longer;
      if (info.exact === null) return affix;
    }
    return affix;
  }

  private quantifier(node: AST.Quantifier, ignoreCase: boolean): Info {
    if (node.max === 0) return EMPTY;
    const child = this.quantifiable(node.element, ignoreCase);
    if (child.exact?.size === 1 && child.exact.has('')) return EMPTY;
    if (child.exact !== null && Number.isFinite(node.max)) {
      // The union of child^k for k from min to max, when it stays small.
      const powers = new Set<string>();
      let power: Set<string> | null = new Set(['']);
      for (let k = 0; power !== null && k <= node.max; k += 1) {
        if (k >= node.min) for (const s of power) powers.add(s);
        power = powers.size > MAX_EXACT ? null : k < node.max ? cross(power, child.exact) : power;
      }
      if (power !== null) return this.fromExact(powers, node.min >= 1 ? child.req : null);
    }
    // At least one repetition: a match contains a match of the child, and starts and ends like one.
    if (node.min >= 1) return { exact: null, prefix: child.prefix, suffix: child.suffix, req: child.req };
    return NONE;
  }

  private quantifiable(element: AST.QuantifiableElement, ignoreCase: boolean): Info {
    switch (element.type) {
      case 'Character':
        return this.characters([element.value], ignoreCase);
      case 'CharacterClass': {
        const members = classMembers(element);
        return members === null ? NONE : this.characters(members, ignoreCase);
      }
      case 'CharacterSet':
        return element.kind === 'digit' && !element.negate ? this.characters(DIGITS, ignoreCase) : NONE;
      case 'Group': {
        const modifiers = element.modifiers;
        const caseless = modifiers === null ? ignoreCase : (ignoreCase || modifiers.add.ignoreCase) && modifiers.remove?.ignoreCase !== true;
        return this.alternation(element.alternatives, caseless);
      }
      case 'CapturingGroup':
        return this.alternation(element.alternatives, ignoreCase);
      // A lookahead consumes nothing, whatever it tests.
      case 'Assertion':
        return EMPTY;
      // A back-reference repeats a group's match: not followed here. Set expressions: not expanded.
      case 'Backreference':
      case 'ExpressionCharacterClass':
        return NONE;
    }
  }

  private element(element: AST.Element, ignoreCase: boolean): Info {
    if (element.type === 'Quantifier') return this.quantifier(element, ignoreCase);
    // Boundaries (\b, ^, $) and lookarounds are zero-width: they add no character to a match.
    if (element.type === 'Assertion') return EMPTY;
    return this.quantifiable(element, ignoreCase);
  }
}

const DIGITS = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];

/** Members of a class `[...]`, or null when it is negated, large or not a plain set of characters. */
function classMembers(node: AST.CharacterClass): number[] | null {
  if (node.negate) return null;
  const members: number[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') members.push(element.value);
    else if (element.type === 'CharacterClassRange') {
      if (element.max.value - element.min.value >= MAX_CLASS) return null;
      for (let c = element.min.value; c <= element.max.value; c += 1) members.push(c);
    } else if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) members.push(...DIGITS);
    else return null;
    if (members.length > MAX_CLASS) return null;
  }
  return members;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The literals one of which every match of `pattern` contains, minimised and sorted; null when the
 * derivation finds no requirement. Flags `g` and `y` only restrict where a match may start, `m` and
 * `s` change only assertions and `.`, `d` only reports indices: none can add a match.
 */
export function requiredLiterals(pattern: RegExp, cost: GateCost = new GateCost([])): readonly string[] | null {
  const literal = parser.parseLiteral(`/${pattern.source}/${pattern.flags}`);
  return new Deriver(cost).alternation(literal.pattern.alternatives, literal.flags.ignoreCase).req;
}

/** One rule's requirement: a rule fires only when every pattern in `all` matches, so any one will do. */
export interface RuleRequirement {
  readonly id: string;
  /** Index into the rule's `all` of the pattern the literals come from. */
  readonly pattern: number;
  readonly literals: readonly string[];
}

/**
 * The cheapest requirement of each rule. Throws, naming the rule, when no pattern of a rule has a
 * requirement of literals at least MIN_LITERAL_LENGTH long: a gate that could miss the rule must never
 * be produced. `unless` and `pastSilences` only silence a rule, so they are ignored.
 */
export function ruleRequirements(rules: readonly CrisisRule[], background: readonly string[]): RuleRequirement[] {
  const cost = new GateCost(background);
  return rules.map((rule) => {
    const perPattern = rule.all.map((pattern) => requiredLiterals(pattern, cost));
    const literals = cheapest(perPattern, cost);
    if (literals === null) {
      throw new Error(
        `Crisis gate: rule ${rule.id} has no pattern that requires a literal of ${MIN_LITERAL_LENGTH} or more characters; ` +
          'extend the derivation in src/safety/crisis-gate-derive.ts for its construct, or rewrite the rule.',
      );
    }
    return { id: rule.id, pattern: perPattern.indexOf(literals), literals };
  });
}

/** Every rule's literals in one list, minimised and sorted: the gate's data. */
export function deriveGateLiterals(rules: readonly CrisisRule[], background: readonly string[]): string[] {
  return minimiseLiterals(ruleRequirements(rules, background).flatMap((requirement) => requirement.literals));
}

/** One UTF-16 code unit as regex source: letters, digits and spaces as they are, the rest escaped. */
const escapeUnit = (unit: string): string => (/^[a-z0-9 ]$/.test(unit) ? unit : `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A regex source (no flags) that matches a text exactly when the text contains one of `literals`,
 * which must be minimised (so none is a prefix of another). The literals become a minimal acyclic
 * automaton (shared prefixes and suffixes merged), written out as nested alternations: between a
 * state and the next state every path from it passes through, the paths are alternatives, so
 * "(?:kill|end) myself" stays that short instead of listing every product. Works on UTF-16 code
 * units, as a regex without the `u` flag does.
 */
export function gateSource(literals: readonly string[]): string {
  if (literals.length === 0 || literals.includes('')) throw new Error('gateSource: needs at least one literal, none of them empty');
  interface TrieNode { readonly next: Map<string, TrieNode>; end: boolean }
  const root: TrieNode = { next: new Map(), end: false };
  for (const literal of literals) {
    let node = root;
    for (const unit of literal.split('')) {
      const child = node.next.get(unit) ?? { next: new Map(), end: false };
      node.next.set(unit, child);
      node = child;
    }
    node.end = true;
  }
  // Equal sub-tries become one state. Children get smaller ids than their parents.
  const states: { readonly edges: readonly (readonly [string, number])[]; readonly end: boolean }[] = [];
  const ids = new Map<string, number>();
  const state = (node: TrieNode): number => {
    const edges = [...node.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([unit, child]) => [unit, state(child)] as const);
    if (node.end && edges.length > 0) throw new Error(`gateSource: literals are not minimised (one is a prefix of another)`);
    const key = `${node.end ? '$' : ''}${edges.map(([unit, id]) => `${unit}${id}`).join(',')}`;
    const known = ids.get(key);
    if (known !== undefined) return known;
    states.push({ edges, end: node.end });
    ids.set(key, states.length - 1);
    return states.length - 1;
  };
  const start = state(root);
  const accept = ids.get('$') ?? -1;
  // Immediate post-dominators: the first state every path from a state to `accept` passes through.
  const through: number[] = [];
  const depth: number[] = [];
  for (let id = 0; id < states.length; id += 1) {
    if (id === accept) {
      through[id] = id;
      depth[id] = 0;
      continue;
    }
    let common = -1;
    for (const [, target] of states[id]?.edges ?? []) {
      if (common === -1) common = target;
      let other = target;
      while (common !== other) {
        if ((depth[common] ?? 0) >= (depth[other] ?? 0)) common = through[common] ?? accept;
        else other = through[other] ?? accept;
      }
    }
    through[id] = common;
    depth[id] = (depth[common] ?? 0) + 1;
  }
  const written = new Map<string, string>();
  /** Every path from state `from` to state `to`, which post-dominates it, as a regex. */
  const between = (from: number, to: number): string => {
    if (from === to) return '';
    const key = `${from} ${to}`;
    const known = written.get(key);
    if (known !== undefined) return known;
    const next = through[from] ?? accept;
    const unitsTo = new Map<number, string[]>();
    for (const [unit, target] of states[from]?.edges ?? []) unitsTo.set(target, [...(unitsTo.get(target) ?? []), escapeUnit(unit)]);
    const branches = [...unitsTo].map(([target, units]) => (units.length === 1 ? (units[0] ?? '') : `[${units.join('')}]`) + between(target, next));
    const source = (branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`) + between(next, to);
    written.set(key, source);
    return source;
  };
  return between(start, accept);
}

/**
 * Harmless sample text for `GateCost`: the questions, alternates and answer sentences of a FAQ file
 * (faq/en.json), normalised like the text the gate sees.
 */
export function faqBackground(faqJson: string): string[] {
  const file = JSON.parse(faqJson) as { entries?: { question?: unknown; alternates?: unknown; answer?: unknown }[] };
  const texts: string[] = [];
  for (const entry of file.entries ?? []) {
    if (typeof entry.question === 'string') texts.push(entry.question);
    if (Array.isArray(entry.alternates)) texts.push(...entry.alternates.filter((a): a is string => typeof a === 'string'));
    if (typeof entry.answer === 'string') texts.push(...entry.answer.split(/(?<=[.!?])\s+|\n+/));
  }
  return texts.map(normaliseForSafety).filter((text) => text !== '');
}
