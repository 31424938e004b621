/**
 * One column of a predictions table, built batch by batch in the most compact form its values allow:
 *   small integers (every value an integer in 0..255: class labels, 0/1 predictions) -> Uint8Array,
 *   numbers -> Float64Array,
 *   text with at most 255 distinct strings (string labels) -> codes (Uint8Array) into those strings,
 *   anything else (more strings, mixed or missing values) -> an array of values,
 * moving to the next form at the first value the current one cannot hold. Typed columns are what the metrics
 * read fastest (labels by a 256-entry table, scores without conversion).
 *
 * Why compact: on the machines this runs on, touching fresh memory costs more than parsing (page faults: about
 * 5 ms per MB measured on the benchmark machine), so a 5-million-row label column held as bytes instead of
 * doubles saves 35 MB of it. For the same reason a typed column is written in place into memory reserved once
 * for the most rows the file can hold (`capacity`; reserving does not touch it), not grown by copies.
 */
import type { Value } from '@mlci/data';
import type { CodedColumn } from '@mlci/metrics';
import { NUMBER, TEXT, type ColumnView } from '@mlci/data';

/** Codes are bytes: a column with more distinct strings is kept as values. */
const MAX_CODES = 255;

type Typed = Uint8Array | Float64Array;

/** Values of one typed form: in the reserved array, or (past its end) in pieces joined once at the end. */
class TypedStore<T extends Typed> {
  private readonly make: (length: number) => T;
  private reserved: T | undefined;
  private readonly pieces: T[] = [];
  length = 0;

  constructor(make: (length: number) => T, capacity: number) {
    this.make = make;
    if (capacity > 0) this.reserved = make(capacity);
  }

  /** The first `count` values (converted by the typed-array copy). */
  push(values: Typed, count: number): void {
    const reserved = this.reserved;
    const part = values.subarray(0, count);
    if (reserved && this.length + count <= reserved.length) {
      reserved.set(part, this.length);
    } else {
      if (reserved) {
        this.pieces.push(reserved.subarray(0, this.length) as T);
        this.reserved = undefined;
      }
      const piece = this.make(count);
      piece.set(part);
      this.pieces.push(piece);
    }
    this.length += count;
  }

  finish(): T {
    if (this.reserved) return this.reserved.subarray(0, this.length) as T;
    const out = this.make(this.length);
    let at = 0;
    for (const piece of this.pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }
}

export class ColumnBuilder {
  private bytes: TypedStore<Uint8Array> | undefined;
  private numbers: TypedStore<Float64Array> | undefined;
  private codes: TypedStore<Uint8Array> | undefined;
  /** With `codes`: the distinct strings in order of first appearance, and their codes. */
  private labels: string[] = [];
  private codeOf = new Map<string, number>();
  private values: Value[] | undefined;
  private length = 0;
  private readonly capacity: number;

  /** `leadingNulls`: rows read before the column appeared (JSON keys seen late); `capacity`: 0 when unknown. */
  constructor(leadingNulls: number, capacity: number) {
    this.capacity = capacity;
    if (leadingNulls > 0) {
      this.values = new Array<Value>(leadingNulls).fill(null);
      this.length = leadingNulls;
    } else {
      this.bytes = new TypedStore((n) => new Uint8Array(n), capacity);
    }
  }

  /** The first `count` rows of a column batch's view. */
  pushView(view: ColumnView, count: number): void {
    if (!this.values) {
      const kinds = view.kinds;
      let i = 0;
      const kind = count > 0 ? kinds[0] : NUMBER;
      while (i < count && kinds[i] === kind) i++;
      if (i === count && kind === NUMBER && !this.codes) {
        this.pushNumbers(view.numbers, count);
        return;
      }
      if (i === count && kind === TEXT && this.pushCodes(view, count)) return;
      this.toValues();
    }
    for (let i = 0; i < count; i++) this.values!.push(view.value(i));
    this.length += count;
  }

  /** Column j of a batch of rows (formats read row by row). */
  pushColumn(rows: readonly Value[][], j: number): void {
    if (!this.values) {
      const numbers = new Float64Array(rows.length);
      let i = 0;
      for (; i < rows.length; i++) {
        const v = rows[i][j];
        if (typeof v !== 'number') break;
        numbers[i] = v;
      }
      if (i === rows.length) {
        this.pushNumbers(numbers, rows.length);
        return;
      }
      this.toValues();
    }
    for (const row of rows) this.values!.push(j < row.length ? row[j] : null);
    this.length += rows.length;
  }

  /** A batch of text as codes; false when the column cannot be (or stay) coded. */
  private pushCodes(view: ColumnView, count: number): boolean {
    if (this.numbers || (this.bytes && this.length > 0)) return false;
    // The batch's own codes (per-batch dictionary) to the column's: one lookup per distinct string.
    const translate = new Uint8Array(view.size);
    for (let c = 0; c < view.size; c++) {
      const text = view.text(c);
      let code = this.codeOf.get(text);
      if (code === undefined) {
        if (this.labels.length === MAX_CODES) return false;
        code = this.labels.length;
        this.labels.push(text);
        this.codeOf.set(text, code);
      }
      translate[c] = code;
    }
    if (!this.codes) {
      this.codes = this.bytes;
      this.bytes = undefined;
    }
    const batch = view.codes;
    const mapped = new Uint8Array(count);
    for (let i = 0; i < count; i++) mapped[i] = translate[batch[i]];
    this.codes!.push(mapped, count);
    this.length += count;
    return true;
  }

  private pushNumbers(numbers: Float64Array, count: number): void {
    if (this.bytes) {
      let i = 0;
      // An integer 0..255 that is not -0 (the byte would lose the sign).
      while (i < count && numbers[i] === (numbers[i] & 255) && (numbers[i] !== 0 || 1 / numbers[i] > 0)) i++;
      if (i === count) {
        this.bytes.push(numbers, count);
        this.length += count;
        return;
      }
      this.numbers = new TypedStore((n) => new Float64Array(n), this.capacity);
      const bytes = this.bytes.finish();
      this.numbers.push(bytes, bytes.length);
      this.bytes = undefined;
    }
    this.numbers!.push(numbers, count);
    this.length += count;
  }

  private toValues(): void {
    if (this.codes) {
      const labels = this.labels;
      this.values = Array.from(this.codes.finish(), (code) => labels[code]);
    } else {
      const typed: Typed = this.bytes ? this.bytes.finish() : this.numbers!.finish();
      this.values = Array.from(typed);
    }
    this.bytes = undefined;
    this.numbers = undefined;
    this.codes = undefined;
  }

  finish(): ArrayLike<unknown> | CodedColumn {
    if (this.codes) return { codes: this.codes.finish(), labels: this.labels };
    return this.bytes ? this.bytes.finish() : this.numbers ? this.numbers.finish() : this.values!;
  }
}
