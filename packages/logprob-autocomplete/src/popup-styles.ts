// The listbox lives in the light DOM (see docs/decisions/0002), where shadow styles cannot reach,
// so these rules are adopted into the element's root node. The root selector is wrapped in
// :where(), so any page rule such as `logprob-autocomplete [part~="option"]` wins.
const CSS = `:where([data-logprob-layer]){position:fixed;inset:0;margin:0;padding:0;border:0;width:auto;height:auto;max-width:none;max-height:none;background:none;overflow:visible;pointer-events:none;z-index:var(--logprob-z-index,2147483000);[part~=listbox]{position:fixed;box-sizing:border-box;min-width:10rem;max-width:min(24rem,100vw - 8px);max-height:var(--logprob-max-height,16rem);overflow:auto;padding:4px;pointer-events:auto;font:var(--logprob-font,13px/1.4 system-ui,sans-serif);color:var(--logprob-color,CanvasText);background:var(--logprob-background,Canvas);border:var(--logprob-border,1px solid GrayText);border-radius:var(--logprob-radius,6px);box-shadow:var(--logprob-shadow,0 4px 16px #0003)}[part~=option]{display:grid;grid-template-columns:auto 1fr auto;padding:2px 6px;cursor:pointer;white-space:pre}[aria-selected=true]{background:var(--logprob-active-background,Highlight);color:var(--logprob-active-color,HighlightText)}[part~=shortcut]{grid-column:1;padding-right:.5em;font-size:.8em;align-self:center}[part~=probability]{grid-column:3;padding-left:.75em}[part~=token]{grid-column:2;font-family:var(--logprob-token-font,ui-monospace,monospace);overflow:hidden;text-overflow:ellipsis}[part~=bar]{grid-column:1/-1;height:var(--logprob-bar-height,3px);width:calc(var(--logprob-probability)*100%);background:var(--logprob-bar-color,currentColor);opacity:.6}[part~=ghost]{position:fixed;white-space:pre;color:var(--logprob-ghost-color,GrayText)}[hidden]{display:none}}[data-logprob-live]{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

let sheet: CSSStyleSheet | undefined;

/**
 * Adopts the popup's default styles into `root` (the document, or the shadow root the element
 * lives in) once.
 *
 * @example
 * adoptPopupStyles(element.getRootNode() as Document | ShadowRoot);
 */
export function adoptPopupStyles(root: Document | ShadowRoot): void {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
