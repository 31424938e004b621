;; The CSV reader's loop over records without quotes (read/csv.ts, plainRecords), in WebAssembly: the same split
;; of each field — [+-]digits[.digits] read into a 64-bit integer, the first byte the split does not take
;; deciding between "maybe an exponent" and "not a number" — without the bounds checks of a JavaScript byte loop.
;; read/wasm-records.ts copies a block of whole lines without quotes to memory and calls `scan`; csv.ts then
;; fills each column's view from the outputs, column by column. A record `scan` cannot take as it is (an empty
;; line, a line ending other than the file's, more or fewer fields than the header) stops it at the record's
;; start, for csv.ts's general loop to take (and report).
;;
;; scan(pos, end, stop, width, maxRows, crlf, delimiter, kinds, classes, values, starts, ends, hashes, pow10, others)
;; → records; the global `stop` is where it stopped. Records starting at or after `stop` are not taken.
;; kinds[j]: csv.ts's parse type of column j (0 auto, 1 string, 2 number, 3 boolean). Outputs by column, field
;; (j, r) at j·maxRows + r:
;; - classes (u8): the field's kind in its ColumnView — 0 missing (empty), 1 number (a plain decimal of 1–15
;;   digits in a column that is not boolean; values: ±digits / 10^fraction digits, exact: Clinger's fast path),
;;   2 text (a string column's field, or one the split found not to be a number in an auto or number column:
;;   bytes and hash), 3 true / 4 false (a boolean word, as csv.ts's booleanBytes, in an auto column) — or 5 and
;;   6 for anything else (csv.ts's fillField decides, with the split's value NaN (5) or "not a number" (6));
;; - starts, ends (i32): the field's bytes (text and 5, 6); hashes (i32): for text, the hash ColumnView.intern
;;   computes (FNV-1a over 4-byte little-endian words, then the bytes left, then MurmurHash3's finaliser);
;; - others (i32, one per column): how many of the column's fields are text, 5 or 6.
;; pow10: 10^0 … 10^15 as doubles.
(module
  (memory (export "memory") 1)
  (global $stop (export "stop") (mut i32) (i32.const 0))

  (func (export "scan")
    (param $pos i32) (param $end i32) (param $stopAt i32) (param $width i32) (param $maxRows i32) (param $crlf i32)
    (param $delimiter i32) (param $kinds i32) (param $classes i32) (param $values i32) (param $starts i32)
    (param $ends i32) (param $hashes i32) (param $pow10 i32) (param $others i32)
    (result i32)
    (local $p i32) (local $line i32) (local $rows i32) (local $j i32) (local $c i32) (local $d i32)
    (local $kind i32) (local $fs i32) (local $at i32) (local $m i64) (local $digits i32) (local $frac i32)
    (local $neg i32) (local $first i32) (local $class i32) (local $v f64) (local $h i32) (local $w i32)
    (local.set $p (local.get $pos))
    (block $out
      (loop $records
        (local.set $line (local.get $p))
        (br_if $out (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $out (i32.ge_u (local.get $p) (local.get $stopAt)))
        (br_if $out (i32.ge_u (local.get $rows) (local.get $maxRows)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br_if $out (i32.or (i32.eq (local.get $c) (i32.const 10)) (i32.eq (local.get $c) (i32.const 13))))
        (local.set $j (i32.const 0))
        (loop $fields
          (local.set $kind (i32.load8_u (i32.add (local.get $kinds) (local.get $j))))
          (local.set $fs (local.get $p))
          (local.set $at (i32.add (i32.mul (local.get $j) (local.get $maxRows)) (local.get $rows)))
          (if (i32.eq (local.get $kind) (i32.const 1))
            (then
              ;; a string column: the bytes up to the delimiter, LF or CR
              (block $sb (loop $sl
                (br_if $sb (i32.eq (local.get $c) (local.get $delimiter)))
                (br_if $sb (i32.eq (local.get $c) (i32.const 10)))
                (br_if $sb (i32.eq (local.get $c) (i32.const 13)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (local.set $c (i32.load8_u (local.get $p)))
                (br $sl)))
              (local.set $class (select (i32.const 0) (i32.const 2) (i32.eq (local.get $p) (local.get $fs)))))
            (else
              (local.set $neg (i32.const 0))
              (if (i32.or (i32.eq (local.get $c) (i32.const 45)) (i32.eq (local.get $c) (i32.const 43))) (then
                (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (local.set $c (i32.load8_u (local.get $p)))))
              (local.set $first (local.get $p))
              (local.set $m (i64.const 0))
              (block $ib (loop $il
                (local.set $d (i32.sub (local.get $c) (i32.const 48)))
                (br_if $ib (i32.ge_u (local.get $d) (i32.const 10)))
                (local.set $m (i64.add (i64.mul (local.get $m) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (local.set $c (i32.load8_u (local.get $p)))
                (br $il)))
              (local.set $digits (i32.sub (local.get $p) (local.get $first)))
              (local.set $frac (i32.const -1))
              (if (i32.eq (local.get $c) (i32.const 46)) (then
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (local.set $first (local.get $p))
                (local.set $c (i32.load8_u (local.get $p)))
                (block $fb (loop $fl
                  (local.set $d (i32.sub (local.get $c) (i32.const 48)))
                  (br_if $fb (i32.ge_u (local.get $d) (i32.const 10)))
                  (local.set $m (i64.add (i64.mul (local.get $m) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (local.set $c (i32.load8_u (local.get $p)))
                  (br $fl)))
                (local.set $frac (i32.sub (local.get $p) (local.get $first)))
                (local.set $digits (i32.add (local.get $digits) (local.get $frac)))))
              (if (i32.and (i32.ne (local.get $c) (local.get $delimiter))
                    (i32.and (i32.ne (local.get $c) (i32.const 10)) (i32.ne (local.get $c) (i32.const 13))))
                (then
                  ;; the first byte the split does not take: only an exponent can still make a number
                  (local.set $digits (select (i32.const 16) (i32.const -1)
                    (i32.or (i32.eq (local.get $c) (i32.const 101)) (i32.eq (local.get $c) (i32.const 69)))))
                  (block $xb (loop $xl
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (br_if $xb (i32.eq (local.get $c) (local.get $delimiter)))
                    (br_if $xb (i32.eq (local.get $c) (i32.const 10)))
                    (br_if $xb (i32.eq (local.get $c) (i32.const 13)))
                    (br $xl)))))
              (if (i32.eq (local.get $p) (local.get $fs))
                (then (local.set $class (i32.const 0)))
                (else
                  (if (i32.and (i32.and (i32.gt_s (local.get $digits) (i32.const 0)) (i32.le_s (local.get $digits) (i32.const 15)))
                        (i32.ne (local.get $kind) (i32.const 3)))
                    (then
                      (local.set $v (f64.convert_i64_u (local.get $m)))
                      (if (i32.gt_s (local.get $frac) (i32.const 0)) (then
                        (local.set $v (f64.div (local.get $v)
                          (f64.load (i32.add (local.get $pow10) (i32.shl (local.get $frac) (i32.const 3))))))))
                      (if (local.get $neg) (then (local.set $v (f64.neg (local.get $v)))))
                      (f64.store (i32.add (local.get $values) (i32.shl (local.get $at) (i32.const 3))) (local.get $v))
                      (local.set $class (i32.const 1)))
                    (else
                      (if (i32.and (i32.eq (local.get $digits) (i32.const -1)) (i32.ne (local.get $kind) (i32.const 3)))
                        (then
                          (local.set $class (i32.const 2))
                          ;; in an auto column, a boolean word: 3 for true/True/TRUE, 4 for false/False/FALSE (words
                          ;; read little-endian; written here rather than called, as the hash below)
                          (if (i32.eqz (local.get $kind)) (then
                            (if (i32.eq (i32.sub (local.get $p) (local.get $fs)) (i32.const 4)) (then
                              (local.set $w (i32.load (local.get $fs)))
                              (if (i32.or (i32.or (i32.eq (local.get $w) (i32.const 0x65757274)) (i32.eq (local.get $w) (i32.const 0x65757254)))
                                    (i32.eq (local.get $w) (i32.const 0x45555254)))
                                (then (local.set $class (i32.const 3))))))
                            (if (i32.eq (i32.sub (local.get $p) (local.get $fs)) (i32.const 5)) (then
                              (local.set $w (i32.load (local.get $fs)))
                              (local.set $d (i32.load8_u offset=4 (local.get $fs)))
                              (if (i32.or (i32.and (i32.or (i32.eq (local.get $w) (i32.const 0x736c6166)) (i32.eq (local.get $w) (i32.const 0x736c6146)))
                                                   (i32.eq (local.get $d) (i32.const 0x65)))
                                          (i32.and (i32.eq (local.get $w) (i32.const 0x534c4146)) (i32.eq (local.get $d) (i32.const 0x45))))
                                (then (local.set $class (i32.const 4)))))))))
                        (else (local.set $class (select (i32.const 6) (i32.const 5) (i32.eq (local.get $digits) (i32.const -1))))))))))))
          (i32.store8 (i32.add (local.get $classes) (local.get $at)) (local.get $class))
          (if (i32.eq (local.get $class) (i32.const 2)) (then
            ;; the text's hash: FNV-1a over 4-byte words, then the bytes left, then MurmurHash3's finaliser
            ;; (column-batch.ts internHash), written here rather than called: a call per text field took ~3 ns
            (local.set $h (i32.const 0x811c9dc5))
            (local.set $first (local.get $fs))
            (block $wb (loop $wl
              (br_if $wb (i32.ge_s (local.get $first) (i32.sub (local.get $p) (i32.const 3))))
              (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load (local.get $first))) (i32.const 0x01000193)))
              (local.set $first (i32.add (local.get $first) (i32.const 4)))
              (br $wl)))
            (block $bb (loop $bl
              (br_if $bb (i32.ge_s (local.get $first) (local.get $p)))
              (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $first))) (i32.const 0x01000193)))
              (local.set $first (i32.add (local.get $first) (i32.const 1)))
              (br $bl)))
            (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
            (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
            (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
            (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
            (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
            (i32.store (i32.add (local.get $hashes) (i32.shl (local.get $at) (i32.const 2))) (local.get $h))))
          (if (i32.or (i32.eq (local.get $class) (i32.const 2)) (i32.ge_u (local.get $class) (i32.const 5))) (then
            (i32.store (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2))) (local.get $fs))
            (i32.store (i32.add (local.get $ends) (i32.shl (local.get $at) (i32.const 2))) (local.get $p))
            (local.set $first (i32.add (local.get $others) (i32.shl (local.get $j) (i32.const 2))))
            (i32.store (local.get $first) (i32.add (i32.load (local.get $first)) (i32.const 1)))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (if (i32.eq (local.get $c) (local.get $delimiter)) (then
            ;; more fields than the header: the general loop's (it reports the row)
            (br_if $out (i32.eq (local.get $j) (local.get $width)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $c (i32.load8_u (local.get $p)))
            (br $fields))))
        ;; fewer fields than the header, or a line ending other than the file's: the general loop's
        (br_if $out (i32.ne (local.get $j) (local.get $width)))
        (if (i32.eq (local.get $c) (i32.const 13))
          (then
            (br_if $out (i32.eqz (local.get $crlf)))
            (br_if $out (i32.ne (i32.load8_u (i32.add (local.get $p) (i32.const 1))) (i32.const 10)))
            (local.set $p (i32.add (local.get $p) (i32.const 2))))
          (else
            (br_if $out (local.get $crlf))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (local.set $rows (i32.add (local.get $rows) (i32.const 1)))
        (br $records)))
    (global.set $stop (local.get $line))
    (local.get $rows))
)
