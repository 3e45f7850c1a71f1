/**
 * Site-health warnings (product.md §2: say so instead of failing silently).
 * role="alert" so a warning that appears while the popup is open is read out.
 */
export function SiteHealthLines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="es-health">
      {lines.map((line) => (
        <p key={line} role="alert" className="es-notice es-notice--error es-health__line">
          {line}
        </p>
      ))}
    </div>
  );
}
