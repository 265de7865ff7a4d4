/**
 * Words that say nothing about which question a visitor means: function words, question words,
 * auxiliaries and chat filler. Written for this domain rather than copied from a search engine's
 * list, which would drop words that carry meaning here: `alone`, `together`, `first`, `partner`,
 * `long`, `never`, `without`, `often`, `many`, `more`, `want`, `ask`, `tell`, `question`, `before`,
 * `after`, `during`, `again` stay.
 * Applied after lay phrases are found, so "how much" can still mean cost.
 */
const WORDS = `
a an the this that these those there here
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
one ones someone somebody something anyone anybody anything everyone everything
who whom whose which what whats when where why how whether
am is are was were be been being do does did doing done have has had having
will would shall should can could may might must ought
and or but nor if then else than so because as until while since though although
of at by for with about against between into through to from up down in out on off over under
above below further once
all any both each few most other some such only own same too very just also even
not no yes yeah yep ok okay
s t d ll m re ve
please thanks thank hi hello hey dear
like really actually basically literally maybe perhaps probably kind sort lot lots bit
quite rather pretty well totally honestly seriously anyway completely entirely absolutely utterly
get got gets getting go goes going went gone come comes coming came make makes made let lets
know knows knew thing things stuff way try tries tried trying
say says said wondering wonder curious
think thought mean means meant guess
lol omg haha hahaha tbh ngl idk btw fyi imo imho pls um uh hmm erm
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for words that carry no topic. Numbers are kept: they all stem alike (see `NUMBER_STEM`). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
