/**
 * Words that never make a topic on their own, for grouping issues by key
 * phrase (topics.ts). Written the way the tokeniser produces words: lower
 * case, accents folded, apostrophes removed ("don't" → "dont").
 */

/**
 * Negations and "still": meaningless alone, but they make the problem
 * ("never arrived", "not working", "still waiting", "cant login"), so they
 * are kept as the FIRST word of a two-word phrase and dropped everywhere else.
 */
export const PHRASE_STARTERS: ReadonlySet<string> = new Set(
  `never not no cant cannot wont didnt doesnt dont isnt wasnt arent werent havent hasnt hadnt couldnt
  wouldnt shouldnt aint nothing nobody still`.split(/\s+/),
);

/** Common English function words, plus social-media and customer-service filler. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he hed hell hes her here heres hers herself him himself his how hows i id ill im ive if in into is it its
  itself lets me more most my myself nor of off on once only or other ought our ours ourselves out over own
  same she shed shell shes should so some such than that thats the their theirs them themselves then there
  theres these they theyd theyll theyre theyve this those through to too under until up very was we wed
  well were weve what whats when whens where wheres which while who whos whom why whys will with would you
  youd youll youre youve your yours yourself yourselves
  just really actually literally even ever yet already anyone anything everyone everything someone
  something one two get got getting gets go going gone goes went make made take took come came say said
  says tell told know think want wanted need needs like much many lot lots way thing things stuff also
  please pls plz thanks thank thx hi hello hey dear guys guy folks team yall ok okay yes yeah lol omg wtf
  today yesterday tomorrow tonight now day days week weeks month months year years hour hours minute
  minutes time times morning night last first next ago since back keep keeps kept keeping
  via amp rt dm dms`.split(/\s+/),
);
