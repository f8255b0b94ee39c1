// Observable Plot for the client-rendered page, drawing only the width the screen shows. The
// site draws each chart twice at build time and lets CSS pick; a page drawing in the browser
// would draw once, so the comparison does not charge it for the second drawing.
import * as Real from '../../../node_modules/@observablehq/plot/src/index.js';

export * from '../../../node_modules/@observablehq/plot/src/index.js';

declare global {
  interface Window {
    chartWidth?: number;
  }
}

export function plot(options: Real.PlotOptions = {}): ReturnType<typeof Real.plot> {
  if (options.width !== undefined && options.width !== window.chartWidth) {
    return document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as ReturnType<typeof Real.plot>;
  }
  return Real.plot(options);
}
