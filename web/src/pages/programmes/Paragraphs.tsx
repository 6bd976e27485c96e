/** Text with blank lines between paragraphs, shown as paragraphs (never as HTML). */
export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, i) => (
        <p key={i} lang={lang} className="preserve-lines">
          {part}
        </p>
      ))}
    </>
  );
}
