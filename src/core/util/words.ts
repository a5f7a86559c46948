/**
 * Lists written as one space-separated string literal, which costs a fraction of an array of
 * strings in the bundle, with their members still known to the type system.
 */

/** The words of a space-separated string literal, as a union: `Words<"a b">` is `"a" | "b"`. */
export type Words<S extends string> = S extends `${infer Word} ${infer Rest}`
  ? Word | Words<Rest>
  : S;

/** `words("a b")` is `["a", "b"]`, typed `("a" | "b")[]`. */
export function words<S extends string>(list: S): Words<S>[] {
  return list.split(" ") as Words<S>[];
}
