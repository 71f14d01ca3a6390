/** @jsxRuntime automatic @jsxImportSource react */
// The hidden preview line shown after the subject in the inbox list. Each hiding property serves a client:
// display:none (most), mso-hide (Outlook for Windows), max-height/overflow/opacity (older webmails).
const FILLER = "\u034F\u200C\u00A0".repeat(60);

export function Preheader({ text }: { text: string }) {
  return (
    <div
      style={
        {
          display: "none",
          overflow: "hidden",
          lineHeight: "1px",
          maxHeight: 0,
          maxWidth: 0,
          opacity: 0,
          msoHide: "all",
        } as React.CSSProperties
      }
      data-skip-in-text="true"
    >
      {text}
      {FILLER}
    </div>
  );
}
