// In the browser bundle, src/charts/render.ts gets the page's own document instead of jsdom.
export class JSDOM {
  readonly window: Window = globalThis.window;
  constructor(_html?: string) {}
}
