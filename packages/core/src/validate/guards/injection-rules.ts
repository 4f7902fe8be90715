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
const OVERRIDE_VERB = '(?:ignore|disregard|forget|bypass|override|overlook|abandon|discard|neglect|set aside|throw out|skip)';
const PRIOR = '(?:previous|prior|above|earlier|preceding|former|original|initial|all|any|every|your|system|these|those|existing|developer|safety|the)';
const INSTRUCTIONS =
  '(?:instructions?|prompts?|rules|directions|directives?|guidelines|guardrails|constraints|programming|policies|policy|restrictions|safeguards|filters|training|system message|commands)';
const REVEAL = '(?:reveal|show|print|repeat|output|display|tell me|give me|leak|dump|disclose|write out|spell out|recite|echo|paste|copy|read me|read out)';
const SECRET_PROMPT =
  '(?:system prompt|system message|initial prompt|initial instructions|hidden prompt|hidden instructions|secret instructions|developer message|developer prompt|your instructions|your prompt|your rules|everything above|text above|the words above|your configuration|stored configuration|internal configuration|confidential instructions)';

const rules: [name: string, weight: number, source: string, triggers: string][] = [
  ['override-instructions', 1, `\\b${OVERRIDE_VERB}\\b${GAP}\\b${PRIOR}\\b${SHORT}\\b${INSTRUCTIONS}\\b`, 'ignore disregard forget bypass override overlook abandon discard neglect aside throw skip'],
  ['forget-everything', 1, `\\b(?:forget|ignore|disregard) (?:everything|all of (?:that|this|it)|what)\\b${SHORT}\\b(?:above|before|earlier|previously|so far|you (?:were|have been|are) told)\\b`, 'forget ignore disregard'],
  ['do-not-follow', 1, `\\b(?:do not|don't|dont|never|stop|no longer)\\b (?:follow|obey|listen to|comply with|adhere to|respect)(?:ing)?\\b${SHORT}\\b(?:instructions|rules|guidelines|system|developer|policies|previous|prior|safety)\\b`, 'follow following obey obeying listen listening comply complying adhere adhering respect respecting'],
  ['reveal-prompt', 1, `\\b${REVEAL}\\b${GAP}\\b${SECRET_PROMPT}\\b`, 'prompt message instructions rules above configuration'],
  ['what-is-prompt', 1, `\\bwhat (?:is|are|was|were) your (?:system prompt|initial instructions|hidden instructions|original instructions|secret instructions|instructions|prompt)\\b`, 'prompt instructions'],
  ['persona-unrestricted', 1, `\\b(?:you are|you're|act as|pretend (?:to be|you are)|roleplay as|behave as|become|you will be|from now on you)\\b${SHORT}\\b(?:dan|jailbroken|unfiltered|uncensored|unrestricted|evil|amoral|developer mode|god mode|without (?:any )?(?:rules|restrictions|limits|filters))\\b`, 'dan jailbroken unfiltered uncensored unrestricted evil amoral developer god without'],
  ['jailbreak-words', 0.6, `\\b(?:jailbreak|jailbroken|developer mode|dan mode|do anything now|god mode|sudo mode|unrestricted mode)\\b`, 'jailbreak jailbroken developer dan anything god sudo unrestricted'],
  ['no-restrictions', 0.5, `\\b(?:without|no|free of|free from) (?:any )?(?:restrictions|filters|limitations|censorship|safety guidelines|content policy|guardrails|ethical guidelines)\\b`, 'restrictions filters limitations censorship safety content guardrails ethical'],
  ['instructions-void', 1, `\\b(?:previous|prior|above|earlier|original|old|your) (?:instructions|rules|guidelines|prompt|directives) (?:are|were|have been|is) (?:void|cancelled|canceled|revoked|obsolete|replaced|overridden|no longer (?:valid|apply|in effect)|updated|null)\\b`, 'void cancelled canceled revoked obsolete replaced overridden longer updated null'],
  ['new-instructions', 0.6, `\\b(?:new|updated|real|actual|revised|true|override) (?:instructions|rules|system prompt|directives|task)\\s*[:\\-]`, 'instructions rules prompt directives task'],
  ['role-markers', 1, `<\\|im_start\\|>|<\\|system\\|>|<\\|endoftext\\|>|\\[inst\\]|<<sys>>|</?system>|\\[system\\]|\\bsystem override\\b|\\badmin override\\b|#{2,} ?(?:system|instruction)`, '< [ # override'],
  ['fake-role-line', 0.6, `(?:^|\\n|\\. )\\s*(?:system|assistant|developer|admin|administrator)\\s*:\\s*\\S`, 'system assistant developer admin administrator'],
  ['address-ai', 0.5, `\\b(?:attention|note to|message to|hey|dear|instructions? for|important for)\\b${SHORT}\\b(?:ai|assistant|llm|chatbot|language model|gpt|claude|agent|ai model)\\b`, 'ai assistant llm chatbot language gpt claude agent model'],
  ['exfiltrate', 0.6, `\\b(?:send|forward|email|post|upload|exfiltrate|transmit|leak|include)\\b${GAP}\\b(?:api keys?|credentials|passwords?|secrets?|access tokens?|conversation history|chat history|system prompt|private keys?|user data)\\b`, 'send forward email post upload exfiltrate transmit leak include'],
  ['exfiltrate-url', 0.5, `\\b(?:send|forward|post|upload|transmit|fetch|visit|navigate to|append)\\b${GAP}(?:https?://|www\\.|\\S+@\\S+\\.\\w)`, '*http *www. @'],
  ['instead-do', 0.4, `\\b(?:instead|from now on|going forward|henceforth)\\b${SHORT}\\b(?:say|respond with|reply with|answer with|output|print|only say)\\b`, 'instead now forward henceforth'],
  ['decode-and-follow', 0.5, `\\b(?:decode|base64)\\b${GAP}\\b(?:follow|execute|obey|do what it says|run)\\b`, 'decode base64'],
  ['priority-claim', 0.5, `\\b(?:highest priority|top priority|takes precedence|supersedes|overrides? (?:all|any|every))\\b`, 'priority precedence supersedes override overrides'],
];

export const BUILT_IN_RULES: readonly WeightedRule[] = rules.map(([name, weight, source, triggers]) => ({
  name,
  weight,
  regex: new RegExp(source),
  triggers: triggers.split(' '),
}));
