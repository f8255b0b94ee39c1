// Shared plumbing for charts rendered at build time: a jsdom document for Plot, and the
// accessible, self-contained SVG string that pages inline.
import { JSDOM } from 'jsdom';

let doc: Document | undefined;

/** One document for every chart in the process; Plot only needs it to create elements. */
export function chartDocument(): Document {
  doc ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return doc;
}

export interface ChartText {
  /** The finding, stated as a sentence: also the accessible name. */
  title: string;
  /** Unit and direction. */
  subtitle: string;
  /** The documents behind the chart. */
  source: string;
  /** Text alternative: every value the chart shows. */
  description: string;
}

export interface Chart extends ChartText {
  /** Drawn for a desktop column. */
  svg: string;
  /** The same chart drawn for a phone, so its text stays legible at 360 px. */
  svgNarrow: string;
}

/** Widths the charts are drawn at; pages show the one that fits (see site.css). */
export const WIDE = 560;
export const NARROW = 340;

/**
 * Turn Plot's SVG into the markup pages inline: role and name for assistive technology,
 * <title> and <desc>, no inline <style> (the site stylesheet styles charts, so a strict
 * Content-Security-Policy holds), and a namespace so the file opens on its own.
 */
export function finishSvg(svg: SVGSVGElement | HTMLElement, text: Pick<ChartText, 'title' | 'description'>): string {
  const d = svg.ownerDocument;
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.removeAttribute('aria-description');
  // The chart is one image to assistive technology; Plot's labels on inner groups are not
  // allowed on elements without a role, and <desc> says what they would.
  for (const el of [...svg.querySelectorAll('[aria-label], [aria-description]')]) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  // A presentation attribute: the site stylesheet overrides it; a saved SVG file still reads well.
  svg.setAttribute('font-family', "'Be Vietnam Pro', system-ui, sans-serif");
  svg.setAttribute('font-size', '13');
  svg.removeAttribute('style');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text.title);
  const title = d.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = text.title;
  const desc = d.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return svg.outerHTML;
}
