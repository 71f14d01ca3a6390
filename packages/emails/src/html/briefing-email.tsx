/** @jsxRuntime automatic @jsxImportSource react */
// The daily briefing as an email: one fluid column (max 600 px), tables for layout, inline styles, and a
// small <style> for dark mode. Sections with nothing to say are left out.
import { Body, Head, Html } from "@react-email/components";
import type { BriefingModel } from "../briefing/model.ts";
import { light } from "./palette.ts";
import { Footer } from "./parts/footer.tsx";
import { Header } from "./parts/header.tsx";
import { KeyFigures } from "./parts/key-figures.tsx";
import { Preheader } from "./parts/preheader.tsx";
import { Sources } from "./parts/sources.tsx";
import { ThemeSection } from "./parts/theme-section.tsx";
import { Timeline } from "./parts/timeline.tsx";
import { TopLines } from "./parts/top-lines.tsx";
import { DARK_CSS, FONT, MAX_WIDTH } from "./styles.ts";

export function BriefingEmail({ model }: { model: BriefingModel }) {
  return (
    <Html lang={model.lang} dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{model.subject}</title>
        <style>{DARK_CSS}</style>
      </Head>
      <Body className="bp" style={{ margin: 0, padding: 0, backgroundColor: light.page, fontFamily: FONT }}>
        <Preheader text={model.preheader} />
        <table
          role="presentation"
          className="bc b-container"
          align="center"
          width="100%"
          cellPadding={0}
          cellSpacing={0}
          border={0}
          style={{ width: "100%", maxWidth: `${MAX_WIDTH}px`, margin: "0 auto", backgroundColor: light.card }}
        >
          <tbody>
            <tr>
              <td style={{ padding: 0 }}>
                <Header dateLine={model.dateLine} headline={model.headline} />
                {model.summary.length > 0 ? <TopLines lines={model.summary} /> : null}
                {model.figures.length > 0 ? <KeyFigures figures={model.figures} /> : null}
                {model.timeline.length > 0 ? <Timeline events={model.timeline} /> : null}
                {model.sections.map((section) => (
                  <ThemeSection key={section.theme} section={section} />
                ))}
                {model.sources.length > 0 ? (
                  <Sources sources={model.sources} more={model.moreSources} />
                ) : null}
                <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
                  <tbody>
                    <tr>
                      <td height="28" style={{ height: "28px", fontSize: "14px", lineHeight: "28px" }}>
                        &nbsp;
                      </td>
                    </tr>
                  </tbody>
                </table>
                <Footer
                  reason={model.reason}
                  unsubscribeUrl={model.unsubscribeUrl}
                  viewInBrowserUrl={model.viewInBrowserUrl}
                />
              </td>
            </tr>
          </tbody>
        </table>
      </Body>
    </Html>
  );
}

const MSO_OPEN = `<!--[if mso]><table role="presentation" width="${MAX_WIDTH}" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`;
const MSO_CLOSE = "<!--[if mso]></td></tr></table><![endif]-->";

/**
 * Outlook for Windows ignores max-width: wrap the container in a fixed 600 px table only it sees
 * (a "ghost table" in conditional comments, which React cannot emit itself). Also drops React's
 * Suspense markers (`<!--$-->`), which mean nothing in an email.
 */
export function finishHtml(rendered: string): string {
  const html = rendered.replace("<!--$-->", "").replace("<!--/$-->", "");
  const start = html.indexOf('<table role="presentation" class="bc b-container"');
  const bodyEnd = html.lastIndexOf("</body>");
  const wrapperEnd = html.lastIndexOf("</td></tr></tbody></table>", bodyEnd);
  const containerEnd = html.lastIndexOf("</table>", wrapperEnd);
  if (start < 0 || bodyEnd < 0 || wrapperEnd < 0 || containerEnd < start) return html;
  const after = containerEnd + "</table>".length;
  return `${html.slice(0, start)}${MSO_OPEN}${html.slice(start, after)}${MSO_CLOSE}${html.slice(after)}`;
}
