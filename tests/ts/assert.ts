// Type-level assertions shared by the usage files: `expectType<Equal<A, B>>()` does not
// compile unless A and B are the same type.
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Whether every member of A is a member of B. */
export type Extends<A, B> = [A] extends [B] ? true : false;

export function expectType<T extends true>(): T | undefined {
  return undefined;
}
