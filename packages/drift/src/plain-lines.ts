/**
 * The JavaScript byte loop of both CSV readers (sequential, csv-columns.ts; by byte ranges, parallel/range-read.ts)
 * over complete lines without quotes: field by field rather than byte by byte, so a numeric field costs one tight
 * digit loop and a categorical one a scan to the next comma. The readers go through wasm-lines.ts, whose
 * WebAssembly twin of this loop hands it small blocks and every line it does not take itself (and is tested
 * against it).
 *
 * A field is a number here only when it is [-]digits[.digits]: with at most 15 digits read as
 * mantissa / 10^fraction digits (exact: Clinger's fast path), with more by parseDecimal (exact, from the bytes,
 * without making a string); every other field, and a line's last field before
 * "\r\n", goes through the shared field handling (pushField, csv-fields.ts); empty lines are skipped; a line
 * with more fields than the header is an error. The block [start, end) must end just after a line feed.
 */
import { UserError } from '@mlci/core';
import { parseDecimal } from '@mlci/data/decimal';
import { isMissingMarker, pushField, type ParseState } from './csv-fields.ts';
import { HASH_MASK, type ColumnBuilder } from './column-builder.ts';

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

export function scanPlainLines(buf: Buffer, start: number, end: number, bs: (ColumnBuilder | undefined)[], st: ParseState): void {
  const nb = bs.length;
  let long: number;
  let i = start;
  while (i < end) {
    let c = buf[i];
    if (c === 10 || (c === 13 && buf[i + 1] === 10)) {
      i += c === 10 ? 1 : 2; // an empty line
      st.line++;
      continue;
    }
    let j = 0;
    for (;;) {
      const fs = i;
      const b = j < nb ? bs[j] : undefined;
      if (b !== undefined && b.counts === undefined) {
        const neg = c === 45; /* - */
        if (neg) c = buf[++i];
        const intStart = i;
        let mant = 0;
        while (c >= 48 && c <= 57) {
          mant = mant * 10 + (c - 48);
          c = buf[++i];
        }
        let digits = i - intStart;
        let frac = 0;
        if (c === 46 /* . */) {
          const fracStart = ++i;
          c = buf[i];
          while (c >= 48 && c <= 57) {
            mant = mant * 10 + (c - 48);
            c = buf[++i];
          }
          frac = i - fracStart;
          digits += frac;
        }
        if ((c === 44 || c === 10) && digits > 0 && digits <= 15) {
          // ColumnBuilder.pushDecimal's grid hit, written out here: a call per field that V8 does not inline
          // costs a boxed number for the mantissa (measured: ~20 % of the loop).
          const grid = b.grid;
          if (grid !== undefined && frac <= grid.scale) {
            const slot = (neg ? -mant : mant) * POW10[grid.scale - frac] - grid.base;
            if (slot >= 0 && slot < grid.counts.length) {
              grid.counts[slot]++;
              grid.total++;
            } else b.pushDecimal(mant, frac, neg);
          } else b.pushDecimal(mant, frac, neg);
        } else if ((c === 44 || c === 10) && digits > 15 && Number.isFinite((long = parseDecimal(buf, fs, i)))) {
          b.pushNumber(long); // a full-precision float, e.g. 0.83659376561202405 (exact: decimal.ts)
        } else {
          while (c !== 44 && c !== 10) c = buf[++i];
          other(b, buf, fs, i, c);
        }
      } else if (b !== undefined) {
        let h = 0x811c9dc5; // FNV-1a, as ColumnBuilder.pushBytes
        while (c !== 44 && c !== 10) {
          h = Math.imul(h ^ c, 0x01000193);
          c = buf[++i];
        }
        const first = buf[fs];
        const last = buf[i - 1];
        if (i === fs || first === 32 || last === 32 || last === 13) other(b, buf, fs, i, c);
        else if ((first === 78 || first === 110) /* N, n */ && isMissingMarker(buf, fs, i)) b.missing++;
        else b.countBytes(buf, fs, i, h & HASH_MASK);
      } else {
        while (c !== 44 && c !== 10) c = buf[++i];
      }
      j++;
      i++;
      if (c === 10) break;
      c = buf[i];
    }
    st.line++;
    if (j > nb) throw new UserError(`${st.file}:${st.line}: ${j} fields, but the header has ${nb}`, { file: st.file, line: st.line });
    for (; j < nb; j++) if (bs[j] !== undefined) bs[j]!.missing++;
    st.rows++;
  }
}

/** A field the digit loop did not take, ending at byte `at` (a comma or the line feed `c`). */
function other(b: ColumnBuilder, buf: Buffer, s: number, at: number, c: number): void {
  let e = at;
  if (c === 10 && e > s && buf[e - 1] === 13) e--;
  if (b.counts !== undefined && e > s && buf[s] !== 32 && buf[e - 1] !== 32 && buf[s] !== 78 && buf[s] !== 110) b.pushBytes(buf, s, e);
  else pushField(b, buf, s, e);
}
