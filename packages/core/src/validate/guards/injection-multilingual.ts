import unhomoglyph from 'unhomoglyph';
import type { RuleRow } from './injection-families.js';

/**
 * Override and prompt-leak phrasings in the languages most injections arrive in besides English. Patterns
 * are written in each language's own script and passed through the same folding as scanned text (so a
 * Cyrillic word folded to its Latin look-alikes by unhomoglyph still matches). Verbs and objects are stems
 * where the language inflects them; the two must stand in one clause (a bounded gap), in either order where
 * the language puts the object first.
 */
export interface Family {
  readonly verbs: readonly string[];
  readonly objects: readonly string[];
  /** 'vo': verb before object only; 'both': either order (SOV languages, passive phrasings). */
  readonly order: 'vo' | 'both';
  /** Characters allowed between them. */
  readonly gap: number;
  /** Which list the triggers come from: the one whose entries are rarer words. */
  readonly trigger: 'verbs' | 'objects';
  /**
   * Articles and possessives of the language, one of which must stand between verb and object: French
   * "ignore" and "instructions" are English words too, and "ignore its previous instructions" is not French.
   */
  readonly dets?: readonly string[];
}

/**
 * What normalise.ts makes of a literal (NFKC, lower case, unhomoglyph on non-ASCII runs; guards.test.ts checks
 * the two agree on every entry). Repeated here rather than calling normalisedForms at load: feeding it
 * hundreds of non-Latin strings before any request trains its inline caches on them and slows the ASCII
 * texts most requests carry.
 */
export const foldLiteral = (p: string): string =>
  p.normalize('NFKC').toLowerCase().replace(/[\u0080-\uFFFF]+/g, (run) => unhomoglyph(run)).replace(/\s+/g, ' ');
const fold = foldLiteral;
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const LATIN = /^[a-z]/;

/** An entry ending in '-' is a stem, matched as a prefix; any other Latin entry is a whole word or phrase. */
function entry(p: string): { folded: string; stem: boolean } {
  const stem = p.endsWith('-');
  return { folded: fold(stem ? p.slice(0, -1) : p), stem };
}

function pattern(list: readonly string[]): string {
  return `(?:${list
    .map((p) => {
      const { folded, stem } = entry(p);
      // Other scripts have no word characters for \b to see: their entries match as substrings.
      if (!LATIN.test(folded)) return escape(folded);
      return `\\b${escape(folded)}${stem || !/[a-z0-9]$/.test(folded) ? '' : '\\b'}`;
    })
    .join('|')})`;
}

/**
 * For each entry, a word the text must then contain: its longest whole ASCII word (a token the rule
 * engine's word lookup sees), or, when it has none of three letters or more, the folded entry's first
 * space-free chunk as a substring (cheap on ASCII text: a needle outside Latin-1 fails at once).
 */
function triggers(list: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of list) {
    const { folded, stem } = entry(p);
    let best = '';
    if (LATIN.test(folded)) {
      for (const m of folded.matchAll(/[a-z0-9]+/g)) {
        const end = m.index + m[0].length;
        const whole = end < folded.length || !stem;
        if (whole && m[0].length > best.length) best = m[0];
      }
    }
    out.add(best.length >= 3 ? best : `*${folded.split(' ')[0] as string}`);
  }
  return [...out];
}

// Clause boundaries in folded text: ASCII sentence ends, and the ideographic full stop as unhomoglyph leaves it.
const gap = (n: number) => `[^.!?;\u02f3\u3002]{0,${n}}`;

// "n'oubliez pas", "vergiss nicht", "não esqueça": a negated verb tells the model to keep its instructions.
const NEGATED_BEFORE = `(?<!${['no', 'non', 'não', 'nao', 'ne', 'nie', 'niet', 'nicht', 'kein', "don't", 'do not', 'never', 'jamais', 'nunca', 'mai'].map((w) => `\\b${fold(w)} `).join('|')}|n')`;
const NEGATED_AFTER = '(?! (?:pas|nicht|niet|nie|jamais|mai|nunca)\\b)';

const OF_SOMETHING = '(?! (?:du|de|des|del|della|dello|dei|di|do|da|der|van|of|for|pour|para|per|für)\\b)';

function rule(name: string, weight: number, f: Family): RuleRow {
  MULTILINGUAL_LITERALS.push(...f.verbs, ...f.objects);
  const v = `${NEGATED_BEFORE}${pattern(f.verbs)}${NEGATED_AFTER}`;
  const o = pattern(f.objects);
  const g = gap(f.gap);
  const vo = f.dets ? `${v}${gap(20)}${pattern(f.dets)} ${gap(20)}${o}` : `${v}${g}${o}`;
  // "les règles du jeu", "le regole del gioco": an object of something else.
  const source = `(?:${f.order === 'vo' ? vo : `${vo}|${o}${g}${v}`})${OF_SOMETHING}`;
  return [name, weight, source, triggers(f.trigger === 'verbs' ? f.verbs : f.objects)];
}

/** Every literal of the families below, for the test that checks foldLiteral against normalisedForms. */
export const MULTILINGUAL_LITERALS: string[] = [];

export const MULTILINGUAL_RULES: RuleRow[] = [
  rule('override-fr', 1, {
    verbs: ['ignore', 'ignorez', 'ignorer', 'oublie', 'oubliez', 'oublier', 'contourne', 'contournez', 'outrepasse', 'outrepassez', 'ne tiens pas compte', 'ne tenez pas compte', 'fais abstraction', 'faites abstraction', 'laisse tomber', 'laissez tomber', 'annule', 'annulez', 'efface', 'effacez'],
    objects: ['instructions', 'consignes', 'règles', 'regles', 'directives', 'prompt', 'restrictions', 'limites', 'indications', 'ordres', 'invite système', 'programmation', 'garde-fous'],
    order: 'vo', gap: 40, trigger: 'verbs', dets: ['les', 'des', 'tes', 'vos', 'toutes', 'tous', 'ton', 'ta', 'ces', 'mes', 'leurs', 'la', 'le', 'votre', 'tout'],
  }),
  rule('override-es', 1, {
    verbs: ['ignora', 'ignore', 'ignorar', 'ignoren', 'olvida', 'olvide', 'olvidar', 'olviden', 'omite', 'omita', 'descarta', 'descarte', 'haz caso omiso', 'haga caso omiso', 'no hagas caso', 'pasa por alto', 'saltate', 'elude', 'evita', 'borra'],
    objects: ['instrucciones', 'reglas', 'directrices', 'indicaciones', 'restricciones', 'prompt', 'mensaje del sistema', 'normas', 'órdenes', 'ordenes', 'limitaciones', 'pautas', 'programación', 'programacion'],
    order: 'vo', gap: 40, trigger: 'verbs', dets: ['las', 'los', 'tus', 'sus', 'todas', 'todos', 'la', 'el', 'esas', 'estas', 'mis', 'tu', 'su'],
  }),
  rule('override-de', 1, {
    verbs: ['ignoriere', 'ignorieren', 'ignorier', 'ignoriert', 'vergiss', 'vergessen sie', 'vergesst', 'missachte', 'missachten', 'übergehe', 'umgehe', 'umgehen', 'verwirf', 'verwerfe', 'beachte keine', 'beachten sie keine', 'lösche', 'loesche'],
    objects: ['anweisungen', 'anweisung', 'regeln', 'richtlinien', 'vorgaben', 'instruktionen', 'anordnungen', 'einschränkungen', 'beschränkungen', 'systemprompt', 'system-prompt', 'systemanweisung', 'befehle', 'filter', 'programmierung'],
    order: 'vo', gap: 40, trigger: 'verbs', dets: ['alle', 'die', 'deine', 'ihre', 'sämtliche', 'den', 'der', 'dein', 'ihr', 'jegliche', 'jede'],
  }),
  rule('override-it', 1, {
    verbs: ['ignora', 'ignorate', 'ignori', 'dimentica', 'dimenticate', 'dimentichi', 'trascura', 'non tenere conto', 'non considerare', 'scarta', 'aggira', 'salta', 'cancella'],
    objects: ['istruzioni', 'regole', 'direttive', 'indicazioni', 'restrizioni', 'prompt', 'linee guida', 'vincoli', 'limitazioni', 'ordini', 'programmazione'],
    order: 'vo', gap: 40, trigger: 'verbs', dets: ['le', 'tutte', 'tue', 'gli', 'i', 'il', 'la', 'quelle', 'queste', 'sue', 'tutti', 'ogni'],
  }),
  rule('override-pt', 1, {
    verbs: ['ignore', 'ignora', 'ignorar', 'ignorem', 'esqueça', 'esqueca', 'esquece', 'esquecer', 'desconsidere', 'desconsidera', 'despreze', 'descarte', 'descarta', 'contorne', 'pule', 'apague'],
    objects: ['instruções', 'instrucoes', 'regras', 'diretrizes', 'orientações', 'orientacoes', 'restrições', 'restricoes', 'prompt', 'comandos', 'limitações', 'limitacoes', 'programação', 'programacao'],
    order: 'vo', gap: 40, trigger: 'verbs', dets: ['as', 'os', 'suas', 'tuas', 'todas', 'todos', 'a', 'o', 'essas', 'estas', 'sua', 'tua'],
  }),
  rule('override-nl', 1, {
    verbs: ['negeer', 'vergeet', 'omzeil', 'negeren', 'vergeten'],
    objects: ['instructies', 'regels', 'richtlijnen', 'aanwijzingen', 'prompt', 'beperkingen', 'opdrachten'],
    order: 'vo', gap: 40, trigger: 'verbs', dets: ['alle', 'de', 'je', 'jouw', 'uw', 'het'],
  }),
  rule('override-pl', 1, {
    verbs: ['zignoruj', 'ignoruj', 'zapomnij', 'pomiń', 'pomin'],
    objects: ['instrukcj-', 'polece-', 'zasad-', 'reguł-', 'regul-', 'wytyczn-', 'ograniczeń', 'ograniczen-', 'prompt-'],
    order: 'vo', gap: 40, trigger: 'verbs',
  }),
  rule('override-tr', 1, {
    verbs: ['yoksay-', 'görmezden gel-', 'gormezden gel-', 'unut', 'unutun', 'dikkate alma'],
    objects: ['talimatları', 'talimatlari', 'talimatlar', 'kuralları', 'kurallari', 'kurallar', 'yönergeleri', 'komutları', 'kısıtlamaları', 'sistem istemi'],
    order: 'both', gap: 40, trigger: 'objects',
  }),
  rule('override-id', 1, {
    verbs: ['abaikan', 'lupakan', 'acuhkan', 'langgar'],
    objects: ['instruksi', 'perintah', 'aturan', 'pedoman', 'arahan', 'batasan'],
    order: 'vo', gap: 40, trigger: 'verbs',
  }),
  rule('override-vi', 1, {
    verbs: ['bỏ qua', 'phớt lờ', 'quên', 'lờ đi'],
    objects: ['hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'quy tắc', 'lệnh', 'hạn chế'],
    order: 'vo', gap: 40, trigger: 'objects',
  }),
  rule('override-ru', 1, {
    verbs: ['игнор', 'проигнор', 'забуд', 'забыть', 'не обращай', 'не обращайте', 'пренебре', 'отбрось', 'отбросьте', 'обойди', 'обойдите', 'отмени', 'отмените', 'ігнор'],
    objects: ['инструкц', 'указани', 'правил', 'ограничени', 'промпт', 'директив', 'команд', 'інструкц', 'вказівк'],
    order: 'both', gap: 40, trigger: 'objects',
  }),
  rule('override-cjk', 1, {
    verbs: ['忽略', '无视', '無視', '忽视', '忽視', '忘记', '忘記', '忘掉', '不要理会', '不要遵守', '别管', '绕过', '繞過', '跳过', '放弃', '忘れ', '従わな', '無効', '무시', '잊어', '잊고', '따르지'],
    objects: ['指令', '指示', '规则', '規則', '提示词', '提示詞', '系统提示', '系統提示', '限制', '约束', '設定', '设定', '命令', 'ルール', 'プロンプト', '制限', '지시', '명령', '규칙', '지침', '프롬프트', '제한'],
    order: 'both', gap: 24, trigger: 'objects',
  }),
  rule('override-ar-hi', 1, {
    verbs: ['تجاهل', 'انس', 'أهمل', 'اهمل', 'अनदेखा', 'नज़रअंदाज़', 'नजरअंदाज', 'भूल जा'],
    objects: ['التعليمات', 'تعليمات', 'الأوامر', 'الاوامر', 'القواعد', 'القيود', 'निर्देश', 'नियम', 'प्रतिबंध'],
    order: 'both', gap: 40, trigger: 'objects',
  }),
  // Asking for the system prompt.
  rule('reveal-prompt-ml', 1, {
    verbs: [
      'affiche', 'affichez', 'montre', 'montrez', 'révèle', 'révélez', 'revele', 'répète', 'répétez', 'repete', 'donne', 'donnez', 'écris', 'muestra', 'muéstrame',
      'muestrame', 'revela', 'dime', 'imprime', 'repite', 'escribe', 'zeig', 'zeige', 'gib', 'verrate', 'wiederhole', 'nenne', 'mostra', 'mostrami', 'rivela', 'dimmi',
      'stampa', 'ripeti', 'mostre', 'revele', 'diga', 'imprima', 'repita', 'toon', 'herhaal', 'pokaż', 'pokaz', 'ujawnij', 'wypisz', 'покажи', 'выведи', 'раскрой',
      'повтори', 'выдай', 'напиши', 'скажи', '告诉我', '告訴我', '显示', '顯示', '输出', '輸出', '打印', '泄露', '透露', '重复', '表示', '教えて', '出力', '見せて', '보여',
      '출력', '알려',
    ],
    objects: [
      'prompt système', 'prompt systeme', 'invite système', 'instructions initiales', 'prompt del sistema', 'mensaje del sistema', 'instrucciones iniciales',
      'systemprompt', 'system-prompt', 'systemanweisung', 'prompt di sistema', 'istruzioni iniziali', 'prompt do sistema', 'instruções iniciais', 'instrucoes iniciais',
      'systeemprompt', 'prompt systemowy', 'системный промпт', 'системные инструкции', 'системное сообщение', 'исходные инструкции', '系统提示', '系統提示',
      '提示词', '提示詞', '初始指令', 'システムプロンプト', '初期指示', '시스템 프롬프트', '시스템 지시',
    ],
    order: 'both', gap: 40, trigger: 'objects',
  }),
  // "without any restriction" and its kin: a jailbreak's usual demand, weak on its own.
  rule('no-limits-ml', 0.5, {
    verbs: ['sans', 'sin', 'ohne', 'senza', 'sem', 'zonder', 'без', 'bez', 'tanpa', '没有', '沒有', '不受', '无', '無', '없이'],
    objects: ['restriction-', 'limite-', 'filtre-', 'restricción', 'restriccion-', 'límite-', 'filtro-', 'einschränkung-', 'beschränkung-', 'grenzen', 'filter', 'restrizion-', 'limiti', 'restriç', 'beperking-', 'ограничени', 'фильтр', 'ograniczeń', 'batasan', '限制', '制限', '제한'],
    order: 'vo', gap: 16, trigger: 'verbs',
  }),
];
