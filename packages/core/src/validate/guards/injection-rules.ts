import { FAMILY_RULES, type RuleRow } from './injection-families.js';
import { MULTILINGUAL_RULES } from './injection-multilingual.js';

/** A weighted rule over normalised (lower-case, folded) text. */
export interface WeightedRule {
  readonly name: string;
  readonly regex: RegExp;
  readonly weight: number;
  /**
   * Words one of which the text must contain for the rule to be able to match (or, starting with a
   * non-letter, substrings): a word-set lookup rejects most texts before any regex runs. None: always run.
   */
  readonly triggers?: readonly string[];
}

// Every built-in pattern runs in linear time: single-level alternations of literals and bounded gaps
// (`[^.!?\n]{0,40}`) that never nest quantifiers, so a hostile text cannot make them backtrack.
const GAP = '[^.!?\\n]{0,40}';
const SHORT = '[^.!?\\n]{0,20}';
const OVERRIDE_VERB =
  '(?:ignore|ignoring|disregard|disregarding|forget|forgetting|bypass|bypassing|override|overriding|overlook|abandon|discard|neglect|set aside|throw out|skip|pay no attention to|stop paying attention to)';
// Verbs that also restate ordinary text: only with the model's own instructions as the object.
const RESTATE = '(?:write|list|translate|summari[sz]e|paraphrase|quote|encode|rewrite|explain)';
const OWN_PROMPT =
  '(?:your (?:system prompt|system message|instructions|initial instructions|hidden instructions|original instructions|prompt|rules|guidelines|configuration)|(?:instructions|rules|prompt|guidelines|directives) you (?:received|were given|got|follow|are following|have been given|were told))';

const rules: [name: string, weight: number, source: string, triggers: string][] = [
  ['forget-everything', 1, `\\b${OVERRIDE_VERB} (?:everything|anything|whatever|all of (?:that|this|it)|what)\\b${SHORT}\\b(?:above|before|earlier|previously|so far|instructed|told|taught|given|configured|programmed|trained)\\b`, 'ignore ignoring disregard disregarding forget forgetting bypass bypassing override overriding overlook abandon discard neglect aside throw skip attention'],
  ['do-not-follow', 1, `\\b(?:do not|don't|dont|never|stop|no longer)\\b (?:follow|obey|listen to|comply with|adhere to|respect)(?:ing)?\\b${SHORT}\\b(?:instructions|rules|guidelines|system|developer|policies|policy|guardrails|programming|previous|prior|safety)\\b`, 'follow following obey obeying listen listening comply complying adhere adhering respect respecting'],
  ['what-is-prompt', 1, `\\bwhat (?:is|are|was|were) your (?:system prompt|initial instructions|hidden instructions|original instructions|secret instructions|instructions|prompt)\\b`, 'prompt instructions'],
  ['persona-unrestricted', 0.4, `\\b(?:you are|you're|act as|acting as|pretend (?:to be|you are)|roleplay as|behave as|become|you will be|from now on you|you must now|switch into|switch to|enter|adopt|assume|take on)\\b${GAP}\\b(?:dan|jailbroken|unfiltered|uncensored|unrestricted|amoral|(?:without|without any|no|zero) (?:rules|restrictions|limits|limitations|filters|boundaries|guidelines|censorship)|never (?:given|bound by|trained with) (?:any )?(?:rules|guidelines|restrictions|instructions))\\b`, 'dan jailbroken unfiltered uncensored unrestricted amoral without no zero never'],
  ['jailbreak-words', 0.6, `\\b(?:jailbreak|jailbroken|developer mode|dan mode|do anything now|god mode|sudo mode|unrestricted mode)\\b`, 'jailbreak jailbroken developer dan anything god sudo unrestricted'],
  ['instructions-void', 1, `\\b(?:previous|prior|above|earlier|original|old|your) (?:instructions|rules|guidelines|prompt|directives) (?:are|were|have been|is) (?:void|cancelled|canceled|revoked|obsolete|replaced|overridden|no longer (?:valid|apply|in effect)|updated|null|outdated|invalid|suspended|disabled|lifted|irrelevant|superseded)\\b`, 'void cancelled canceled revoked obsolete replaced overridden longer updated null outdated invalid suspended disabled lifted irrelevant superseded'],
  ['new-instructions', 0.6, `\\b(?:new|updated|real|actual|revised|true|override) (?:instructions|rules|system prompt|directives|task)\\s*[:\\-]`, 'instructions rules prompt directives task'],
  ['exfiltrate', 0.6, `\\b(?:send|forward|email|post|upload|exfiltrate|transmit|leak|include)\\b${GAP}\\b(?:api keys?|credentials|passwords?|secrets?|access tokens?|session tokens?|cookies|conversation history|chat history|chat logs?|conversation logs?|transcripts?|full conversation|system prompt|private keys?|user data)\\b`, 'send forward email post upload exfiltrate transmit leak include'],
  ['exfiltrate-url', 0.5, `\\b(?:send|forward|email|mail|post|upload|transmit|exfiltrate|fetch|visit|navigate to|append|link to)\\b${GAP}(?:https?://|www\\.|\\S+@\\S+\\.\\w)`, '*http *www. @'],
  ['instead-do', 0.4, `\\b(?:instead|from now on|going forward|henceforth)\\b${SHORT}\\b(?:say|respond with|reply with|answer with|output|print|only say)\\b`, 'instead now forward henceforth'],
  ['decode-and-follow', 0.5, `\\b(?:decode|base64)\\b${GAP}\\b(?:follow|execute|obey|do what it says|run)\\b`, 'decode base64'],
  ['priority-claim', 0.5, `\\b(?:highest priority|top priority|takes precedence|supersedes|overrides? (?:all|any|every))\\b`, 'priority precedence supersedes override overrides'],
  ['restate-prompt', 1, `\\b${RESTATE}\\b${SHORT}\\b${OWN_PROMPT}\\b`, 'write list translate summarise summarize paraphrase quote encode rewrite explain'],
  ['disable-safety', 1, `\\b(?:drop|disable|remove|lift|turn off|deactivate|switch off|suspend|relax|loosen)\\b${SHORT}\\byour (?:guardrails|filters|safety|restrictions|rules|guidelines|content policy|policies|instructions|programming|safeguards|limits)\\b`, 'drop disable remove lift turn deactivate switch suspend relax loosen'],
  ['ignore-user', 0.6, `\\b(?:ignore|ignoring|disregard|disregarding) (?:the|this) user\\b`, 'ignore ignoring disregard disregarding'],
  ['new-directive', 0.6, `\\byour (?:new|updated|real|actual|true) (?:directive|directives|instructions|rules|task|purpose|goal|mission|orders)\\b`, 'new updated real actual true'],
  ['told-not-to', 1, `\\bwhat (?:were|have) you (?:been )?(?:told|instructed|asked|programmed) (?:not to|never to|to never|to keep)\\b`, 'told instructed asked programmed'],
  ['context-above', 1, `\\b(?:text|everything|what|whatever|words|content|anything) (?:that )?(?:sits|appears|is|comes|came|was written) (?:above|before) (?:this|my|the) (?:first )?(?:message|conversation|chat|prompt)\\b`, 'above before'],
  ['overrides-config', 1, `\\b(?:overrides?|supersedes?|takes precedence over) (?:your|all|any|every)(?: previous| prior| other| existing)? (?:configuration|instructions|system prompt|rules|guidelines|programming|settings|directives)\\b`, 'override overrides supersede supersedes precedence'],
  ['safety-off', 0.6, `\\b(?:safety|content|moderation) (?:layer|filters?|mode|system|guidelines|policy|checks) (?:is |are |has been |have been )?(?:disabled|off|deactivated|removed|lifted|suspended)\\b`, 'disabled off deactivated removed lifted suspended'],
  ['higher-priority', 0.6, `\\b(?:higher|greater|more) (?:priority|precedence|authority) than\\b`, 'priority precedence authority'],
  ['reassign-job', 1, `\\b(?:never mind|nevermind|forget about|regardless of) (?:what|how|whatever) you (?:were|are|have been) (?:set up|told|instructed|programmed|configured|designed|built|asked|supposed)\\b`, 'mind nevermind forget regardless'],
  ['only-job', 0.6, `\\byour (?:only|sole|one|new|real) (?:job|task|purpose|goal|role|mission) (?:now )?is\\b`, 'only sole one new real'],
  ['counterfactual-safety', 1, `\\b(?:as if|pretend|imagine|assume)\\b${GAP}\\b(?:safety training|your training|your rules|your guidelines|your restrictions|content filters|filters|guardrails|restrictions|policies|safety rules)\\b${SHORT}\\b(?:never|don't|do not|didn't|did not|no longer|are off|were off|switched off|turned off|disabled|removed|gone|lifted)\\b`, 'if pretend imagine assume'],
  ['not-bound', 1, `\\byou(?: are|'re) (?:no longer|not) (?:bound|restricted|limited|constrained|governed) by\\b`, 'bound restricted limited constrained governed'],
  ['free-from', 0.6, `\\byou(?: are|'re) (?:now )?free (?:from|of) (?:your|all|any|the)\\b`, 'free'],
  ['may-now', 0.4, `\\byou (?:may|can|are allowed to|are free to) now\\b`, 'may can allowed free'],
  ['context-start', 1, `\\b(?:first|earliest|opening|initial) (?:words|lines|sentences?|message|text|tokens)\\b${SHORT}\\b(?:your (?:context|prompt|memory|instructions)|this conversation)\\b`, 'first earliest opening initial'],
  ['without-your-limits', 1, `\\bwithout your (?:usual |normal |standard |regular )?(?:restrictions|filters|limitations|rules|guidelines|safety|guardrails|censorship|policies)\\b`, 'without'],
  ['prefix-forcing', 0.6, `\\b(?:start|begin|prefix) your (?:reply|response|answer|output) with\\b`, 'start begin prefix'],
  ['mentions-system-prompt', 0.4, `\\b(?:system prompt|initial instructions|hidden instructions|secret instructions)\\b`, 'prompt instructions'],
  ['allegiance', 0.5, `\\b(?:obey|serve|listen to|answer to) (?:only )?me\\b|\\byour (?:true|real|actual) (?:purpose|goal|master|instructions|creator)\\b`, 'obey serve listen answer true real actual'],
  ['tool-hijack', 0.5, `\\b(?:call|invoke|run|execute|trigger) the [a-z0-9_ ]{1,40} (?:tool|function)\\b`, 'call invoke run execute trigger'],
  ['verbatim', 0.3, `\\b(?:verbatim|word for word|letter by letter|exactly as (?:written|given))\\b`, 'verbatim word letter exactly'],
];

const rows: RuleRow[] = [...rules.map(([name, weight, source, triggers]): RuleRow => [name, weight, source, triggers.split(' ')]), ...FAMILY_RULES, ...MULTILINGUAL_RULES];

export const BUILT_IN_RULES: readonly WeightedRule[] = rows.map(([name, weight, source, triggers]) => ({
  name,
  weight,
  regex: new RegExp(source),
  triggers,
}));
