;; The profile's pass over the numbers of a column batch (`column`), for sketch/number-scan.ts.
;;
;; Bucket index ceil(log_gamma |x|) of |x| > 1e-300: log2 |x| is the exponent plus log2 of the mantissa,
;; interpolated linearly between log2(1 + k/1024) and log2(1 + (k+1)/1024) from tables the caller writes: the
;; cells (1025 f64) at 0 and the steps to the next cell (1024 f64) at 8200. t = log2 |x| * perLog2; an index
;; within `near` of t's neighbouring integers is 0x7fffffff, for the caller to take Math.log's.
;;
;; `column` reads a column batch's kinds (u8: 0 missing, 1 number, 2 text, 3 true, 4 false) and numbers (f64)
;; and, with the running figures in the state at 16392 (f64: min, max, sumHi, sumLo, squaresHi, squaresLo; then
;; i32 counts: numbers, integers, finite, missing, texts, trues, falses, tallied, others, zeros, rest; then f64:
;; the batch's least and greatest finite numbers, +inf and -inf when it has none), counts the kinds, writes each
;; number's hash (hashNumber of profile/column.ts: MurmurHash3's finaliser over its bits, -0 as
;; 0, NaN as the canonical NaN) and adds the finite numbers to min, max, Σx and Σx² exactly as moment-sums.ts's
;; addNumbers does (the same operations in the same order, so the same doubles; min and max are the batch's first,
;; then the running ones', which gives the same doubles, -0 and 0 included: a value replaces the least only when
;; below it).
;; The finite numbers go to the quantile sketch's buckets: magnitudes up to 1e-300 are counted as zeros; a number
;; whose bucket lies in its sign's window [offset, offset + length) of the sketch (the caller's) is counted there
;; (i32 counts at $positive or $negative, one per bucket of the window, which the caller reads and zeroes); the
;; rest (outside the window, or near a boundary: index 0x7fffffff) are written with their index to `values` and
;; `indexes` (`rest` of them, in row order), for the caller to add one by one.
;; With $tally set (the profile's categories are complete) it also sorts the numbers for the categories: each
;; small non-negative integer x (0 <= x < 4096, -0 as 0) is tallied in the i32 counts at 16504 (tally[x]++; the
;; caller reads and zeroes them), and listed at 32888 the first time it is seen (`tallied` of them); every other
;; number is written with its hash to `others` and `otherHashes` (`others` of them).
(module
  (memory (export "memory") 1)

  (func (export "column")
    (param $kinds i32) (param $numbers i32) (param $n i32) (param $values i32) (param $indexes i32) (param $hashes i32)
    (param $perLog2 f64) (param $near f64)
    (param $tally i32) (param $others i32) (param $otherHashes i32)
    (param $positiveOffset i32) (param $positiveLength i32) (param $positive i32)
    (param $negativeOffset i32) (param $negativeLength i32) (param $negative i32)
    (local $end i32) (local $zeros i32) (local $rest i32) (local $index i32) (local $negate i32) (local $at i32) (local $kind i32) (local $x f64) (local $bits i64) (local $h i32) (local $small i32) (local $cell i32)
    (local $tallied i32) (local $other i32)
    (local $ibits i64) (local $ihigh i32) (local $icell i32) (local $it f64) (local $iindex f64)
    (local $min f64) (local $max f64) (local $sumHi f64) (local $sumLo f64) (local $squaresHi f64) (local $squaresLo f64)
    (local $t f64) (local $b f64) (local $p f64) (local $c f64) (local $xh f64) (local $xl f64)
    (local $count i32) (local $integers i32) (local $finite i32) (local $missing i32) (local $texts i32) (local $trues i32) (local $falses i32)
    ;; The batch's least and greatest finite numbers (merged into the running ones at the end)
    (local.set $min (f64.const inf))
    (local.set $max (f64.const -inf))
    (local.set $sumHi (f64.load (i32.const 16408)))
    (local.set $sumLo (f64.load (i32.const 16416)))
    (local.set $squaresHi (f64.load (i32.const 16424)))
    (local.set $squaresLo (f64.load (i32.const 16432)))
    (local.set $end (i32.add (local.get $kinds) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $kinds) (local.get $end)))
        (local.set $kind (i32.load8_u (local.get $kinds)))
        (if (i32.eq (local.get $kind) (i32.const 1))
          (then
            (local.set $x (f64.load (local.get $numbers)))
            (local.set $bits (i64.reinterpret_f64 (local.get $x)))
            (if (f64.eq (local.get $x) (f64.const 0)) (then (local.set $bits (i64.const 0))))
            (if (f64.ne (local.get $x) (local.get $x)) (then (local.set $bits (i64.const 0x7ff8000000000000))))
            ;; fmix32(imul(low ^ 0x9747b28c, 0xcc9e2d51) ^ high)
            (local.set $h
              (i32.xor
                (i32.mul (i32.xor (i32.wrap_i64 (local.get $bits)) (i32.const 0x9747b28c)) (i32.const 0xcc9e2d51))
                (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 32)))))
            (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))) (i32.const 0x85ebca6b)))
            (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))) (i32.const 0xc2b2ae35)))
            (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
            (i32.store (local.get $hashes) (local.get $h))
            (local.set $hashes (i32.add (local.get $hashes) (i32.const 4)))
            (if (local.get $tally)
              (then
                (if (i32.and
                      (i32.and (f64.ge (local.get $x) (f64.const 0)) (f64.lt (local.get $x) (f64.const 4096)))
                      (f64.eq (f64.trunc (local.get $x)) (local.get $x)))
                  (then
                    ;; tally[x]++, listed at its first count
                    (local.set $cell (i32.add (i32.const 16504) (i32.shl (i32.trunc_f64_s (local.get $x)) (i32.const 2))))
                    (local.set $small (i32.load (local.get $cell)))
                    (i32.store (local.get $cell) (i32.add (local.get $small) (i32.const 1)))
                    (if (i32.eqz (local.get $small))
                      (then
                        (i32.store (i32.add (i32.const 32888) (i32.shl (local.get $tallied) (i32.const 2))) (i32.trunc_f64_s (local.get $x)))
                        (local.set $tallied (i32.add (local.get $tallied) (i32.const 1))))))
                  (else
                    (f64.store (local.get $others) (local.get $x))
                    (i32.store (local.get $otherHashes) (local.get $h))
                    (local.set $others (i32.add (local.get $others) (i32.const 8)))
                    (local.set $otherHashes (i32.add (local.get $otherHashes) (i32.const 4)))
                    (local.set $other (i32.add (local.get $other) (i32.const 1)))))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            ;; finite: x - x is 0 (NaN and the infinities give NaN)
            (if (f64.eq (f64.sub (local.get $x) (local.get $x)) (f64.const 0))
              (then
                (if (f64.eq (f64.trunc (local.get $x)) (local.get $x))
                  (then (local.set $integers (i32.add (local.get $integers) (i32.const 1)))))
                (local.set $finite (i32.add (local.get $finite) (i32.const 1)))
                (if (f64.gt (f64.abs (local.get $x)) (f64.const 1e-300))
                  (then
                    ;; The bucket index (see the top), written here rather than called: |x| as bits, the sign bit cleared
                    (local.set $ibits (i64.and (i64.reinterpret_f64 (local.get $x)) (i64.const 0x7fffffffffffffff)))
                    (local.set $ihigh (i32.wrap_i64 (i64.shr_u (local.get $ibits) (i64.const 32))))
                    ;; the mantissa's top 10 bits pick the cell (its byte offset: cell * 8)
                    (local.set $icell (i32.and (i32.shr_u (local.get $ihigh) (i32.const 7)) (i32.const 0x1ff8)))
                    (local.set $it
                      (f64.mul
                        (f64.add
                          (f64.add
                            (f64.convert_i32_s (i32.sub (i32.shr_u (local.get $ihigh) (i32.const 20)) (i32.const 1023)))
                            (f64.load (local.get $icell)))
                          (f64.mul
                            (f64.load offset=8200 (local.get $icell))
                            ;; the 42 mantissa bits below the cell's, as a fraction of the cell
                            (f64.mul (f64.convert_i64_s (i64.and (local.get $ibits) (i64.const 0x3ffffffffff))) (f64.const 0x1p-42))))
                        (local.get $perLog2)))
                    (local.set $iindex (f64.ceil (local.get $it)))
                    (local.set $index (if (result i32)
                        (i32.or
                          (f64.lt (f64.sub (local.get $iindex) (local.get $it)) (local.get $near))
                          (f64.lt (f64.sub (local.get $it) (f64.sub (local.get $iindex) (f64.const 1))) (local.get $near)))
                        (then (i32.const 0x7fffffff))
                        (else (i32.trunc_f64_s (local.get $iindex)))))
                    ;; the bucket's place in its sign's window: outside it (0x7fffffff too) as unsigned, at least its length
                    (local.set $negate (f64.lt (local.get $x) (f64.const 0)))
                    (local.set $at
                      (i32.sub (local.get $index) (select (local.get $negativeOffset) (local.get $positiveOffset) (local.get $negate))))
                    (if (i32.lt_u (local.get $at) (select (local.get $negativeLength) (local.get $positiveLength) (local.get $negate)))
                      (then
                        (local.set $cell
                          (i32.add (select (local.get $negative) (local.get $positive) (local.get $negate)) (i32.shl (local.get $at) (i32.const 2))))
                        (i32.store (local.get $cell) (i32.add (i32.load (local.get $cell)) (i32.const 1))))
                      (else
                        (f64.store (local.get $values) (local.get $x))
                        (i32.store (local.get $indexes) (local.get $index))
                        (local.set $values (i32.add (local.get $values) (i32.const 8)))
                        (local.set $indexes (i32.add (local.get $indexes) (i32.const 4)))
                        (local.set $rest (i32.add (local.get $rest) (i32.const 1))))))
                  (else (local.set $zeros (i32.add (local.get $zeros) (i32.const 1)))))
                (if (f64.lt (local.get $x) (local.get $min)) (then (local.set $min (local.get $x))))
                (if (f64.gt (local.get $x) (local.get $max)) (then (local.set $max (local.get $x))))
                ;; Σx += x: t + error = sumHi + x exactly
                (local.set $t (f64.add (local.get $sumHi) (local.get $x)))
                (local.set $b (f64.sub (local.get $t) (local.get $sumHi)))
                (local.set $sumLo
                  (f64.add (local.get $sumLo)
                    (f64.add
                      (f64.sub (local.get $sumHi) (f64.sub (local.get $t) (local.get $b)))
                      (f64.sub (local.get $x) (local.get $b)))))
                (local.set $sumHi (local.get $t))
                ;; x² = p + e exactly (Dekker: x split at 2^27 + 1)
                (local.set $p (f64.mul (local.get $x) (local.get $x)))
                (local.set $c (f64.mul (f64.const 134217729) (local.get $x)))
                (local.set $xh (f64.sub (local.get $c) (f64.sub (local.get $c) (local.get $x))))
                (local.set $xl (f64.sub (local.get $x) (local.get $xh)))
                ;; Σx² += p + e
                (local.set $t (f64.add (local.get $squaresHi) (local.get $p)))
                (local.set $b (f64.sub (local.get $t) (local.get $squaresHi)))
                (local.set $squaresLo
                  (f64.add (local.get $squaresLo)
                    (f64.add
                      (f64.add
                        (f64.sub (local.get $squaresHi) (f64.sub (local.get $t) (local.get $b)))
                        (f64.sub (local.get $p) (local.get $b)))
                      ;; e = ((xh·xh − p) + 2·xh·xl) + xl·xl
                      (f64.add
                        (f64.add
                          (f64.sub (f64.mul (local.get $xh) (local.get $xh)) (local.get $p))
                          (f64.mul (f64.mul (f64.const 2) (local.get $xh)) (local.get $xl)))
                        (f64.mul (local.get $xl) (local.get $xl))))))
                (local.set $squaresHi (local.get $t)))))
          (else
            (if (i32.eqz (local.get $kind))
              (then (local.set $missing (i32.add (local.get $missing) (i32.const 1))))
              (else (if (i32.eq (local.get $kind) (i32.const 2))
                (then (local.set $texts (i32.add (local.get $texts) (i32.const 1))))
                (else (if (i32.eq (local.get $kind) (i32.const 3))
                  (then (local.set $trues (i32.add (local.get $trues) (i32.const 1))))
                  (else (local.set $falses (i32.add (local.get $falses) (i32.const 1)))))))))))
        (local.set $kinds (i32.add (local.get $kinds) (i32.const 1)))
        (local.set $numbers (i32.add (local.get $numbers) (i32.const 8)))
        (br $next)))
    (f64.store (i32.const 16488) (local.get $min))
    (f64.store (i32.const 16496) (local.get $max))
    (if (f64.lt (local.get $min) (f64.load (i32.const 16392))) (then (f64.store (i32.const 16392) (local.get $min))))
    (if (f64.gt (local.get $max) (f64.load (i32.const 16400))) (then (f64.store (i32.const 16400) (local.get $max))))
    (f64.store (i32.const 16408) (local.get $sumHi))
    (f64.store (i32.const 16416) (local.get $sumLo))
    (f64.store (i32.const 16424) (local.get $squaresHi))
    (f64.store (i32.const 16432) (local.get $squaresLo))
    (i32.store (i32.const 16440) (local.get $count))
    (i32.store (i32.const 16444) (local.get $integers))
    (i32.store (i32.const 16448) (local.get $finite))
    (i32.store (i32.const 16452) (local.get $missing))
    (i32.store (i32.const 16456) (local.get $texts))
    (i32.store (i32.const 16460) (local.get $trues))
    (i32.store (i32.const 16464) (local.get $falses))
    (i32.store (i32.const 16468) (local.get $tallied))
    (i32.store (i32.const 16472) (local.get $other))
    (i32.store (i32.const 16476) (local.get $zeros))
    (i32.store (i32.const 16480) (local.get $rest))))
