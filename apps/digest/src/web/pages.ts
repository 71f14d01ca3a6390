// The few pages the web endpoint writes itself: plain HTML, one inline <style>, no script, every value escaped.
// Links and the form's action are relative, so the pages work under a sub-path behind a reverse proxy.

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Text or attribute value → HTML that shows it as written. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => ESCAPES[c] as string);
}

const STYLE = `body{margin:0;padding:32px 16px;font:16px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;background:#f4f4f2}
main{max-width:560px;margin:0 auto;background:#fff;padding:24px 28px;border-radius:6px}
h1{font-size:22px;margin:0 0 12px}a{color:#0b5cad}ul{padding-left:20px}li{margin:4px 0}
button{font:inherit;padding:8px 18px;border:0;border-radius:4px;background:#1a1a1a;color:#fff;cursor:pointer}
.muted{color:#666;font-size:14px}
@media (prefers-color-scheme:dark){body{background:#121212;color:#e8e8e8}main{background:#1e1e1e}a{color:#8ab4f8}button{background:#e8e8e8;color:#121212}.muted{color:#aaa}}`;

/** A whole page; `body` is HTML already escaped by the caller. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** GET /unsubscribe with a valid token: asks before doing anything (mail scanners follow GET links). */
export function confirmPage(email: string, token: string): string {
  return page(
    "Unsubscribe from the briefing",
    `<h1>Unsubscribe from the daily briefing?</h1>
<p><strong>${escapeHtml(email)}</strong> will no longer receive the daily briefing.</p>
<form method="post" action="unsubscribe">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">Unsubscribe</button>
</form>
<p class="muted">Changed your mind? Just close this page: nothing happens until you press the button.</p>`,
  );
}

/** After a successful POST (whether or not the address was still subscribed: the answer is the same). */
export function unsubscribedPage(email: string): string {
  return page(
    "Unsubscribed",
    `<h1>You are unsubscribed</h1>
<p><strong>${escapeHtml(email)}</strong> will not receive the daily briefing any more.</p>`,
  );
}

/** No token, or one that is malformed or not signed by us. Never echoes the token. */
export function invalidTokenPage(): string {
  return page(
    "Invalid unsubscribe link",
    `<h1>This unsubscribe link is not valid</h1>
<p>It may have been cut or changed on the way. Use the unsubscribe link of a recent briefing email, or
reply to the briefing asking to unsubscribe.</p>`,
  );
}

export function errorPage(status: number, title: string, text: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n<p class="muted">${status}</p>`,
  );
}

/** GET /: the archived briefings, newest first. */
export function indexPage(entries: readonly { date: string; subject: string }[]): string {
  const items = entries
    .map(
      (e) =>
        `<li><a href="briefing-${escapeHtml(e.date)}.html">${escapeHtml(e.date)}</a> — ${escapeHtml(e.subject)} <span class="muted">(<a href="briefing-${escapeHtml(e.date)}.json">json</a>)</span></li>`,
    )
    .join("\n");
  return page(
    "Briefing archive",
    `<h1>Briefing archive</h1>\n${entries.length ? `<ul>\n${items}\n</ul>` : "<p>No briefing has been archived yet.</p>"}`,
  );
}
