// The rendered HTML checked against caniemail.com's data (the `caniemail` package) for the clients our
// readers use. Features a client lacks ("errors") fail the check unless listed in ACCEPTED with the reason
// the email still works there; partial support ("warnings") is reported for the README.
import { caniemail } from "caniemail";

export const CLIENTS = ["gmail.*", "outlook.*", "apple-mail.*"] as const;

/** Unsupported features we ship knowingly, and why the email still reads well without them. */
export const ACCEPTED: Record<string, string> = {
  "color-scheme meta tag":
    "Tells Apple Mail (macOS) the email brings its own dark palette; clients that ignore it keep the inline light colours or apply their own inversion (Gmail apps, Outlook.com), which the palette survives.",
  "@media (prefers-color-scheme)":
    "Dark palette for Apple Mail and the Outlook apps; Gmail and Outlook for Windows drop the rule and keep the inline light colours.",
  "color-scheme CSS property": "Same as the meta tag: a hint where supported, ignored elsewhere.",
  "display:none":
    "Hides the preheader; Gmail's legacy mobile webmail ignores it, where max-height:0 and overflow:hidden hide it instead.",
  "max-height property":
    "Preheader hiding for older webmails; Outlook for Windows uses mso-hide:all instead.",
  opacity: "Preheader hiding for older webmails; Outlook for Windows uses mso-hide:all instead.",
  "@media":
    "The only media query is the dark-mode one above; clients without media queries keep the inline light layout, which needs none (one fluid column).",
  "<style> element":
    "Holds only the dark-mode rules; the layout and light colours are all inline, so Gmail's legacy mobile webmail loses nothing else.",
  overflow: "Preheader hiding only; Outlook for Windows hides it with mso-hide:all.",
  "<body> element":
    "Outlook for Mac drops <body> attributes; react-email repeats the page background on the wrapping table cell.",
  "role attribute":
    "role=presentation on layout tables helps screen readers where supported; Windows Mail ignores it, with no visual effect.",
};

export interface CompatFinding {
  title: string;
  clients: string[];
  notes: string[];
}

export interface CompatReport {
  /** Unsupported somewhere, not in ACCEPTED: these fail the test. */
  errors: CompatFinding[];
  /** Unsupported somewhere, accepted with a reason. */
  accepted: CompatFinding[];
  /** Partial support. */
  warnings: CompatFinding[];
}

type IssueMap = Map<string, { title: string; notes: string[] }[]>;

function group(map: IssueMap): CompatFinding[] {
  const byTitle = new Map<string, CompatFinding>();
  for (const [client, issues] of map) {
    for (const issue of issues) {
      const finding = byTitle.get(issue.title) ?? { title: issue.title, clients: [], notes: [] };
      if (!finding.clients.includes(client)) finding.clients.push(client);
      for (const note of issue.notes) if (!finding.notes.includes(note)) finding.notes.push(note);
      byTitle.set(issue.title, finding);
    }
  }
  return [...byTitle.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export function checkCompat(html: string): CompatReport {
  const { issues } = caniemail({ clients: [...CLIENTS], html });
  const unsupported = group(issues.errors as unknown as IssueMap);
  return {
    errors: unsupported.filter((finding) => !(finding.title in ACCEPTED)),
    accepted: unsupported.filter((finding) => finding.title in ACCEPTED),
    warnings: group(issues.warnings as unknown as IssueMap),
  };
}
