/**
 * Issue cues for classifyPost: the phrases by which customers describe a
 * problem. Each row is one pattern over the normalised text (lower case, no
 * apostrophes, no accents: "hasn't" is written "hasnt"). A reviewer should be
 * able to read every decision off this table.
 *
 * - urgent: also raises urgency (money, churn, legal, safety, lost orders).
 * - weak: a shape that is often, not always, a problem ("wrong grind" may be
 *   the buyer's own mistake): decides only when the post is not a question
 *   and its sentiment is not clearly positive.
 * - negatable: an evaluation that "no/not/never/cant/zero/without" turns
 *   around ("no complaints", "not a single problem"). Events are never
 *   negatable: "no refund" is still about a refund.
 */
export interface Cue {
  re: RegExp;
  urgent?: boolean;
  weak?: boolean;
  negatable?: boolean;
}

/** Whole-word match even where a pattern starts or ends with a symbol. */
export const pattern = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');

const cue = (source: string, flags: Omit<Cue, 're'> = {}): Cue => ({ re: pattern(source), ...flags });
const URGENT = { urgent: true };
const WEAK = { weak: true };

const NUM = '(?:\\d+|an?|one|two|three|four|five|six|ten|twenty|thirty|forty|several)';

export const ISSUE_CUES: readonly Cue[] = [
  // Orders that did not come, came late, or came wrong.
  cue('never (?:arrived|came|showed(?: up)?|got here|received it|got it|delivered)', URGENT),
  cue('(?:hasnt|havent|didnt|has not|have not|did not|isnt|wasnt|still not|not yet) (?:yet )?(?:arrived|shown up|showed up|come|been delivered|delivered|here|received)', URGENT),
  cue('(?:says|said|shows|showed|marked)(?: it| my order| the order)?(?: was| as)? (?:delivered|handed to|picked up|complete)'),
  cue('still (?:waiting|nothing|no|not|standing|hasnt|havent|cant|doesnt|broken|missing|bill|billing|charging)|unresolved|never went through|didnt go through'),
  cue('(?:where|wheres)(?: is)? my (?:order|package|parcel|delivery|refund|money|beans|drink|coffee|stuff|box|subscription|points)|is any(?:one|body) (?:even )?(?:working|there|listening|home|reading)'),
  cue(`(?:been|keep|kept) waiting|waited (?:over |for |almost |nearly )?${NUM} (?:more )?(?:min|mins|minutes|hours?|days?|weeks?)`),
  cue('(?:arrived|showed up|came|turned up|delivered|opened)(?: \\S+){0,3} (?:late|after the)|late (?:delivery|deliveries|order|again)'),
  cue('delay(?:ed|s)?|behind schedule|late for (?:work|school|a|my|the)', WEAK),
  cue(`(?:take|takes|took|taking) (?:over |almost |nearly )?${NUM} (?:min|mins|minutes|hours?|days?|weeks?)|${NUM} (?:min|mins|minutes|hours|days|weeks) for (?:a|an|my|one|the)`, WEAK),
  cue('(?:make|made|making) (?:me|us) wait|(?:didnt|did not|never) (?:get|receive|got)|doesnt exist|(?:trying|tried) to (?:reach|contact|get (?:through|hold))', WEAK),
  cue('(?:didnt|did not|never) (?:order|ask for|sign(?:ed)? up|authori[sz]e|agree to)', URGENT),
  cue('missed (?:deliveries|delivery|orders?|appointments?)|unanswered|unreturned', { negatable: true }),
  cue('wrong (?:order|item|blend|grind|size|drink|address|product|beans|coffee|milk|charge|amount)', WEAK),
  cue('(?:have been|has been|was|were|are|is) wrong|someone elses (?:order|drink)|(?:someone|somebody) (?:took|stole|grabbed) my'),
  cue('(?:asked for|ordered|paid for)(?: \\S+){1,5},? (?:and |but )?(?:was |were )?(?:\\S+ )?(?:got|given|received|gave me|sent me)|short.?(?:shipped|changed)|shorted|(?:gave|got|sent|served|given)(?: me| us)?(?: \\S+){1,3} instead of'),
  cue('forgot (?:the|to|my)|left out', WEAK),
  cue('lost (?:my|our|the|a|an) (?:order|package|parcel|bag|luggage|points|money)|(?:got|was|were|been) lost|missing(?! out)|disappeared|vanished', URGENT),
  // Damaged or bad product.
  cue('broken|broke|damaged|crushed|smashed|cracked|leaking|leaked|split open|torn|spilled|ripped|dented|popped off|leaks?|(?:threw|thrown|tossed|dumped) (?:my|our|the)'),
  cue('stale|burnt|burned|moldy|mouldy|rancid|expired|spoiled|sour|undrinkable|inedible|lukewarm|cold coffee|tastes? like (?:dish soap|soap|burnt|water|dirt|cardboard|nothing|plastic|metal|chemicals|ash)|tasted like (?:dish soap|soap|burnt|water|dirt|cardboard|nothing|plastic|metal|chemicals|ash)|half (?:empty|missing|melted|spilled)|tastes? (?:off|awful|terrible|weird)'),
  cue('dirty|filthy|sticky|gross|nasty|smelly|unhygienic|not (?:drinking|eating|touching) (?:that|this|it)|watered down|(?:gone|going) downhill|impossible to (?:reseal|open|close|use|reach|contact|cancel|get|find|read|navigate)'),
  cue('allerg(?:y|ies|ic)|lactose intolerant|celiac', { urgent: true, weak: true }),
  cue('weird|strange smell|smells? (?:off|bad|weird)', WEAK),
  cue('(?:plastic|hair|glass|metal|bug|insect) in (?:my|the|our)|food poisoning|allergic reaction|(?:got|made me|made us) sick|hospitali[sz]ed|(?:in|to) the er|emergency room|ambulance|epipen|anaphyla\\w*', URGENT),
  cue('it (?:was|is) not[.!]|it wasnt[.!]|they (?:were|are) not[.!]|no luck', WEAK),
  // A curt one-word verdict closing the post ("I'm lactose intolerant. Great."): sarcastic
  // after a complaint, sincere after praise, so weak (clearly positive posts ignore it).
  cue('(?<=[.!?] )(?:great|perfect|awesome|cool(?: cool)?|wonderful|fantastic|lovely|nice|impressive|love that|thanks a lot)[.!]*$', WEAK),
  // Money.
  cue('refunds?|refunded|chargeback|money back|owes? (?:me|us)|my bank|dispute', URGENT),
  cue('charged (?:me |us |(?:my|our)(?: \\S+){1,2} )?(?:twice|double|again|for)|double.?charg(?:ed|es?)|overcharged|billed (?:twice|again|for)|(?:took|taken) (?:my |our )?(?:money|\\$\\d+)', URGENT),
  cue('(?:raised|raising|hiked|increased|doubled)(?: the| their| your)? prices?|prices? (?:hike|increase|went up)|made the \\S+ smaller|(?:got|getting|are|is) smaller|prices? keeps? going up|(?:doubled|tripled) the (?:time|cost|price|wait)|shrinkflation|overpriced|rip.?off'),
  cue('\\$\\d+(?:\\.\\d\\d)? for an? (?:\\S+ )?(?:latte|coffee|drink|cup|bag|muffin)|(?:jumped|jump|went up|increased|rose) from \\$\\d+', WEAK),
  cue('being billed|billed (?:me|us)', WEAK),
  cue('quietly (?:removed|changed|raised|dropped|cut)|without (?:notice|warning|telling)|(?:no|zero) (?:notice|warning|heads up)', WEAK),
  // Service that does not answer.
  cue('(?:no|zero|without any|without a) (?:reply|replies|response|answer|callback|call back|follow.?up|technicians?|help|update)'),
  cue('(?:nobody|no one|noone)(?: \\S+){0,3} (?:answers|answered|responds|responded|has responded|replies|replied|helps|helped|cares|knows|knew|behind|seems to own|picks up|called)|no explanation|(?:get|reach|talk to|speak to) a (?:human|real person)'),
  cue('(?:wont|doesnt|didnt|never|dont) (?:answer|respond|reply|call back|get back|pick up)|ignor(?:ed|ing|es)|on hold|call dropped|hung up|copy.?paste'),
  cue('rude|rolled (?:her|his|their) eyes|attitude|loops? (?:me )?back|is there a human|voicemail|stop (?:emailing|texting|calling|charging|sending)|spam\\w*|(?:pls|please) fix|fix (?:the|your|this) (?:app|site|website|machine|system)'),
  cue('(?:hope|hoping) (?:someone|somebody|anyone)(?: \\S+){0,4} (?:sees|reads) this|tried (?:to \\S+ )?(?:\\S+ ){0,4}(?:\\d+|three|four|five|several|multiple) times', WEAK),
  cue('(?:emailed|called|messaged|contacted|dmd)(?: \\S+){0,4} (?:support|customer service|customer care)', WEAK),
  // Things that do not work.
  cue('(?:isnt|is not|not|doesnt|does not|dont|wont|stopped|never) work(?:s|ing|ed)?|(?:logs?|logged|kicks?|kicked) (?:me )?out|crash(?:es|ed|ing)?|glitch\\w*|buggy|error|invalid'),
  cue('(?:is|was|been|went|are) down(?: since| again| for)|out of (?:service|order|stock)|(?:ran|run|runs|running|is|are|was|were)(?: always| permanently| constantly| already| often)? out of'),
  cue('(?:wont|doesnt|didnt|will not|does not) let me|keeps? (?:rejecting|declining|crashing|failing|freezing|charging|cancell?ing|deleting|spinning|loading)|(?:loading|spinning) forever|(?:card|payment) (?:was |got |keeps getting )?(?:declined|rejected)'),
  cue('cant (?:even )?(?:log ?in|sign in|reorder|order|pay|check ?out|place|find|use|get|access)', WEAK),
  // Evaluations: what an unhappy customer calls it.
  cue('disappoint\\w*|frustrat\\w*|unacceptable|terrible|awful|horrible|horrendous|worst|ridiculous|(?:a|such a|total|complete) joke|ruined|furious|livid|angry|annoyed|fed up|sick (?:and tired )?of|unhappy|pathetic|useless|chaos|nightmare|disgusting|sneaky|shady', { negatable: true }),
  cue('complain(?:t|ts|ing)?|problems?|issues? with|an issue|messed up|let (?:me|us) down|poor (?:service|quality)|bad (?:service|experience)', { negatable: true }),
  cue('not (?:a |very )?(?:happy|impressed|great|good|ok|okay|acceptable|cool|what we expected)|not the \\S+ (?:i|we) (?:know|knew|love|loved)|how is (?:that|this) (?:even )?(?:possible|ok|okay|acceptable|legal)'),
  // Churn and warnings to others.
  cue('never again|lost a customer|not (?:buying|ordering|coming|going) (?:back|again)|(?:do not|dont|never) (?:order|buy|shop)|stay away|(?:reviewing|considering|looking at) alternatives|used to (?:love|like|be (?:so|really|much|great|good|better|amazing|my favou?rite))', URGENT),
  cue('cancel\\w*|unsubscrib\\w*', { urgent: true, weak: true }),
  cue('switching to|avoid|bring back the old', WEAK),
  cue('(?:reset|wiped|deleted|erased) (?:all )?my|stopped (?:using|buying|ordering|going)'),
  // Legal and fraud.
  cue('scam\\w*|fraud\\w*|lawyers?|attorney|sue|suing|lawsuit|small claims|bbb|better business bureau|report(?:ing)? (?:this|you|them)|health (?:department|inspector)', URGENT),
  // Repetition and exasperation: a problem told for the nth time.
  cue(`(?:second|third|fourth|2nd|3rd|4th|\\d+th) time|in a row|(?:twice|again) this (?:week|month)|every single (?:time|day|morning|visit|login|week)|(?:sent|made|left) (?:\\d+|three|four|five|several|multiple) (?:emails|calls|messages|voicemails)|(?:every|each) (?:single )?time[.!]|${NUM} (?:days|weeks|months) running|keeps? (?:happening|saying)|come on|anymore`, WEAK),
];

/** Sarcasm that turns praise words into a complaint ("great, another late delivery"). */
export const SARCASM_CUES: readonly RegExp[] = [
  pattern('thanks for nothing|so much for|yeah right|love that for (?:me|us)'),
  pattern('(?:oh |just )?(?:great|perfect|wonderful|fantastic|brilliant|awesome|love it),? (?:another|again|just what)'),
  pattern('love (?:how|that)(?: \\S+){0,10} (?:before|never|still|not|even)'),
];

/** Outcome words that mean an earlier problem was put right: a story of good service. */
export const RESOLVED_CUES: readonly RegExp[] = [
  pattern('fix(?:ed|es)? (?:it|them|problems|the problem|everything)|sorted (?:it|me|us|out)|resolved|solved|made it right|took care of|made my (?:\\S+ )?(?:day|morning|week)(?: \\S+){0,3} better|turned (?:it|my \\S+|things) around'),
  pattern('(?:replacement|new one) (?:shipped|sent|arrived)|sent (?:me |us )?(?:a|an) (?:new|replacement)|right away|no questions asked'),
  pattern(`(?:in|within|under) ${NUM} (?:min|mins|minutes|hours?)|apolog\\w+|before we (?:even )?noticed`),
  pattern('(?:brought|sent|gave|made) (?:me|us|him|her|them) (?:a )?(?:new|fresh|replacement|another)|restored|saved the day|came to the rescue|above and beyond'),
];

/** Words that turn a following evaluation around ("no complaints", "not a single problem"). */
export const NEGATORS = /(?:^|\s)(?:no|not|never|cant|cannot|zero|without|nothing|none|nor|hardly)(?:\s+\S+){0,2}\s*$/;
