;; The merged walk of streamed-tests.ts (summarizeStreamed) over two samples, each the k-way merge of its sorted
;; sources (distinct-stream.ts): one pass over the pooled distinct values computing KS, Wasserstein, West's
;; variance of the reference and the quantile-bin edges, with the same floating-point operations in the same
;; order as the JavaScript it replaced (so the results are bit-identical to the in-memory functions).
;;
;; The sources' blocks are in this memory, filled by the caller (merged-walk.ts): a source table of 32-byte
;; entries at $table — +0 at, +4 size, +8 values address, +12 weights address (0: every value one observation),
;; +16 final (1: no data after this block) — and, per sample, the list of its live sources (i32 indices into the
;; table, in DistinctStream's order), with each one's head (current value, f64) in an array beside it, as
;; DistinctStream keeps them (read again from the blocks at each call of `walk`). A non-final block always ends at the end of a group of equal values (the
;; caller keeps the rest for the next block), so a group is always consumed whole. When a non-final block is used
;; up the walk returns 1 after finishing the current value; the caller refills every such block and calls `walk`
;; again. It returns 0 at the end. All state lives in globals between calls.
(module
  (memory (export "memory") 1)
  (global $table (mut i32) (i32.const 0))
  (global $liveA (mut i32) (i32.const 0))
  (global $liveB (mut i32) (i32.const 0))
  (global $headsA (mut i32) (i32.const 0))
  (global $headsB (mut i32) (i32.const 0))
  (global $nA (export "liveCountA") (mut i32) (i32.const 0))
  (global $nB (export "liveCountB") (mut i32) (i32.const 0))
  (global $pending (mut i32) (i32.const 0))
  ;; outputs: first, firstA, firstB (binCount + 1 each), edges, edgeA, edgeB (binCount each), f64
  (global $first (mut i32) (i32.const 0))
  (global $firstA (mut i32) (i32.const 0))
  (global $firstB (mut i32) (i32.const 0))
  (global $edges (mut i32) (i32.const 0))
  (global $edgeA (mut i32) (i32.const 0))
  (global $edgeB (mut i32) (i32.const 0))
  (global $bins (mut i32) (i32.const 0))
  (global $n1 (mut f64) (f64.const 0))
  (global $n2 (mut f64) (f64.const 0))
  (global $started (mut i32) (i32.const 0))
  (global $ca (export "ca") (mut f64) (f64.const 0))
  (global $cb (export "cb") (mut f64) (f64.const 0))
  (global $maxS (export "maxS") (mut f64) (f64.const 0))
  (global $minS (export "minS") (mut f64) (f64.const 0))
  (global $maxAt (export "maxAt") (mut f64) (f64.const 0))
  (global $minAt (export "minAt") (mut f64) (f64.const 0))
  (global $prev (mut f64) (f64.const 0))
  (global $area (export "area") (mut f64) (f64.const 0))
  (global $diff (mut f64) (f64.const 0))
  (global $mean (mut f64) (f64.const 0))
  (global $m2 (export "m2") (mut f64) (f64.const 0))
  (global $k (mut f64) (f64.const 0))
  (global $idx (mut f64) (f64.const 0))
  (global $firsts (export "firsts") (mut i32) (i32.const 0))
  (global $edgeCount (export "edgeCount") (mut i32) (i32.const 0))
  (global $max (export "max") (mut f64) (f64.const 0))

  (func (export "init") (param $table i32) (param $liveA i32) (param $nA i32) (param $liveB i32) (param $nB i32)
      (param $heads i32) (param $out i32) (param $bins i32) (param $n1 f64) (param $n2 f64)
    (local $b8 i32)
    (global.set $table (local.get $table))
    (global.set $headsA (local.get $heads))
    (global.set $headsB (i32.add (local.get $heads) (i32.shl (local.get $nA) (i32.const 3))))
    (global.set $liveA (local.get $liveA))
    (global.set $nA (local.get $nA))
    (global.set $liveB (local.get $liveB))
    (global.set $nB (local.get $nB))
    (global.set $bins (local.get $bins))
    (local.set $b8 (i32.shl (local.get $bins) (i32.const 3)))
    (global.set $first (local.get $out))
    (global.set $firstA (i32.add (global.get $first) (i32.add (local.get $b8) (i32.const 8))))
    (global.set $firstB (i32.add (global.get $firstA) (i32.add (local.get $b8) (i32.const 8))))
    (global.set $edges (i32.add (global.get $firstB) (i32.add (local.get $b8) (i32.const 8))))
    (global.set $edgeA (i32.add (global.get $edges) (local.get $b8)))
    (global.set $edgeB (i32.add (global.get $edgeA) (local.get $b8)))
    (global.set $n1 (local.get $n1))
    (global.set $n2 (local.get $n2))
    (global.set $pending (i32.const 0))
    (global.set $started (i32.const 0))
    (global.set $ca (f64.const 0))
    (global.set $cb (f64.const 0))
    (global.set $maxS (f64.const -inf))
    (global.set $minS (f64.const inf))
    (global.set $maxAt (f64.const nan))
    (global.set $minAt (f64.const nan))
    (global.set $area (f64.const 0))
    (global.set $diff (f64.const 0))
    (global.set $mean (f64.const 0))
    (global.set $m2 (f64.const 0))
    (global.set $k (f64.const 1))
    (global.set $idx (call $orderStatistic (f64.const 1)))
    (global.set $firsts (i32.const 0))
    (global.set $edgeCount (i32.const 0))
    (global.set $max (f64.const nan)))

  ;; idx_k = min(n1 − 1, max(0, ⌈k·n1/B⌉ − 1)), as Math.min/Math.max/Math.ceil on doubles
  (func $orderStatistic (param $k f64) (result f64)
    (f64.min (f64.sub (global.get $n1) (f64.const 1))
      (f64.max (f64.const 0)
        (f64.sub (f64.ceil (f64.div (f64.mul (local.get $k) (global.get $n1)) (f64.convert_i32_u (global.get $bins)))) (f64.const 1)))))

  ;; the current value of table entry $s
  (func $head (param $s i32) (result f64)
    (f64.load (i32.add (i32.load offset=8 (local.get $s)) (i32.shl (i32.load (local.get $s)) (i32.const 3)))))

  ;; The smallest of a sample's n live heads: the first one, replaced only by a strictly smaller one.
  (func $min (param $heads i32) (param $n i32) (result f64)
    (local $m f64) (local $h f64) (local $end i32)
    (local.set $m (f64.load (local.get $heads)))
    (local.set $end (i32.add (local.get $heads) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $scan
        (local.set $heads (i32.add (local.get $heads) (i32.const 8)))
        (br_if $done (i32.ge_u (local.get $heads) (local.get $end)))
        (local.set $h (f64.load (local.get $heads)))
        (if (f64.lt (local.get $h) (local.get $m)) (then (local.set $m (local.get $h))))
        (br $scan)))
    (local.get $m))

  ;; Each live source's head (its current value), after the caller refilled blocks.
  (func $heads (param $list i32) (param $heads i32) (param $n i32)
    (local $r i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        (f64.store (i32.add (local.get $heads) (i32.shl (local.get $r) (i32.const 3)))
          (call $head (i32.add (global.get $table) (i32.shl (i32.load (i32.add (local.get $list) (i32.shl (local.get $r) (i32.const 2)))) (i32.const 5)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each))))

  ;; DistinctStream.next's consumption: every entry equal to $m of every live source whose head is $m, summed
  ;; (a weight each, or 1). A source used up is dropped (the last live one takes its place) when its block is
  ;; final, else marked pending. Returns the count; the sample's new live count is left in $live.
  (global $live (mut i32) (i32.const 0))
  (func $consume (param $list i32) (param $heads i32) (param $n i32) (param $m f64) (result f64)
    (local $c f64) (local $r i32) (local $s i32) (local $at i32) (local $size i32) (local $vals i32) (local $w i32)
    (local $last i32)
    (local.set $c (f64.const 0))
    (local.set $r (i32.const 0))
    (block $done
      (loop $sources
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        (if (f64.ne (f64.load (i32.add (local.get $heads) (i32.shl (local.get $r) (i32.const 3)))) (local.get $m))
          (then
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $sources)))
        (local.set $s (i32.add (global.get $table) (i32.shl (i32.load (i32.add (local.get $list) (i32.shl (local.get $r) (i32.const 2)))) (i32.const 5))))
        (local.set $at (i32.load (local.get $s)))
        (local.set $vals (i32.load offset=8 (local.get $s)))
        (local.set $size (i32.load offset=4 (local.get $s)))
        (local.set $w (i32.load offset=12 (local.get $s)))
        (block $end
          (loop $equal
            (local.set $c (f64.add (local.get $c)
              (if (result f64) (local.get $w)
                (then (f64.load (i32.add (local.get $w) (i32.shl (local.get $at) (i32.const 3)))))
                (else (f64.const 1)))))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))
            (br_if $end (i32.eq (local.get $at) (local.get $size)))
            (br_if $equal (f64.eq (f64.load (i32.add (local.get $vals) (i32.shl (local.get $at) (i32.const 3)))) (local.get $m)))))
        (i32.store (local.get $s) (local.get $at))
        (if (i32.lt_u (local.get $at) (local.get $size))
          (then
            (f64.store (i32.add (local.get $heads) (i32.shl (local.get $r) (i32.const 3)))
              (f64.load (i32.add (local.get $vals) (i32.shl (local.get $at) (i32.const 3)))))
            (local.set $r (i32.add (local.get $r) (i32.const 1))))
          (else
            (if (i32.load offset=16 (local.get $s))
              (then
                ;; exhausted: the last live source takes its place (and its head)
                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                (i32.store (i32.add (local.get $list) (i32.shl (local.get $r) (i32.const 2)))
                  (i32.load (i32.add (local.get $list) (i32.shl (local.get $n) (i32.const 2)))))
                (f64.store (i32.add (local.get $heads) (i32.shl (local.get $r) (i32.const 3)))
                  (f64.load (i32.add (local.get $heads) (i32.shl (local.get $n) (i32.const 3))))))
              (else
                ;; refilled by the caller before the next value; its head is read again then
                (global.set $pending (i32.const 1))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))))))
        (br $sources)))
    (global.set $live (local.get $n))
    (local.get $c))

  (func (export "walk") (result i32)
    (local $hasA i32) (local $hasB i32) (local $ma f64) (local $mb f64) (local $v f64) (local $c f64)
    (local $delta f64) (local $inReference i32) (local $diff f64) (local $at i32)
    (call $heads (global.get $liveA) (global.get $headsA) (global.get $nA))
    (call $heads (global.get $liveB) (global.get $headsB) (global.get $nB))
    (loop $values
      (if (global.get $pending)
        (then
          (global.set $pending (i32.const 0))
          (return (i32.const 1))))
      (local.set $hasA (i32.ne (global.get $nA) (i32.const 0)))
      (local.set $hasB (i32.ne (global.get $nB) (i32.const 0)))
      (if (i32.eqz (i32.or (local.get $hasA) (local.get $hasB))) (then (return (i32.const 0))))
      (if (local.get $hasA) (then (local.set $ma (call $min (global.get $headsA) (global.get $nA)))))
      (if (local.get $hasB) (then (local.set $mb (call $min (global.get $headsB) (global.get $nB)))))
      ;; v = !hasB || (hasA && ma <= mb) ? ma : mb
      (local.set $v
        (if (result f64) (i32.or (i32.eqz (local.get $hasB)) (i32.and (local.get $hasA) (f64.le (local.get $ma) (local.get $mb))))
          (then (local.get $ma))
          (else (local.get $mb))))
      (if (global.get $started)
        (then
          (if (f64.ne (local.get $v) (global.get $prev))
            (then
              (global.set $area (f64.add (global.get $area) (f64.mul (f64.abs (global.get $diff)) (f64.sub (local.get $v) (global.get $prev)))))
              (global.set $prev (local.get $v)))))
        (else
          (global.set $started (i32.const 1))
          (global.set $prev (local.get $v))))
      (local.set $inReference (i32.const 0))
      (if (i32.and (local.get $hasA) (f64.le (local.get $ma) (local.get $v)))
        (then
          (local.set $c (call $consume (global.get $liveA) (global.get $headsA) (global.get $nA) (local.get $ma)))
          (global.set $nA (global.get $live))
          (global.set $ca (f64.add (global.get $ca) (local.get $c)))
          (local.set $delta (f64.sub (local.get $v) (global.get $mean)))
          (global.set $mean (f64.add (global.get $mean) (f64.mul (f64.div (local.get $c) (global.get $ca)) (local.get $delta))))
          (global.set $m2 (f64.add (global.get $m2) (f64.mul (f64.mul (local.get $c) (local.get $delta)) (f64.sub (local.get $v) (global.get $mean)))))
          (local.set $inReference (i32.const 1))))
      (if (i32.and (local.get $hasB) (f64.le (local.get $mb) (local.get $v)))
        (then
          (global.set $cb (f64.add (global.get $cb) (call $consume (global.get $liveB) (global.get $headsB) (global.get $nB) (local.get $mb))))
          (global.set $nB (global.get $live))))
      (local.set $diff (f64.sub (f64.div (global.get $ca) (global.get $n1)) (f64.div (global.get $cb) (global.get $n2))))
      (global.set $diff (local.get $diff))
      (if (f64.gt (local.get $diff) (global.get $maxS))
        (then
          (global.set $maxS (local.get $diff))
          (global.set $maxAt (local.get $v))))
      (if (f64.lt (local.get $diff) (global.get $minS))
        (then
          (global.set $minS (local.get $diff))
          (global.set $minAt (local.get $v))))
      (if (local.get $inReference)
        (then
          (global.set $max (local.get $v))
          (if (i32.le_u (global.get $firsts) (global.get $bins))
            (then
              (local.set $at (i32.shl (global.get $firsts) (i32.const 3)))
              (f64.store (i32.add (global.get $first) (local.get $at)) (local.get $v))
              (f64.store (i32.add (global.get $firstA) (local.get $at)) (global.get $ca))
              (f64.store (i32.add (global.get $firstB) (local.get $at)) (global.get $cb))
              (global.set $firsts (i32.add (global.get $firsts) (i32.const 1)))))
          ;; for (; k < binCount && idx < ca; idx = orderStatistic(++k))
          (block $edgesDone
            (loop $edgesLoop
              (br_if $edgesDone (i32.eqz (i32.and
                (f64.lt (global.get $k) (f64.convert_i32_u (global.get $bins)))
                (f64.lt (global.get $idx) (global.get $ca)))))
              (if (i32.or (i32.eqz (global.get $edgeCount))
                    (f64.gt (local.get $v) (f64.load (i32.add (global.get $edges) (i32.shl (i32.sub (global.get $edgeCount) (i32.const 1)) (i32.const 3))))))
                (then
                  (local.set $at (i32.shl (global.get $edgeCount) (i32.const 3)))
                  (f64.store (i32.add (global.get $edges) (local.get $at)) (local.get $v))
                  (f64.store (i32.add (global.get $edgeA) (local.get $at)) (global.get $ca))
                  (f64.store (i32.add (global.get $edgeB) (local.get $at)) (global.get $cb))
                  (global.set $edgeCount (i32.add (global.get $edgeCount) (i32.const 1)))))
              (global.set $k (f64.add (global.get $k) (f64.const 1)))
              (global.set $idx (call $orderStatistic (global.get $k)))
              (br $edgesLoop)))))
      (br $values))
    (i32.const 0))
)
