/**
 * Fixed-base exponentiation with a precomputed Lim-Lee comb (HAC algorithm 14.117 with one
 * table). SRP raises the same generator g to a fresh 1024-bit `a` for every SRP_A and to x for
 * every proof and device verifier; the comb cuts each of those from ~1024 modular squarings to
 * ~128 squarings + ~128 multiplications, for a one-time table of 2^rows − 1 residues.
 */

/** `base^exponent mod modulus` for one fixed base and exponents below `limit`. */
export interface FixedBaseComb {
  /** Exponents must be in [0, limit). */
  readonly limit: bigint;
  pow(exponent: bigint): bigint;
}

/**
 * Builds the comb for `base` mod `modulus` (base in [0, modulus), modulus > 1), for exponents of
 * up to `maxBits` bits split into `rows` rows. Building costs about `maxBits` squarings and
 * 2^rows multiplications, the same as one plain exponentiation; each `pow` then costs about
 * 2·maxBits/rows operations.
 */
export function createFixedBaseComb(
  base: bigint,
  modulus: bigint,
  maxBits: number,
  rows: number,
): FixedBaseComb {
  const columns = Math.ceil(maxBits / rows);
  const totalBits = columns * rows;
  // table[s] = Π over the set bits i of s of base^(2^(i·columns)).
  const table: bigint[] = new Array<bigint>(1 << rows).fill(1n);
  let rowBase = base % modulus;
  for (let i = 0; i < rows; i++) {
    table[1 << i] = rowBase;
    for (let k = 0; k < columns; k++) rowBase = (rowBase * rowBase) % modulus;
  }
  for (let s = 3; s < 1 << rows; s++) {
    const low = s & -s;
    if (low !== s) table[s] = ((table[s ^ low] as bigint) * (table[low] as bigint)) % modulus;
  }

  return {
    limit: 1n << BigInt(totalBits),
    pow(exponent: bigint): bigint {
      if (exponent < 0n || exponent >> BigInt(totalBits) !== 0n) {
        throw new RangeError("exponent outside the comb's range");
      }
      const bits = exponent.toString(2).padStart(totalBits, "0");
      const last = totalBits - 1;
      let result = 1n;
      let started = false;
      for (let column = columns - 1; column >= 0; column--) {
        if (started) result = (result * result) % modulus;
        // Bit `column` of every row, gathered into the table index.
        let index = 0;
        for (let row = 0; row < rows; row++) {
          if (bits.charCodeAt(last - (row * columns + column)) === 49 /* "1" */) index |= 1 << row;
        }
        if (index !== 0) {
          const power = table[index] as bigint;
          result = started ? (result * power) % modulus : power;
          started = true;
        }
      }
      return started ? result : 1n % modulus;
    },
  };
}
