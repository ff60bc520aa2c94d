/**
 * CommonJS packages whose type declarations say `export default`: Node's ES modules (and
 * TypeScript's NodeNext) give their `module.exports` as the default import, typed as
 * `{ default }`; bundlers give the value itself. `cjsDefault` is the value in both.
 */
export function cjsDefault<T>(imported: T | { default: T }): T {
  const inner = (imported as { default?: T }).default;
  return inner === undefined ? (imported as T) : inner;
}
