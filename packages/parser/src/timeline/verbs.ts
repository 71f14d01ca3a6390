// A small lexicon of the verbs news uses for events, with their inflections, so a clause's main verb
// can be found without a tagger and put in the headline present tense ("fell" → "falls").

// Regular verbs, base form. A trailing "+" doubles the final consonant ("stop+" → "stopped").
const REGULAR = `accuse add advance agree aim allow announce appeal appear approve arrest arrive ask attack attempt
avert ban+ battle besiege block bomb bombard boost breach call capture carry cause celebrate change charge
claim clash close collapse commit+ complete condemn confirm continue control+ cross damage declare defend
defect deliver demand deny deploy describe destroy detain die displace dispatch drop+ elect encircle
end enter erupt escalate evacuate evict expand expel+ explode face fail fear fire force free gain gather
halt hand happen head help impose increase initiate injure intensify invade issue join jump kidnap+ kill
land launch liberate lift list mark massacre mobilize mobilise move murder name need note occupy occur+
offer open order overthrow pass patrol+ plan+ pledge pound prepare press prevent proclaim promise protest
provide publish pull push raid rain reach recapture receive record reduce refuse reinforce reject release
remain remove repel+ report request rescue resign respond resume retreat return reveal sanction
secure seize sign shell shift signal slam+ spark stage start stop+ storm strengthen submit+ suffer
support surge surrender surround suspend target threaten topple trap+ travel trigger try urge use visit vote
vow walk want warn welcome wound`;

// Irregular verbs: base past participle.
const IRREGULAR = `arise arose arisen|bear bore born|beat beat beaten|become became become|begin began begun
|break broke broken|bring brought brought|build built built|catch caught caught|choose chose chosen
|come came come|cut cut cut|deal dealt dealt|do did done|draw drew drawn|drive drove driven|fall fell fallen
|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|forbid forbade forbidden
|freeze froze frozen|get got got|give gave given|go went gone|grow grew grown|hang hung hung|hear heard heard
|hit hit hit|hold held held|keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lose lost lost
|make made made|mean meant meant|meet met met|overrun overran overrun|overtake overtook overtaken|pay paid paid
|put put put|retake retook retaken|ride rode ridden|rise rose risen|run ran run|say said said|see saw seen|seek sought sought
|sell sold sold|send sent sent|set set set|shake shook shaken|shoot shot shot|shut shut shut|sink sank sunk
|speak spoke spoken|spend spent spent|spread spread spread|stand stood stood|steal stole stolen
|strike struck struck|sweep swept swept|take took taken|tell told told|think thought thought|throw threw thrown
|undertake undertook undertaken|win won won|withdraw withdrew withdrawn|write wrote written`;

export type VerbForm = "base" | "s" | "past" | "participle" | "ing";
export interface VerbInfo {
  base: string;
  form: VerbForm;
}

const FORMS = new Map<string, VerbInfo>();

const TAKES_ES = /(?:s|sh|ch|x|z|o)$/;
const CONSONANT_Y = /[^aeiou]y$/;

function sForm(base: string): string {
  if (TAKES_ES.test(base)) return `${base}es`;
  if (CONSONANT_Y.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

// Headline verbs recur: each third-person form is built once.
const sForms = new Map<string, string>();

function sFormOf(base: string): string {
  let form = sForms.get(base);
  if (form === undefined) {
    form = sForm(base);
    if (sForms.size >= 10_000) sForms.clear();
    sForms.set(base, form);
  }
  return form;
}

function ingForm(base: string, double: boolean): string {
  if (double) return `${base}${base.at(-1)}ing`;
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^e]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

function edForm(base: string, double: boolean): string {
  if (double) return `${base}${base.at(-1)}ed`;
  if (base.endsWith("e")) return `${base}d`;
  if (CONSONANT_Y.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function add(form: string, info: VerbInfo) {
  if (!FORMS.has(form)) FORMS.set(form, info);
}

for (const entry of REGULAR.split(/\s+/)) {
  if (!entry) continue;
  const double = entry.endsWith("+");
  const base = double ? entry.slice(0, -1) : entry;
  add(base, { base, form: "base" });
  add(sForm(base), { base, form: "s" });
  add(edForm(base, double), { base, form: "past" });
  add(ingForm(base, double), { base, form: "ing" });
}
for (const entry of IRREGULAR.split("|")) {
  const [base, past, participle] = entry.trim().split(/\s+/);
  if (!base || !past || !participle) continue;
  add(past, { base, form: "past" });
  if (participle !== past) add(participle, { base, form: "participle" });
  add(base, { base, form: "base" });
  add(sForm(base), { base, form: "s" });
  add(ingForm(base, /^(?:begin|run|overrun|hit|put|set|shut|cut|win|get|forbid|sit)$/.test(base)), {
    base,
    form: "ing",
  });
}
// "said" is more often a reporting verb than an event, but it is one.
export const REPORTING = new Set([
  "say",
  "announce",
  "tell",
  "warn",
  "report",
  "confirm",
  "claim",
  "declare",
  "note",
  "urge",
  "deny",
  "reveal",
]);

export const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "having",
  "was",
  "were",
  "is",
  "are",
  "am",
  "be",
  "been",
  "being",
  "did",
  "do",
  "does",
  "got",
]);
export const BE = new Set(["was", "were", "is", "are", "am", "be", "been", "being"]);
export const MODALS = new Set(["will", "would", "could", "should", "may", "might", "must", "shall", "can"]);

/** The lexicon entry of a lower-case word, if it is a known verb form. */
export function verbInfo(word: string): VerbInfo | undefined {
  return FORMS.get(word);
}

/**
 * The base form of a regular past tense outside the lexicon ("crushed" → "crush", "captured" → "capture"),
 * or null when unsure.
 */
export function baseOfRegularPast(word: string): string | null {
  if (!REGULAR_PAST.test(word)) return null;
  if (word.endsWith("eed")) return word.slice(0, -1); // agreed, freed
  const stem = word.slice(0, -2);
  if (stem.endsWith("i")) return `${stem.slice(0, -1)}y`;
  if (DOUBLED_FINAL.test(stem)) return stem.slice(0, -1);
  if (NEEDS_E.test(stem)) return `${stem}e`;
  return stem;
}
const REGULAR_PAST = /^[a-z]{2,}ed$/;
const DOUBLED_FINAL = /([bdgmnprt])\1$/;
const NEEDS_E =
  /(?:[^eo]at|iz|ys|yz|[^aeiou]ur|[^aeiou]ut|[^aeiou]id|v|[^aeiou]c|rg|dg|ieg|ang|eng|[bptdgkcf]l|[^aeiou]ir|[^aeiou]ok|[^aeiou]um|[^aeiou]ot|[^aeiou]os|[^aeiou]is|[^aeiou]as|[aeiou]{2}s|[^aeiou]in|[^aeiou]ar|[^aeiou]ag|[^aeiou]ul|(?:st|pl|gn|sc|ad)or)$/;

/** The headline present tense of a verb: "fell" → "falls" (singular subject) or "fall" (plural). */
export function presentTense(base: string, plural: boolean): string {
  return plural ? base : sFormOf(base);
}

// The first past and participle form of each base in the lexicon (what a scan of FORMS finds first).
const PAST_OF = new Map<string, string>();
const PARTICIPLE_OF = new Map<string, string>();
for (const [form, info] of FORMS) {
  if (info.form === "past" && !PAST_OF.has(info.base)) PAST_OF.set(info.base, form);
  if (info.form === "participle" && !PARTICIPLE_OF.has(info.base)) PARTICIPLE_OF.set(info.base, form);
}

/** The simple past ("taken" → "took"), for a perfect whose auxiliary was dropped. */
export function pastOf(base: string): string {
  return PAST_OF.get(base) ?? base;
}

/** The past participle, for passives ("killed", "taken"). */
export function participleOf(base: string): string {
  return PARTICIPLE_OF.get(base) ?? PAST_OF.get(base) ?? base;
}
