/** UTF-8 well-formedness (RFC 3629), for pointing at the exact bad byte once `isUtf8` said no. */

/** Index of the first byte in [from, to) that breaks UTF-8 well-formedness (RFC 3629). */
export function firstInvalidUtf8(data: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const b = data[i];
    if (b < 0x80) { i++; continue; }
    // Continuation bytes needed and the smallest code point allowed (anything less is an overlong form).
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= to) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = data[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  // isUtf8 rejected the range but every complete sequence is valid: the last byte starts a cut sequence.
  return to - 1;
}
