;; The drift CSV reader's loop over plain lines (plain-lines.ts), in WebAssembly: the same fields, found and
;; parsed with 64-bit integers and without the bounds checks of a JavaScript byte loop. wasm-lines.ts copies a
;; block of complete lines without quotes to memory at 0 and calls `scan`, then hands each column's fields to
;; its ColumnBuilder exactly as plain-lines.ts would. A line it cannot take as it is (an empty line, a numeric
;; field that is not [-]digits[.digits] with 1 to 19 digits, an empty categorical field or one with a space at
;; either end or a CR at its end, more or fewer fields than the header) stops the scan at that line's start,
;; for plain-lines.ts to take.
;;
;; scan(pos, end, columns, maxRows, kinds, val, info, starts, ends, hashes, pow10, tableColumns) → rows (addresses
;; in memory; the block is [pos, end)); the global `stop` is
;; where it stopped (`end`, or the start of the line it left). kinds[j]: 0 column not read, 1 numeric, 2
;; categorical. Outputs are by column: field (j, r) at index j·maxRows + r of
;; - val (f64): a numeric field's digits as an integer when it has at most 15 digits (exact); with 16 to 19
;;   digits m its value ±m / 10^frac, the double nearest it: for m < 2^53 one correctly rounded division of two
;;   exact doubles (Clinger's fast path), else `divide` (parseDecimal's divideExact, decimal.ts); otherwise unused;
;; - info (i32): frac | kind << 8 | negative << 16, kind 0 (≤ 15 digits), 1 (value in val), 2 (parse the bytes:
;;   `divide` leaves a quotient that is a power of two to parseDecimal, as divideExact does);
;; pow10: for k = 0..22, 10^k and its Veltkamp halves (high, low), three doubles each.
;; - starts, ends (i32): the field's bytes [start, end);
;; - hashes (i32): a categorical field's FNV-1a (32-bit) hash of its bytes, as plain-lines.ts computes it;
;; - info, for a categorical field: the key's index when the column's table (see $key) has it, else -1.
;; Memory starts with one table of 22,528 bytes for each of the first `tableColumns` columns (see $key).
(module
  (memory (export "memory") 1)
  (global $stop (export "stop") (mut i32) (i32.const 0))
  ;; decimal.ts's divideExact for 2^53 ≤ w < 2^64, 0 ≤ k ≤ 19 (see there): the double nearest w / 10^k, or NaN
  ;; when the first quotient is a power of two. The same operations in the same order, so the same double.
  (func $divide (param $w i64) (param $k i32) (param $table i32) (result f64)
    (local $s f64) (local $t f64) (local $p f64) (local $x f64) (local $c f64) (local $xh f64) (local $xl f64)
    (local $h f64) (local $l f64) (local $r f64) (local $bits i64) (local $u f64) (local $half f64) (local $at i32)
    (local.set $at (i32.add (local.get $table) (i32.mul (local.get $k) (i32.const 24))))
    (local.set $s (f64.convert_i64_u (local.get $w)))
    (local.set $t (f64.convert_i64_s (i64.sub (local.get $w) (i64.trunc_f64_u (local.get $s)))))
    (local.set $p (f64.load (local.get $at)))
    (local.set $x (f64.div (local.get $s) (local.get $p)))
    (local.set $c (f64.mul (f64.const 134217729) (local.get $x)))
    (local.set $xh (f64.sub (local.get $c) (f64.sub (local.get $c) (local.get $x))))
    (local.set $xl (f64.sub (local.get $x) (local.get $xh)))
    (local.set $h (f64.mul (local.get $x) (local.get $p)))
    ;; l = xh·ph − h + xh·pl + xl·ph + xl·pl, left to right
    (local.set $l (f64.add (f64.add (f64.add
      (f64.sub (f64.mul (local.get $xh) (f64.load offset=8 (local.get $at))) (local.get $h))
      (f64.mul (local.get $xh) (f64.load offset=16 (local.get $at))))
      (f64.mul (local.get $xl) (f64.load offset=8 (local.get $at))))
      (f64.mul (local.get $xl) (f64.load offset=16 (local.get $at)))))
    ;; r = s − h − l + t
    (local.set $r (f64.add (f64.sub (f64.sub (local.get $s) (local.get $h)) (local.get $l)) (local.get $t)))
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (if (i64.eqz (i64.and (local.get $bits) (i64.const 0xfffffffffffff))) (then (return (f64.const nan))))
    ;; u: the spacing of doubles at x (x is normal and positive here): 2^(exponent field − 1075)
    (local.set $u (f64.reinterpret_i64 (i64.shl (i64.sub (i64.shr_u (local.get $bits) (i64.const 52)) (i64.const 52)) (i64.const 52))))
    (local.set $half (f64.mul (f64.mul (local.get $u) (local.get $p)) (f64.const 0.5)))
    (if (i32.or (f64.gt (local.get $r) (local.get $half))
          (i32.and (f64.eq (local.get $r) (local.get $half)) (i32.wrap_i64 (i64.and (local.get $bits) (i64.const 1)))))
      (then (return (f64.add (local.get $x) (local.get $u)))))
    (if (i32.or (f64.lt (local.get $r) (f64.neg (local.get $half)))
          (i32.and (f64.eq (local.get $r) (f64.neg (local.get $half))) (i32.wrap_i64 (i64.and (local.get $bits) (i64.const 1)))))
      (then (return (f64.sub (local.get $x) (local.get $u)))))
    (local.get $x))

  ;; The index of a categorical column's key with hash h and bytes [s, s + n), from the column's table at t
  ;; (filled by wasm-lines.ts: 1024 slots of (hash, entry + 1) by linear probing from (h ^ h >>> 16) & 1023, then
  ;; at t + 8192 entries of (bytes' address, length, key index)); -1 when the table does not have it.
  (func $key (param $t i32) (param $h i32) (param $s i32) (param $n i32) (result i32)
    (local $slot i32) (local $e i32) (local $entry i32) (local $a i32) (local $i i32)
    (local.set $slot (i32.and (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))) (i32.const 1023)))
    (loop $probe
      (local.set $e (i32.add (local.get $t) (i32.shl (local.get $slot) (i32.const 3))))
      (local.set $entry (i32.load offset=4 (local.get $e)))
      (if (i32.eqz (local.get $entry)) (then (return (i32.const -1))))
      (if (i32.eq (i32.load (local.get $e)) (local.get $h))
        (then
          (local.set $entry (i32.add (i32.add (local.get $t) (i32.const 8192))
            (i32.mul (i32.sub (local.get $entry) (i32.const 1)) (i32.const 12))))
          (if (i32.eq (i32.load offset=4 (local.get $entry)) (local.get $n))
            (then
              (local.set $a (i32.load (local.get $entry)))
              (local.set $i (i32.const 0))
              (block $differ
                (loop $bytes
                  (if (i32.lt_u (local.get $i) (local.get $n))
                    (then
                      (br_if $differ (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                        (i32.load8_u (i32.add (local.get $s) (local.get $i)))))
                      (local.set $i (i32.add (local.get $i) (i32.const 1)))
                      (br $bytes))))
                (return (i32.load offset=8 (local.get $entry))))))))
      (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 1023)))
      (br $probe))
    (i32.const -1))

  (func (export "scan")
    (param $pos i32) (param $end i32) (param $columns i32) (param $maxRows i32) (param $kinds i32)
    (param $val i32) (param $info i32) (param $starts i32) (param $ends i32) (param $hashes i32) (param $pow10 i32)
    (param $tableColumns i32)
    (result i32)
    (local $p i32) (local $line i32) (local $rows i32) (local $j i32) (local $c i32) (local $d i32)
    (local $kind i32) (local $fs i32) (local $at i32) (local $m i64) (local $digits i32) (local $frac i32)
    (local $neg i32) (local $first i32) (local $h i32) (local $v f64) (local $last i32)
    (local.set $p (local.get $pos))
    (block $out
      (loop $lines
        (local.set $line (local.get $p))
        (br_if $out (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $out (i32.ge_u (local.get $rows) (local.get $maxRows)))
        (local.set $c (i32.load8_u (local.get $p)))
        ;; an empty line (LF or CR LF) is plain-lines.ts's
        (br_if $out (i32.or (i32.eq (local.get $c) (i32.const 10)) (i32.eq (local.get $c) (i32.const 13))))
        (local.set $j (i32.const 0))
        (loop $fields
          (br_if $out (i32.ge_u (local.get $j) (local.get $columns)))
          (local.set $kind (i32.load8_u (i32.add (local.get $kinds) (local.get $j))))
          (local.set $fs (local.get $p))
          (local.set $at (i32.add (i32.mul (local.get $j) (local.get $maxRows)) (local.get $rows)))
          (if (i32.eq (local.get $kind) (i32.const 1))
            (then
              (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
              (if (local.get $neg) (then
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
              (local.set $frac (i32.const 0))
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
              ;; only [-]digits[.digits] up to a comma or LF, with 1 to 19 digits (m exact in 64 bits)
              (br_if $out (i32.and (i32.ne (local.get $c) (i32.const 44)) (i32.ne (local.get $c) (i32.const 10))))
              (br_if $out (i32.eqz (local.get $digits)))
              (br_if $out (i32.gt_u (local.get $digits) (i32.const 19)))
              (if (i32.le_u (local.get $digits) (i32.const 15))
                (then
                  (f64.store (i32.add (local.get $val) (i32.shl (local.get $at) (i32.const 3))) (f64.convert_i64_u (local.get $m)))
                  (i32.store (i32.add (local.get $info) (i32.shl (local.get $at) (i32.const 2)))
                    (i32.or (local.get $frac) (i32.shl (local.get $neg) (i32.const 16)))))
                (else
                  (if (i64.lt_u (local.get $m) (i64.const 9007199254740992))
                    (then
                      (local.set $v (f64.div (f64.convert_i64_u (local.get $m))
                        (f64.load (i32.add (local.get $pow10) (i32.mul (local.get $frac) (i32.const 24)))))))
                    (else (local.set $v (call $divide (local.get $m) (local.get $frac) (local.get $pow10)))))
                  (if (f64.eq (local.get $v) (local.get $v))
                    (then
                      (if (local.get $neg) (then (local.set $v (f64.neg (local.get $v)))))
                      (f64.store (i32.add (local.get $val) (i32.shl (local.get $at) (i32.const 3))) (local.get $v))
                      (i32.store (i32.add (local.get $info) (i32.shl (local.get $at) (i32.const 2)))
                        (i32.or (i32.or (local.get $frac) (i32.const 256)) (i32.shl (local.get $neg) (i32.const 16)))))
                    (else
                      (i32.store (i32.add (local.get $info) (i32.shl (local.get $at) (i32.const 2)))
                        (i32.or (i32.or (local.get $frac) (i32.const 512)) (i32.shl (local.get $neg) (i32.const 16))))))))
              (i32.store (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2))) (local.get $fs))
              (i32.store (i32.add (local.get $ends) (i32.shl (local.get $at) (i32.const 2))) (local.get $p)))
            (else
              (if (i32.eq (local.get $kind) (i32.const 2))
                (then
                  (local.set $h (i32.const 0x811c9dc5))
                  (block $cb (loop $cl
                    (br_if $cb (i32.eq (local.get $c) (i32.const 44)))
                    (br_if $cb (i32.eq (local.get $c) (i32.const 10)))
                    (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (br $cl)))
                  ;; empty, a space at either end, or a CR at the end: plain-lines.ts's
                  (br_if $out (i32.eq (local.get $p) (local.get $fs)))
                  (br_if $out (i32.eq (i32.load8_u (local.get $fs)) (i32.const 32)))
                  (local.set $last (i32.load8_u (i32.sub (local.get $p) (i32.const 1))))
                  (br_if $out (i32.or (i32.eq (local.get $last) (i32.const 32)) (i32.eq (local.get $last) (i32.const 13))))
                  ;; a key the column's table knows: its index; else -1 and the bytes and hash for wasm-lines.ts
                  (i32.store (i32.add (local.get $info) (i32.shl (local.get $at) (i32.const 2)))
                    (if (result i32) (i32.lt_u (local.get $j) (local.get $tableColumns))
                      (then (call $key (i32.mul (local.get $j) (i32.const 22528))
                        (local.get $h) (local.get $fs) (i32.sub (local.get $p) (local.get $fs))))
                      (else (i32.const -1))))
                  (i32.store (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2))) (local.get $fs))
                  (i32.store (i32.add (local.get $ends) (i32.shl (local.get $at) (i32.const 2))) (local.get $p))
                  (i32.store (i32.add (local.get $hashes) (i32.shl (local.get $at) (i32.const 2))) (local.get $h)))
                (else
                  (block $sb (loop $sl
                    (br_if $sb (i32.eq (local.get $c) (i32.const 44)))
                    (br_if $sb (i32.eq (local.get $c) (i32.const 10)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (br $sl)))))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (if (i32.ne (local.get $c) (i32.const 10)) (then
            (local.set $c (i32.load8_u (local.get $p)))
            (br $fields))))
        ;; fewer fields than the header: plain-lines.ts's (it counts them missing)
        (br_if $out (i32.ne (local.get $j) (local.get $columns)))
        (local.set $rows (i32.add (local.get $rows) (i32.const 1)))
        (br $lines)))
    (global.set $stop (local.get $line))
    (local.get $rows))
)
