// Inline positions under the webview's CSP: `style=${css({...})}` sets each property through the
// CSSOM (element.style.setProperty), which a strict style-src allows; lit's styleMap writes its first
// value as a style attribute, which it does not.

import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class Css extends Directive {
  private last: Record<string, string> = {};
  constructor(p: PartInfo) {
    super(p);
    if (p.type !== PartType.ATTRIBUTE || p.name !== 'style') throw new Error('css() goes in a style attribute');
  }
  render(_v: Record<string, string>): unknown {
    return noChange;
  }
  override update(part: AttributePart, [v]: [Record<string, string>]): unknown {
    const s = (part.element as HTMLElement).style;
    for (const k in this.last) if (!(k in v)) s.removeProperty(k);
    for (const k in v) if (this.last[k] !== v[k]) s.setProperty(k, v[k]);
    this.last = v;
    return noChange;
  }
}

export const css = directive(Css);
