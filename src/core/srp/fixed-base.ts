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
  const limit = 1n << BigInt(totalBits);
  // Row r holds bits [r·columns, (r+1)·columns) of the exponent, so its base is
  // base^(2^(r·columns)). table[s] = Π over the set bits r of s of row r's base: each row doubles
  // the table, the new half being the old one times the row's base. table[0] = 1.
  const table = [1n];
  let rowBase = base % modulus;
  for (let row = 0; row < rows; row++) {
    for (let s = 0; s < 1 << row; s++) table.push(((table[s] as bigint) * rowBase) % modulus);
    for (let k = 0; k < columns; k++) rowBase = (rowBase * rowBase) % modulus;
  }

  return {
    limit,
    pow(exponent: bigint): bigint {
      if (exponent < 0n || exponent >= limit) {
        throw new RangeError("exponent outside the comb's range");
      }
      // Most significant bit first: the top row's bits come first, column by column within it.
      const bits = exponent.toString(2).padStart(totalBits, "0");
      let result = 1n % modulus;
      for (let column = 0; column < columns; column++) {
        // One bit from each row, top row first, gathered into the table index ("1" is odd).
        let index = 0;
        for (let row = 0; row < totalBits; row += columns) {
          index = index * 2 + (bits.charCodeAt(row + column) & 1);
        }
        // Squaring 1 and multiplying by table[0] = 1 are nearly free: no special cases.
        result = (((result * result) % modulus) * (table[index] as bigint)) % modulus;
      }
      return result;
    },
  };
}
