// The chart code reaches zod only through the taxonomy module it takes a list of themes from. A
// client app would not ship the validator for a chart, so the bundle gets this stand-in: every
// property and call of it is itself, so schema definitions evaluate to nothing.
type Noop = ((...args: unknown[]) => Noop) & { [key: string | symbol]: Noop };
const noop: Noop = new Proxy((() => undefined) as unknown as Noop, {
  get: (_target, key) => (key === 'then' ? undefined : noop),
  apply: () => noop,
});
export const z = noop;
export default noop;
