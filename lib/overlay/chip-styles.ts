/**
 * Constant CSS for the chip's shadow root. Theme follows the site's own
 * background (X "Lights out", LinkedIn/Facebook dark mode), not only the OS.
 */
export const CHIP_CSS = `
:host { all: initial; }
.chip {
  --bg: #ffffff; --fg: #0f1419; --muted: #536471; --border: #cfd9de; --focus: #1d4ed8;
  --issue: #b42318; --question: #175cd3; --praise: #067647; --other: #475467; --competitor: #6941c6; --own: #0e7490;
  font: 500 11.5px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 999px;
  display: inline-flex; align-items: center; gap: 2px; padding: 2px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
  white-space: nowrap; position: relative;
}
:host([data-theme="dark"]) .chip {
  --bg: #16181c; --fg: #e7e9ea; --muted: #a1a9b0; --border: #38444d; --focus: #8ab4ff;
  --issue: #ff8a80; --question: #8ab4ff; --praise: #6ee7b7; --other: #cbd5e1; --competitor: #c4b5fd; --own: #67e8f9;
}
button {
  font: inherit; color: inherit; background: transparent; border: 0; border-radius: 999px;
  padding: 2px 6px; cursor: pointer; display: inline-flex; align-items: center; gap: 4px;
}
button:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--kind-color); flex: none; }
.kind { color: var(--kind-color); font-weight: 700; }
.actions { display: inline-flex; gap: 2px; }
.actions:empty { display: none; }
.details {
  position: absolute; top: calc(100% + 4px); inset-inline-end: 0; z-index: 1; min-width: 220px; max-width: 320px;
  white-space: normal; background: var(--bg); color: var(--fg); border: 1px solid var(--border);
  border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 12px rgb(0 0 0 / 0.2); font-weight: 400;
}
.details[hidden] { display: none; }
.details p { margin: 0 0 4px; }
.details .muted { color: var(--muted); }
.status { color: var(--muted); padding: 0 6px; white-space: normal; max-width: 260px; font-weight: 400; }
.status:empty { display: none; }
@media (forced-colors: active) { .chip, .details { border-color: CanvasText; } .dot { background: CanvasText; } }
`;

/** Buttons in the chip's action group. */
export const ACTION_CSS = `
.actions button { font-weight: 600; }
.actions .primary { color: var(--focus); }
.actions .icon { padding-inline: 5px; }
`;

export const CASE_CSS = `
.case-state { color: var(--muted); font-weight: 400; padding: 0 4px; }
.case-state:empty { display: none; }
.picker li > button { width: 100%; justify-content: flex-start; font-weight: 500; }
`;
export const LINK_CSS = `.status a { color: var(--focus); font-weight: 600; } .status a:focus-visible { outline: 2px solid var(--focus); }`;
