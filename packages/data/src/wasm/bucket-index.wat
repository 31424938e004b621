;; DDSketch bucket indexes ceil(log_gamma |x|) of an array of doubles, for sketch/quantiles.ts (see bucketIndexes
;; there). log2 |x| is the exponent plus log2 of the mantissa, interpolated linearly between log2(1 + k/1024) and
;; log2(1 + (k+1)/1024) from tables the caller writes: the cells (1025 f64) at 0 and the steps to the next cell
;; (1024 f64) at 8200. t = log2 |x| * perLog2; an index within `near` of t's neighbouring integers is written as
;; 0x7fffffff, for the caller to take Math.log's; zeros and magnitudes up to 1e-300 get 0 (the caller skips them).
(module
  (memory (export "memory") 1)
  (func (export "indexes") (param $values i32) (param $n i32) (param $out i32) (param $perLog2 f64) (param $near f64)
    (local $end i32) (local $bits i64) (local $high i32) (local $cell i32) (local $t f64) (local $index f64)
    (local.set $end (i32.add (local.get $values) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $values) (local.get $end)))
        ;; |x| as bits: the sign bit cleared
        (local.set $bits (i64.and (i64.load (local.get $values)) (i64.const 0x7fffffffffffffff)))
        (if (f64.gt (f64.reinterpret_i64 (local.get $bits)) (f64.const 1e-300))
          (then
            (local.set $high (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 32))))
            ;; the mantissa's top 10 bits pick the cell (its byte offset: cell * 8)
            (local.set $cell (i32.and (i32.shr_u (local.get $high) (i32.const 7)) (i32.const 0x1ff8)))
            (local.set $t
              (f64.mul
                (f64.add
                  (f64.add
                    (f64.convert_i32_s (i32.sub (i32.shr_u (local.get $high) (i32.const 20)) (i32.const 1023)))
                    (f64.load (local.get $cell)))
                  (f64.mul
                    (f64.load offset=8200 (local.get $cell))
                    ;; the 42 mantissa bits below the cell's, as a fraction of the cell
                    (f64.mul (f64.convert_i64_s (i64.and (local.get $bits) (i64.const 0x3ffffffffff))) (f64.const 0x1p-42))))
                (local.get $perLog2)))
            (local.set $index (f64.ceil (local.get $t)))
            (if (i32.or
                  (f64.lt (f64.sub (local.get $index) (local.get $t)) (local.get $near))
                  (f64.lt (f64.sub (local.get $t) (f64.sub (local.get $index) (f64.const 1))) (local.get $near)))
              (then (i32.store (local.get $out) (i32.const 0x7fffffff)))
              (else (i32.store (local.get $out) (i32.trunc_f64_s (local.get $index))))))
          (else (i32.store (local.get $out) (i32.const 0))))
        (local.set $values (i32.add (local.get $values) (i32.const 8)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $next)))))
