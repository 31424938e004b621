export const id = 132;
export const ids = [132];
export const modules = {

/***/ 81132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 5 modules
var src = __webpack_require__(6570);
;// CONCATENATED MODULE: ./packages/drift/src/kolmogorov.ts
/**
 * Distribution of the one-sample Kolmogorov-Smirnov statistic D_n, as SciPy's `scipy.stats.kstwo` computes it.
 *
 * `ks_2samp` falls back to `kstwo.sf(d, round(m·n/(m+n)))` when the exact two-sample computation is not used
 * (samples larger than 10 000), so the p-values of large samples match SciPy only if this follows SciPy's
 * algorithm choice (Simard & L'Ecuyer 2011, "Computing the two-sided Kolmogorov-Smirnov distribution",
 * J. Stat. Softw. 39(11)), as scipy/stats/_ksstats.py `_kolmogn` does:
 * - n·x ≤ 1 and n·x ≥ n − 1: Ruben-Gambino closed forms;
 * - x ≥ 0.5, or the survival function with n·x² ≥ 2.2 (n > 140): 2·smirnov(n, x), the one-sided exact tail
 *   (Birnbaum & Tingey 1951) doubled;
 * - n ≤ 140: Durbin matrix (Marsaglia-Tsang-Wang 2003) for n·x² ≤ 0.754693, Pomeranz (1974) up to n·x² ≤ 4;
 * - n > 140: Durbin matrix while n ≤ 100 000 and n·x^1.5 ≤ 1.4, otherwise the Pelz-Good (1976) expansion.
 * SciPy keeps some intermediates in 80-bit long double; we scale float64 by 2^±128 at the same points, which
 * agrees to ~1e-12 relative on the golden values (test/fixtures/golden/drift-ks.json).
 */
const SCALE_EXP = 128;
const BIG = 2 ** SCALE_EXP;
const SMALL = 2 ** -SCALE_EXP;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
/** Stirling series coefficients B_{2j}/(2j)/(2j−1), j = 8..1 (from SciPy's _loggamma.pxd). */
// Quoted with SciPy's digits; the extra digits round to the same doubles.
/* eslint-disable no-loss-of-precision */
const STIRLING = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
    -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
/* eslint-enable no-loss-of-precision */
const clip = (p) => Math.min(1, Math.max(0, p));
/** log(n!/n^n) by Stirling's series with n·log(n) removed up front (no cancellation). */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/**
 * Survival function P(D_n^+ ≥ x) of the one-sided statistic (Birnbaum & Tingey 1951):
 *   Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) · x · (x + v/n)^(v−1) · (1 − x − v/n)^(n−v),
 * summed in logs (the binomial coefficients overflow for large n).
 */
function smirnovSf(n, x) {
    if (!(x > 0))
        return 1;
    if (x >= 1)
        return 0;
    const last = Math.floor(n * (1 - x));
    // log C(n, v), updated incrementally with Kahan compensation: for n ~ 10^5 the plain running sum loses ~1e-9.
    let logC = 0;
    let logCCarry = 0;
    let sum = 0;
    const logX = Math.log(x);
    for (let v = 0; v <= last; v++) {
        const evn = x + v / n;
        const rest = 1 - evn;
        if (rest > 0 || v === n) {
            const t = logC + logX + (v - 1) * Math.log(evn) + (n - v > 0 ? (n - v) * Math.log1p(-evn) : 0);
            if (t > -745)
                sum += Math.exp(t);
        }
        const y = Math.log((n - v) / (v + 1)) - logCCarry;
        const t2 = logC + y;
        logCCarry = t2 - logC - y;
        logC = t2;
    }
    return clip(sum);
}
/** P(D_n ≤ d) by the Durbin matrix method with the Marsaglia-Tsang-Wang scaling. */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        P[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let hExpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            P = matmul(P, H, m);
            expnt += hExpnt;
        }
        H = matmul(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > BIG) {
            for (let i = 0; i < H.length; i++)
                H[i] /= BIG;
            hExpnt += SCALE_EXP;
        }
        nn = Math.floor(nn / 2);
    }
    let p = P[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < SMALL) {
            p *= BIG;
            expnt -= SCALE_EXP;
        }
    }
    return clip(p * 2 ** expnt);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += ail * b[l * m + j];
        }
    }
    return out;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** P(D_n ≤ x) by the Pomeranz (1974) recursion. */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twog = new Float64Array(npwrs);
    const onem2g = new Float64Array(npwrs);
    gpower[0] = twog[0] = onem2g[0] = 1;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * (g / n)) / m;
        twog[m] = (twog[m - 1] * ((2 * g) / n)) / m;
        onem2g[m] = (onem2g[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let v0 = new Float64Array(npwrs);
    let v1 = new Float64Array(npwrs);
    v1[0] = 1;
    let v0s = 0;
    let v1s = 0;
    let expnt = 0;
    let [j1] = pomeranzBounds(0, n, ll, ceilf, roundf);
    let j2;
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [v0, v1] = [v1, v0];
        [v0s, v1s] = [v1s, v0s];
        v1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twog : onem2g;
        const len = j2 - k1 + 1;
        if (len > 0) {
            // conv[c] = Σ_a V0[k1 − v0s + a] · pwrs[c − a]; we need c in [j1 − k1, j2 − k1].
            const start = j1 - k1;
            const count = j2 - j1 + 1;
            let max = 0;
            for (let c = start; c < start + count; c++) {
                let s = 0;
                for (let a = 0; a <= c && a < len; a++)
                    if (c - a < len)
                        s += (v0[k1 - v0s + a] ?? 0) * pwrs[c - a];
                v1[c - start] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < SMALL) {
                for (let c = 0; c < npwrs; c++)
                    v1[c] *= BIG;
                expnt -= SCALE_EXP;
            }
            v1s = v0s + j1 - k1;
        }
    }
    let ans = v1[n - v1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > BIG) {
            ans *= SMALL;
            expnt += SCALE_EXP;
        }
        ans *= m;
    }
    return clip(ans * 2 ** expnt);
}
/** Pelz-Good asymptotic expansion of P(D_n ≤ x) in powers of n^(−1/2). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qp = q ** (8 * k);
        K[0] = K[0] * qp + 1;
        K[1] = K[1] * qp + (k1a + k1b * m2);
        K[2] = K[2] * qp + (k2a + k2b * m2 + k2c * m4);
        K[3] = K[3] * qp + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT_2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qp;
    }
    K[2] += k2extra * ((PI2 * SQRT_2PI) / (-36 * z3));
    K[3] += k3extra * ((PI2 * SQRT_2PI) / (216 * z6));
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/** Survival function P(D_n > x) of the two-sided one-sample statistic (SciPy `kstwo.sf(x, n)`). */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0)
        throw new RangeError(`kolmogorovSf needs a positive integer n, got ${n}`);
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= (i / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip(1 - durbinCdf(n, x));
        if (nx2 <= 4)
            return clip(1 - pomeranzCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nx2 >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = durbinCdf(n, x);
    else
        cdf = pelzGoodCdf(n, x);
    return clip(1 - cdf);
}

;// CONCATENATED MODULE: ./packages/drift/src/ks.ts
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, as `scipy.stats.ks_2samp(reference, current)` (SciPy 1.10).
 *
 *   D = sup_x |F_ref(x) − F_cur(x)|, F the right-continuous empirical CDFs.
 *
 * p-value (method "auto" as SciPy): exact when both samples have at most 10 000 values, else asymptotic.
 * - Exact: D is snapped to the lattice h/lcm(n1, n2) (h = round(D·lcm)); with n1 = n2 the proportion of paths
 *   leaving the band |x − y| < h is the alternating sum of Hodges (1958); otherwise the "inside method" with
 *   the 1 − p recursion of Viehmann (2021, arXiv:2102.08037). If floating point fails (overflow), SciPy
 *   switches to the asymptotic method, and so do we.
 * - Asymptotic: kstwo.sf(D, round(n1·n2/(n1+n2))) — see kolmogorov.ts.
 * Ties are handled exactly as SciPy: F is evaluated at every observed value with side='right'.
 * Missing values are not part of the samples: callers drop NaN before calling (SciPy would keep them sorted last).
 */

/** SciPy's MAX_AUTO_N: larger samples use the asymptotic distribution. */
const KS_EXACT_MAX_N = 10000;
/** KS test on two samples; copies and sorts them (pass `{ sorted: true }` to reuse already sorted arrays). */
function ksTwoSample(reference, current, options = {}) {
    const a = options.sorted ? reference : Float64Array.from(reference).sort();
    const b = options.sorted ? current : Float64Array.from(current).sort();
    return ksSorted(a, undefined, b, undefined, options.method);
}
/**
 * KS test on ascending-sorted samples given as values with optional counts (`weights[i]` observations of
 * `values[i]`); the ECDFs, hence D and the p-value, equal those of the expanded samples.
 */
function ksSorted(a, wa, b, wb, requested = 'auto') {
    const n1 = total(a, wa);
    const n2 = total(b, wb);
    if (n1 === 0 || n2 === 0)
        throw new RangeError('ksTwoSample needs two non-empty samples');
    const { d, location } = ksStatistic(a, b, wa, wb);
    return ksResult(d, location, n1, n2, requested);
}
/** The test's result from D (at `location`) of samples of n1 and n2 observations: the p-value as described above. */
function ksResult(d, location, n1, n2, requested = 'auto') {
    const g = gcd(n1, n2);
    let method = requested;
    if (method === 'auto')
        method = Math.max(n1, n2) <= KS_EXACT_MAX_N ? 'exact' : 'asymptotic';
    else if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g))
        method = 'asymptotic';
    if (method === 'exact') {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        const snapped = h / lcm;
        if (h === 0)
            return { statistic: snapped, pValue: 1, method: 'exact', location };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (Number.isFinite(p) && p >= 0 && p <= 1)
            return { statistic: snapped, pValue: p, method: 'exact', location };
        return asymptotic(snapped, n1, n2, location);
    }
    return asymptotic(d, n1, n2, location);
}
function total(values, weights) {
    if (!weights)
        return values.length;
    let n = 0;
    for (let i = 0; i < weights.length; i++)
        n += weights[i];
    return n;
}
function asymptotic(d, n1, n2, location) {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    const p = kolmogorovSf(roundHalfEven(en), d);
    return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: 'asymptotic', location };
}
/**
 * D by one merge of the sorted samples: at each distinct value v, F_ref(v) − F_cur(v) with both CDFs counting
 * values ≤ v. Like SciPy, the larger of max(F_ref − F_cur) and max(F_cur − F_ref) wins, the first on a tie.
 */
function ksStatistic(a, b, wa, wb) {
    const n1 = total(a, wa);
    const n2 = total(b, wb);
    const la = a.length;
    const lb = b.length;
    let i = 0;
    let j = 0;
    let ca = 0; // observations ≤ v in each sample
    let cb = 0;
    let maxS = -Infinity;
    let minS = Infinity;
    let maxAt = NaN;
    let minAt = NaN;
    while (i < la || j < lb) {
        const v = j >= lb || (i < la && a[i] <= b[j]) ? a[i] : b[j];
        while (i < la && a[i] <= v)
            ca += wa ? wa[i++] : (i++, 1);
        while (j < lb && b[j] <= v)
            cb += wb ? wb[j++] : (j++, 1);
        const diff = ca / n1 - cb / n2;
        if (diff > maxS) {
            maxS = diff;
            maxAt = v;
        }
        if (diff < minS) {
            minS = diff;
            minAt = v;
        }
    }
    const minD = Math.min(1, Math.max(0, -minS));
    return minD > maxS ? { d: minD, location: minAt } : { d: maxS, location: maxAt };
}
/** Proportion of lattice paths (n1 = n2 = n) that pass outside the lines x − y = ±h (Hodges 1958). */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/**
 * 1 − (proportion of paths from (0,0) to (m,n) staying strictly inside |x/m − y/n| < h/lcm), computed directly
 * as a recursion on 1 − p so that tiny p-values keep their precision (Viehmann 2021).
 */
function outerProbInside(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
    }
    return A[maxj - minj - 1];
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var lib = __webpack_require__(55479);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./packages/drift/src/chisquare.ts
/**
 * Pearson's chi-square goodness-of-fit test of the current category counts against the reference shares, as
 * `scipy.stats.chisquare(f_obs=current, f_exp=referenceShare · currentTotal)`:
 *
 *   χ² = Σ_k (O_k − E_k)² / E_k,   p = P(χ²_{K−1} ≥ χ²) = Q((K−1)/2, χ²/2)  (upper regularised gamma),
 *
 * K the number of categories seen in either sample. A category absent from the reference (E_k = 0) with
 * current observations makes χ² = +∞ and p = 0, as in SciPy: a new value is certain drift. A single category
 * (K = 1) has no degrees of freedom; SciPy returns NaN, and we report p = 1 (nothing can have moved).
 * The reference shares are taken as known (a goodness-of-fit test, as the issue and Evidently specify): when the
 * reference is not much larger than the current sample its own noise is ignored and the test over-rejects
 * (roughly, χ² is inflated by 1 + n_current/n_reference). Prefer a reference several times larger.
 * Reference: scipy.stats.chisquare; Pearson (1900).
 */

/** Category counts are aligned arrays: index k is the same category in both. */
function chiSquareTest(referenceCounts, currentCounts) {
    const k = referenceCounts.length;
    if (currentCounts.length !== k)
        throw new RangeError('chiSquareTest needs aligned count arrays');
    let refTotal = 0;
    let curTotal = 0;
    for (let i = 0; i < k; i++) {
        refTotal += referenceCounts[i];
        curTotal += currentCounts[i];
    }
    if (refTotal === 0 || curTotal === 0)
        throw new RangeError('chiSquareTest needs non-empty samples');
    let statistic = 0;
    for (let i = 0; i < k; i++) {
        const expected = (referenceCounts[i] / refTotal) * curTotal;
        const observed = currentCounts[i];
        if (expected === 0) {
            if (observed > 0)
                statistic = Infinity;
            continue;
        }
        statistic += (observed - expected) ** 2 / expected;
    }
    const df = k - 1;
    if (df <= 0)
        return { statistic, pValue: 1, degreesOfFreedom: df };
    const pValue = statistic === Infinity ? 0 : lib_default()(statistic / 2, df / 2, true, true);
    return { statistic, pValue, degreesOfFreedom: df };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var math_base_special_erfc_lib = __webpack_require__(30988);
var math_base_special_erfc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_erfc_lib);
;// CONCATENATED MODULE: ./packages/drift/src/ztest.ts
/**
 * Two-proportion Z test for a binary column (Evidently's `z` test):
 *
 *   p₁, p₂ = share of the first category in reference and current, P = (p₁n₁ + p₂n₂)/(n₁ + n₂),
 *   z = (p₁ − p₂) / √(P(1 − P)(1/n₁ + 1/n₂)),   p-value = 2·(1 − Φ(|z|)) = erfc(|z|/√2).
 *
 * erfc keeps tiny p-values that 1 − Φ would round to 0. When both samples hold only one category
 * (P ∈ {0, 1}), z is 0/0; nothing moved, so z = 0 and p = 1.
 * Reference: Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, §2.
 */

/** `referenceHits` of `referenceTotal` reference rows are the first category; likewise for current. */
function proportionsZTest(referenceHits, referenceTotal, currentHits, currentTotal) {
    if (referenceTotal <= 0 || currentTotal <= 0)
        throw new RangeError('proportionsZTest needs non-empty samples');
    const p1 = referenceHits / referenceTotal;
    const p2 = currentHits / currentTotal;
    const pooled = (p1 * referenceTotal + p2 * currentTotal) / (referenceTotal + currentTotal);
    const variance = pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal);
    if (!(variance > 0))
        return { statistic: 0, pValue: 1 };
    const z = (p1 - p2) / Math.sqrt(variance);
    return { statistic: z, pValue: math_base_special_erfc_lib_default()(Math.abs(z) / Math.SQRT2) };
}

;// CONCATENATED MODULE: ./packages/drift/src/wasm/radix-sort-wasm.ts
// Generated by scripts/build-wasm.mjs from radix-sort.wat (wabt); do not edit. 567 bytes.
const RadixSortWasm = 'AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQABBxECBm1lbW9yeQIABHNvcnQAAAqGBAGDBAYCfwF+An8Bfgh/AX5BAEEAQYCAA/wLACAAIQMgACACQQN0aiEEAkADQCADIARPDQEgAykDACEFIAWnQf8PcUECdCENIA0gDSgCAEEBajYCAEGAwAAgBUILiKdB/w9xQQJ0aiENIA0gDSgCAEEBajYCAEGAgAEgBUIWiKdB/wdxQQJ0aiENIA0gDSgCAEEBajYCAEGAwAEgBUIgiKdB/w9xQQJ0aiENIA0gDSgCAEEBajYCAEGAgAIgBUIriKdB/w9xQQJ0aiENIA0gDSgCAEEBajYCAEGAwAIgBUI2iKdBAnRqIQ0gDSANKAIAQQFqNgIAIANBCGohAwwACwsgACkDACERIAAhDiABIQ9BACEGA0AgBkGAwABsIQcgBkEDcEELbCAGQQNuQSBsaq0hCEH/B0H/DyAGQQNwQQJGGyEJIAIgByARIAiIpyAJcUECdGooAgBHBEAgDyELIAchDSAHIAlBAWpBAnRqIQQDQCANKAIAIQwgDSALNgIAIAsgDEEDdGohCyANQQRqIQ0gDSAESQ0ACyAOIQMgDiACQQN0aiEEA0AgAykDACEFIAcgBSAIiKcgCXFBAnRqIQ0gDSgCACEKIAogBTcDACANIApBCGo2AgAgA0EIaiEDIAMgBEkNAAsgDiEQIA8hDiAQIQ8LIAZBAWohBiAGQQZJDQALIA4L';

;// CONCATENATED MODULE: ./packages/drift/src/sort.ts
/**
 * Ascending sort of float64 values (no NaN) by LSD radix sort on their raw bit patterns — O(n), several times
 * faster than TypedArray#sort, which matters because KS, Wasserstein and the bin edges all need every numeric
 * column sorted (full-precision columns a spilled run of 2^18 values at a time, see spill.ts).
 *
 * The passes run in WebAssembly (wasm/radix-sort.wat): six passes of 11, 11, 10, 11, 11 and 10 bits of the
 * 64-bit pattern (2048 counters, small enough to stay in cache; 65536 counters made every store of a 2^18-value
 * run a cache miss: 2–6× slower), all six histograms counted in one read, and a pass whose digit is the same for
 * every value skipped (the sign and exponent bits of most columns). The values are copied into the module's
 * memory and back: the module moves each value with one 64-bit load and store per pass, with no bounds checks,
 * which the same loop in JavaScript (two 32-bit reads per value, a checked store) could not: 2^18 random doubles,
 * 23 against 55 ns a value, copies included (this machine, 2026-12-01).
 *
 * Unsigned order of the raw bits puts the non-negative values first, ascending, then the negative ones by
 * ascending magnitude; the copy back moves the negative block to the front in reverse. −0 sorts before +0 and
 * ±Infinity at the ends, as with TypedArray#sort.
 */


const sort_SMALL = 4096;
/** The module's histograms: 6 × 2048 counters, before the two buffers. */
const HISTOGRAMS = 6 * 2048 * 4;
/** The thread's module keeps memory for arrays of up to KEEP values; a larger array gets a module of its own. */
const KEEP = 1 << 20;
/** Beyond this a module's memory (two buffers) would pass WebAssembly's 4 GiB. */
const LARGEST = 1 << 27;
let kept;
function sortFloat64(values) {
    const n = values.length;
    if (n < sort_SMALL || n > LARGEST)
        return values.sort();
    const module = n <= KEEP ? (kept ??= (0,src/* instantiateWasm */.nE)(RadixSortWasm)) : (0,src/* instantiateWasm */.nE)(RadixSortWasm);
    const a = HISTOGRAMS;
    const b = a + 8 * n;
    const memory = (0,src/* wasmBuffer */.$E)(module.memory, b + 8 * n);
    new Float64Array(memory, a, n).set(values);
    const at = module.sort(a, b, n);
    // The result, in raw-bit order; the negatives (sign bit set) are its tail [positives, n).
    const sorted = new Float64Array(memory, at, n);
    const words = new Uint32Array(memory, at, 2 * n);
    let positives = 0;
    for (let hi = n; positives < hi;) {
        const mid = (positives + hi) >>> 1;
        if (words[2 * mid + 1] >>> 31)
            hi = mid;
        else
            positives = mid + 1;
    }
    const negatives = n - positives;
    for (let i = 0; i < negatives; i++)
        values[i] = sorted[n - 1 - i];
    values.set(sorted.subarray(0, positives), negatives);
    return values;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/drift/src/spill.ts
/**
 * Spilling sorted runs of a numeric column to temporary files, so that memory stays flat in the row count for
 * numbers that are neither on a decimal grid nor repeated (full-precision floats): exact KS, Wasserstein and
 * quantile bins need every value in order, and an external sort keeps them exact with bounded memory.
 *
 * A column keeps at most `values` plain numbers in memory; when it has that many it sorts them and writes the run
 * (raw little-endian float64) to a file in the spill directory, then starts the next run. The tests then walk
 * the runs by a k-way merge (distinct-stream.ts), reading each run in blocks.
 *
 * The directory belongs to whoever created it (compareDatasets): it is removed when the comparison ends, on
 * success or error, and as a backstop when the process exits. Worker threads only add files to it.
 */




/** Plain numbers a column keeps in memory before it spills a run: 2^18 float64 = 2 MiB (plus the sort's scratch). */
const SPILL_VALUES = 1 << 18;
const owned = new Set();
let exitHook = false;
/** A fresh directory under os.tmpdir() for spilled runs. */
function createSpillDir() {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-drift-spill-'));
    owned.add(dir);
    if (!exitHook) {
        exitHook = true;
        process.on('exit', () => owned.forEach((d) => (0,external_node_fs_.rmSync)(d, { recursive: true, force: true })));
    }
    return dir;
}
function removeSpillDir(dir) {
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    owned.delete(dir);
}
let sequence = 0;
/** Writes ascending values as one run; returns its file. */
function writeRun(dir, sorted) {
    const file = (0,external_node_path_.join)(dir, `run-${process.pid}-${external_node_worker_threads_.threadId}-${sequence++}.f64`);
    const fd = (0,external_node_fs_.openSync)(file, 'wx');
    try {
        const bytes = Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength);
        for (let off = 0; off < bytes.length;)
            off += (0,external_node_fs_.writeSync)(fd, bytes, off, bytes.length - off);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return file;
}
/** Values per block read from a run: 64 Ki float64 = 512 KiB. */
const BLOCK = 1 << 16;
/**
 * Blocks of closed readers, reused by the next ones (per thread): a column's walk opens a reader per run, and
 * fresh memory is slow to fault in on some machines (measured here: 2–5 ms per MiB on a shared VM).
 */
const spareBlocks = [];
const MAX_SPARE_BLOCKS = 32;
const EMPTY = new Float64Array(0);
/**
 * A run read front to back in blocks: `block[at]` is the current value while `at < size`; next() moves on and
 * refills the block from the file when it is used up. close() when done (also when stopping early).
 */
class RunReader {
    block;
    at = 0;
    size = 0;
    fd;
    position = 0;
    constructor(file, blockValues = BLOCK) {
        this.block = (blockValues === BLOCK ? spareBlocks.pop() : undefined) ?? new Float64Array(blockValues);
        this.fd = (0,external_node_fs_.openSync)(file, 'r');
        this.fill();
    }
    /** False once the run is exhausted (the reader is then closed). */
    fill() {
        const bytes = new Uint8Array(this.block.buffer);
        let got = 0;
        while (got < bytes.length) {
            const n = (0,external_node_fs_.readSync)(this.fd, bytes, got, bytes.length - got, this.position + got);
            if (n === 0)
                break;
            got += n;
        }
        if (got % 8 !== 0)
            throw new Error(`spilled run truncated at byte ${this.position + got}`);
        this.position += got;
        this.size = got / 8;
        this.at = 0;
        if (this.size === 0)
            this.close();
        return this.size > 0;
    }
    /** Closes the file and gives the block back (the reader is not used after). */
    close() {
        if (this.fd < 0)
            return;
        (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
        this.size = 0;
        if (this.block.length === BLOCK && spareBlocks.length < MAX_SPARE_BLOCKS)
            spareBlocks.push(this.block);
        this.block = EMPTY;
    }
}
/** Every value of a run (for the rare column that turns categorical after it spilled). */
function readRun(file) {
    const parts = [];
    const reader = new RunReader(file);
    while (reader.size > 0) {
        parts.push(reader.block.slice(0, reader.size));
        reader.fill();
    }
    const all = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    let k = 0;
    for (const p of parts) {
        all.set(p, k);
        k += p.length;
    }
    return all;
}

;// CONCATENATED MODULE: ./packages/drift/src/distinct-stream.ts

class DistinctStream {
    /** The current distinct value and how many observations have it (valid after next() returned true). */
    value = NaN;
    count = NaN; // a double from the start: counts summed from weights are doubles, and a field changing kind deoptimises
    /**
     * The live sources — the in-memory part first, if any, then the runs — with each one's current value in a
     * Float64Array: the smallest head is found by a scan of plain numbers (no reader objects on the way), and
     * only the sources holding it are touched. A source is dropped from the arrays when it runs out.
     */
    heads;
    sources;
    live;
    constructor(sample) {
        if (!sample.sorted)
            throw new Error('DistinctStream needs a sorted sample');
        const runs = (sample.runs?.files ?? []).map((f) => new RunReader(f)).filter((r) => r.size > 0);
        this.sources = [];
        if (sample.values.length > 0)
            this.sources.push({ block: sample.values, weights: sample.weights, at: 0, size: sample.values.length, run: undefined });
        for (const run of runs)
            this.sources.push({ block: run.block, weights: undefined, at: 0, size: run.size, run });
        this.live = this.sources.length;
        this.heads = new Float64Array(this.live);
        this.sources.forEach((s, r) => (this.heads[r] = s.block[0]));
    }
    /** Moves to the next distinct value; false at the end. */
    next() {
        const heads = this.heads;
        if (this.live === 0)
            return false;
        let m = heads[0];
        for (let r = 1; r < this.live; r++)
            if (heads[r] < m)
                m = heads[r];
        let c = 0;
        for (let r = 0; r < this.live;) {
            if (heads[r] !== m) {
                r++;
                continue;
            }
            const s = this.sources[r];
            const w = s.weights;
            // Every entry of this source equal to m (−0 and 0 too), refilling the block as it runs out.
            for (;;) {
                c += w !== undefined ? w[s.at] : 1;
                if (++s.at === s.size && !this.refill(s))
                    break;
                if (s.block[s.at] !== m)
                    break;
            }
            if (s.at < s.size) {
                heads[r] = s.block[s.at];
                r++;
            }
            else {
                // Exhausted: the last live source takes its place (order among sources does not matter).
                const last = --this.live;
                this.sources[r] = this.sources[last];
                heads[r] = heads[last];
            }
        }
        this.value = m;
        this.count = c;
        return true;
    }
    /** The next block of a run source; false when there is none (an in-memory source has one block). */
    refill(s) {
        const run = s.run;
        if (run === undefined || !run.fill())
            return false;
        s.block = run.block;
        s.at = 0;
        s.size = run.size;
        return true;
    }
    /** Releases the run files' descriptors (needed only when stopping before the end). */
    close() {
        for (const s of this.sources)
            s.run?.close();
    }
}
/** Calls f(value, count) for every distinct value in ascending order. */
function forEachDistinct(sample, f) {
    const s = new DistinctStream(sample);
    while (s.next())
        f(s.value, s.count);
}
/** The sample as sorted distinct values with counts, in memory (for samples known to have few distinct values). */
function collapse(sample) {
    const values = [];
    const weights = [];
    forEachDistinct(sample, (v, c) => {
        values.push(v);
        weights.push(c);
    });
    return { kind: 'numeric', values: Float64Array.from(values), weights: Float64Array.from(weights), sorted: true, missing: sample.missing };
}

;// CONCATENATED MODULE: ./packages/drift/src/column-sample.ts
/**
 * One column of one dataset, in the form the drift tests need: a numeric column keeps its finite values
 * (exact KS and Wasserstein need every value), a categorical column keeps only its counts.
 * Missing values (empty fields, null, NaN) are counted and left out of every test.
 */


/** A (value, count) sample from counted distinct values, sorted by value. */
function weightedSample(counter, missing) {
    const values = sortFloat64(counter.distinct());
    const weights = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++)
        weights[i] = counter.get(values[i]);
    return { kind: 'numeric', values, weights, sorted: true, missing };
}
/** Number of observations of a numeric sample. */
function observations(sample) {
    const spilled = sample.runs?.count ?? 0;
    if (!sample.weights)
        return sample.values.length + spilled;
    let n = spilled;
    for (const w of sample.weights)
        n += w;
    return n;
}
function numericSample(values, missing = 0) {
    const finite = [];
    let extraMissing = 0;
    for (let i = 0; i < values.length; i++) {
        if (Number.isFinite(values[i]))
            finite.push(values[i]);
        else
            extraMissing++;
    }
    return { kind: 'numeric', values: Float64Array.from(finite), sorted: false, missing: missing + extraMissing };
}
function categoricalSample(values) {
    const counts = new Map();
    let missing = 0;
    for (const v of values) {
        if (v === null || v === undefined || v === '')
            missing++;
        else
            counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    }
    return { kind: 'categorical', counts, missing };
}
/** Sorts a numeric sample in place once (KS, Wasserstein and the bin edges all use the sorted order). */
function ensureSorted(sample) {
    if (!sample.sorted) {
        sortFloat64(sample.values);
        sample.sorted = true;
    }
    return sample.values;
}
function sampleSize(sample) {
    if (sample.kind === 'numeric')
        return observations(sample);
    if (sample.kind === 'binned')
        return sample.counts.reduce((a, b) => a + b, 0);
    let n = 0;
    for (const c of sample.counts.values())
        n += c;
    return n;
}
/** Numeric values seen as categories (for a numeric column with few distinct values, or mixed kinds). */
function asCategorical(sample) {
    if (sample.kind === 'categorical')
        return sample;
    const counts = new Map();
    if (sample.runs)
        forEachDistinct(sample, (v, c) => counts.set(String(v), (counts.get(String(v)) ?? 0) + c));
    else
        sample.values.forEach((v, i) => counts.set(String(v), (counts.get(String(v)) ?? 0) + (sample.weights ? sample.weights[i] : 1)));
    return { kind: 'categorical', counts, missing: sample.missing };
}
/**
 * Distinct values of a sorted numeric sample, counting at most `cap` (enough to tell "few" from "many").
 * Equal neighbours are compared also for weighted samples: a merge of weighted and plain parts may repeat a value.
 */
function distinctSorted(sorted, cap = Infinity) {
    let d = 0;
    for (let i = 0; i < sorted.length && d <= cap; i++)
        if (i === 0 || sorted[i] !== sorted[i - 1])
            d++;
    return d;
}

;// CONCATENATED MODULE: ./packages/drift/src/stattest.ts
/**
 * The drift tests a user can name, their kind of output and default thresholds.
 *
 * p-value tests (ks, chisquare, z) report drift when p < threshold (default 0.05, the conventional level);
 * distance tests report drift when distance ≥ threshold (default 0.1: for Wasserstein a shift of a tenth of the
 * reference standard deviation, for PSI the usual "moderate shift" boundary, and Evidently's defaults for
 * Jensen-Shannon, KL and Hellinger).
 */
const STAT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'];
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    chisquare: 0.05,
    z: 0.05,
    wasserstein: 0.1,
    jensenshannon: 0.1,
    psi: 0.1,
    kl_div: 0.1,
    hellinger: 0.1,
};
const TEST_NAMES = {
    ks: 'Kolmogorov-Smirnov',
    chisquare: 'chi-square',
    z: 'Z-test for proportions',
    wasserstein: 'Wasserstein distance (normed)',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
    kl_div: 'Kullback-Leibler divergence',
    hellinger: 'Hellinger distance',
};
function isStatTest(name) {
    return STAT_TESTS.includes(name);
}
/** Tests that need every numeric value (not only bin counts). */
const NEEDS_VALUES = new Set(['ks', 'wasserstein']);

;// CONCATENATED MODULE: ./packages/drift/src/auto-select.ts
const SMALL_SAMPLE_MAX = 1000;
const FEW_VALUES_MAX = 5;
function chooseTest(kind, referenceSize, distinct) {
    const small = referenceSize <= SMALL_SAMPLE_MAX;
    const size = `${referenceSize.toLocaleString('en-US')} reference values (${small ? '≤' : '>'} ${SMALL_SAMPLE_MAX.toLocaleString('en-US')})`;
    if (kind === 'numeric' && distinct > FEW_VALUES_MAX) {
        return small
            ? { test: 'ks', reason: `numeric, ${distinct} distinct values, ${size}: exact KS test` }
            : { test: 'wasserstein', reason: `numeric, ${size}: Wasserstein distance normed by the reference stdev` };
    }
    const what = kind === 'numeric' ? `numeric with ${distinct} distinct values (≤ ${FEW_VALUES_MAX}), treated as categories` : `categorical, ${distinct} categories`;
    if (!small)
        return { test: 'jensenshannon', reason: `${what}, ${size}: Jensen-Shannon distance` };
    if (distinct <= 2)
        return { test: 'z', reason: `${what}, ${size}: Z-test for proportions` };
    return { test: 'chisquare', reason: `${what}, ${size}: chi-square test` };
}

;// CONCATENATED MODULE: ./packages/drift/src/binning.ts
/**
 * Binning of a column into aligned reference/current counts, for chi-square, PSI, KL, Jensen-Shannon and
 * Hellinger.
 *
 * Numeric columns: edges are the reference quantiles at k/B, k = 1..B−1 (B = 10 by default: equal-frequency
 * "deciles", the usual PSI convention), with duplicate edges removed; the outer bins are open (−∞, e₁] and
 * (e_{B−1}, +∞), so current values below or above everything seen in the reference fall into the outer bins
 * and move their share. A bin holds values v with e_{k−1} < v ≤ e_k. Edges depend on the reference only, so a
 * saved reference profile can carry them and the current data is binned in one streaming pass.
 * Quantiles use the "lower" order statistic x_(⌈k·n/B⌉) of the sorted reference (no interpolation), so edges
 * are always observed values.
 * A numeric column with at most B distinct values in the reference is binned by value instead (each value its
 * own bin, current values between them go to the next value up, as above).
 *
 * Categorical columns: one bin per category seen in either sample; a category unseen in the reference has a
 * reference count of 0 (see divergence.ts and chisquare.ts for what each test makes of that).
 */
const DEFAULT_BIN_COUNT = 10;
/** Upper edges e_1 < … < e_{B−1} from an ascending-sorted reference. */
function quantileEdges(sortedReference, binCount = DEFAULT_BIN_COUNT, weights) {
    if (weights)
        return weightedQuantileEdges(sortedReference, weights, binCount);
    const n = sortedReference.length;
    if (n === 0)
        throw new RangeError('quantileEdges needs a non-empty reference');
    const edges = [];
    const distinct = [];
    for (let i = 0; i < n && distinct.length <= binCount; i++) {
        if (i === 0 || sortedReference[i] !== sortedReference[i - 1])
            distinct.push(sortedReference[i]);
    }
    if (distinct.length <= binCount)
        return Float64Array.from(distinct.slice(0, -1));
    for (let k = 1; k < binCount; k++) {
        const idx = Math.min(n - 1, Math.max(0, Math.ceil((k * n) / binCount) - 1));
        const e = sortedReference[idx];
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
    if (edges.length > 0 && edges[edges.length - 1] === sortedReference[n - 1])
        edges.pop();
    return Float64Array.from(edges);
}
/** quantileEdges of the sample where sorted distinct values[i] occurs weights[i] times. */
function weightedQuantileEdges(values, weights, binCount) {
    const m = values.length;
    if (m === 0)
        throw new RangeError('quantileEdges needs a non-empty reference');
    if (m <= binCount)
        return Float64Array.from(Array.from(values).slice(0, -1));
    let n = 0;
    for (let i = 0; i < m; i++)
        n += weights[i];
    const edges = [];
    let i = 0;
    let below = weights[0]; // observations up to and including values[i]
    for (let k = 1; k < binCount; k++) {
        const idx = Math.min(n - 1, Math.max(0, Math.ceil((k * n) / binCount) - 1)); // 0-based order statistic
        while (below <= idx)
            below += weights[++i];
        const e = values[i];
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    if (edges.length > 0 && edges[edges.length - 1] === values[m - 1])
        edges.pop();
    return Float64Array.from(edges);
}
/** Index of the bin of v: the first k with v ≤ edges[k], or edges.length for the open top bin. */
function binIndex(edges, v) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (v <= edges[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/** Counts per bin (edges.length + 1 bins) of any sample. */
function binCounts(edges, values) {
    const counts = new Float64Array(edges.length + 1);
    for (let i = 0; i < values.length; i++)
        counts[binIndex(edges, values[i])]++;
    return counts;
}
/** Counts per bin of an ascending-sorted sample, by one merge (O(n + B)). */
function binCountsSorted(edges, sorted, weights) {
    const counts = new Float64Array(edges.length + 1);
    let k = 0;
    for (let i = 0; i < sorted.length; i++) {
        const v = sorted[i];
        while (k < edges.length && v > edges[k])
            k++;
        counts[k] += weights ? weights[i] : 1;
    }
    return counts;
}
/** Aligned counts for two categorical samples: categories in first-seen order, reference first. */
function alignCategories(reference, current) {
    const categories = [...reference.keys()];
    const unseen = [];
    for (const key of current.keys()) {
        if (!reference.has(key)) {
            categories.push(key);
            unseen.push(key);
        }
    }
    const ref = new Float64Array(categories.length);
    const cur = new Float64Array(categories.length);
    categories.forEach((c, i) => {
        ref[i] = reference.get(c) ?? 0;
        cur[i] = current.get(c) ?? 0;
    });
    return { categories, reference: ref, current: cur, unseen };
}

;// CONCATENATED MODULE: ./packages/drift/src/divergence.ts
/**
 * Distances between two binned distributions (reference shares p, current shares q over the same bins).
 *
 * - Jensen-Shannon distance, as `scipy.spatial.distance.jensenshannon(p, q)` (natural log):
 *     m = (p + q)/2,  JS = √((KL(p‖m) + KL(q‖m)) / 2),  both inputs first normalised to sum 1.
 *   Empty bins need no smoothing (0·log 0 = 0 and m > 0 wherever p or q is). Range [0, √ln 2].
 * - Hellinger distance: H = √(Σ (√p − √q)²) / √2, range [0, 1]; empty bins need no smoothing.
 * - Population Stability Index: PSI = Σ (q − p) · ln(q / p).
 * - Kullback-Leibler divergence of the reference from the current: KL = Σ p · ln(p / q)
 *   (`scipy.stats.entropy(p, q)`, Evidently's `kl_div`).
 *   PSI and KL are infinite when a bin is empty on one side, so both replace a share of exactly 0 with
 *   ε = 0.0001 before computing (Evidently's convention; the shares are not renormalised). A value unseen in
 *   the reference therefore contributes (q − ε)·ln(q/ε) to PSI: large, finite, and reported.
 * References: Lin (1991) "Divergence measures based on the Shannon entropy"; Yurdakul (2018) "Statistical
 * properties of population stability index"; scipy.spatial.distance.jensenshannon; scipy.stats.entropy.
 */
const EMPTY_BIN_SHARE = 0.0001;
function shares(counts) {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    if (!(total > 0))
        throw new RangeError('a distribution needs a positive total count');
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = counts[i] / total;
    return out;
}
function aligned(p, q) {
    if (p.length !== q.length)
        throw new RangeError('distributions must have the same bins');
}
/** x·ln(x/y) with SciPy's rel_entr conventions (0 when x = 0). */
function relEntr(x, y) {
    if (x === 0)
        return 0;
    if (y === 0)
        return Infinity;
    return x * Math.log(x / y);
}
function jensenShannonDistance(referenceCounts, currentCounts) {
    aligned(referenceCounts, currentCounts);
    const p = shares(referenceCounts);
    const q = shares(currentCounts);
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const m = (p[i] + q[i]) / 2;
        js += relEntr(p[i], m) + relEntr(q[i], m);
    }
    return Math.sqrt(Math.max(0, js) / 2);
}
function hellingerDistance(referenceCounts, currentCounts) {
    aligned(referenceCounts, currentCounts);
    const p = shares(referenceCounts);
    const q = shares(currentCounts);
    let s = 0;
    for (let i = 0; i < p.length; i++)
        s += (Math.sqrt(p[i]) - Math.sqrt(q[i])) ** 2;
    return Math.sqrt(s) / Math.SQRT2;
}
function smoothed(counts) {
    const s = shares(counts);
    for (let i = 0; i < s.length; i++)
        if (s[i] === 0)
            s[i] = EMPTY_BIN_SHARE;
    return s;
}
function populationStabilityIndex(referenceCounts, currentCounts) {
    aligned(referenceCounts, currentCounts);
    const p = smoothed(referenceCounts);
    const q = smoothed(currentCounts);
    let psi = 0;
    for (let i = 0; i < p.length; i++)
        psi += (q[i] - p[i]) * Math.log(q[i] / p[i]);
    return psi;
}
/** KL(p‖q) after ε-smoothing; like scipy.stats.entropy, the smoothed shares are renormalised to sum 1. */
function klDivergence(referenceCounts, currentCounts) {
    aligned(referenceCounts, currentCounts);
    const p = shares(smoothed(referenceCounts));
    const q = shares(smoothed(currentCounts));
    let kl = 0;
    for (let i = 0; i < p.length; i++)
        kl += relEntr(p[i], q[i]);
    return kl;
}

;// CONCATENATED MODULE: ./packages/drift/src/wasm/merged-walk-wasm.ts
// Generated by scripts/build-wasm.mjs from merged-walk.wat (wabt); do not edit. 1750 bytes.
const MergedWalkWasm = 'AGFzbQEAAAABMAdgCn9/f39/f39/fHwAYAF8AXxgAX8BfGACf38BfGADf39/AGAEf39/fAF8YAABfwMIBwABAgMEBQYFAwEAAQagAiN/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt/AUEAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEACweBARAGbWVtb3J5AgAKbGl2ZUNvdW50QQMFCmxpdmVDb3VudEIDBgJjYQMSAmNiAxMEbWF4UwMUBG1pblMDFQVtYXhBdAMWBW1pbkF0AxcEYXJlYQMZAm0yAxwGZmlyc3RzAx8JZWRnZUNvdW50AyADbWF4AyEEaW5pdAAABHdhbGsABgrjCQeKAgEBfyAAJAAgBSQDIAUgAkEDdGokBCABJAEgAiQFIAMkAiAEJAYgByQOIAdBA3QhCiAGJAgjCCAKQQhqaiQJIwkgCkEIamokCiMKIApBCGpqJAsjCyAKaiQMIwwgCmokDSAIJA8gCSQQQQAkB0EAJBFEAAAAAAAAAAAkEkQAAAAAAAAAACQTRAAAAAAAAPD/JBREAAAAAAAA8H8kFUQAAAAAAAD4fyQWRAAAAAAAAPh/JBdEAAAAAAAAAAAkGUQAAAAAAAAAACQaRAAAAAAAAAAAJBtEAAAAAAAAAAAkHEQAAAAAAADwPyQdRAAAAAAAAPA/EAEkHkEAJB9BACQgRAAAAAAAAPh/JCELLQAjD0QAAAAAAADwP6FEAAAAAAAAAAAgACMPoiMOuKObRAAAAAAAAPA/oaWkCxMAIAAoAgggACgCAEEDdGorAwALQgICfAF/IAArAwAhAiAAIAFBA3RqIQQCQANAIABBCGohACAAIARPDQEgACsDACEDIAMgAmMEQCADIQILDAALCyACCzgBAX8CQANAIAMgAk8NASABIANBA3RqIwAgACADQQJ0aigCAEEFdGoQAjkDACADQQFqIQMMAAsLC6oCAgF8B39EAAAAAAAAAAAhBEEAIQUCQANAIAUgAk8NASABIAVBA3RqKwMAIANiBEAgBUEBaiEFDAELIwAgACAFQQJ0aigCAEEFdGohBiAGKAIAIQcgBigCCCEJIAYoAgQhCCAGKAIMIQoCQANAIAQgCgR8IAogB0EDdGorAwAFRAAAAAAAAPA/C6AhBCAHQQFqIQcgByAIRg0BIAkgB0EDdGorAwAgA2ENAAsLIAYgBzYCACAHIAhJBEAgASAFQQN0aiAJIAdBA3RqKwMAOQMAIAVBAWohBQUgBigCEARAIAJBAWshAiAAIAVBAnRqIAAgAkECdGooAgA2AgAgASAFQQN0aiABIAJBA3RqKwMAOQMABUEBJAcgBUEBaiEFCwsMAAsLIAIkIiAEC+oDBQJ/BXwBfwF8AX8jASMDIwUQBCMCIwQjBhAEA0AjBwRAQQAkB0EBDwsjBUEARyEAIwZBAEchASAAIAFyRQRAQQAPCyAABEAjAyMFEAMhAgsgAQRAIwQjBhADIQMLIAFFIAAgAiADZXFyBHwgAgUgAwshBCMRBEAgBCMYYgRAIxkjGpkgBCMYoaKgJBkgBCQYCwVBASQRIAQkGAtBACEHIAAgAiAEZXEEQCMBIwMjBSACEAUhBSMiJAUjEiAFoCQSIAQjG6EhBiMbIAUjEqMgBqKgJBsjHCAFIAaiIAQjG6GioCQcQQEhBwsgASADIARlcQRAIxMjAiMEIwYgAxAFoCQTIyIkBgsjEiMPoyMTIxCjoSEIIAgkGiAIIxRkBEAgCCQUIAQkFgsgCCMVYwRAIAgkFSAEJBcLIAcEQCAEJCEjHyMOTQRAIx9BA3QhCSMIIAlqIAQ5AwAjCSAJaiMSOQMAIwogCWojEzkDACMfQQFqJB8LAkADQCMdIw64YyMeIxJjcUUNASMgRSAEIwsjIEEBa0EDdGorAwBkcgRAIyBBA3QhCSMLIAlqIAQ5AwAjDCAJaiMSOQMAIw0gCWojEzkDACMgQQFqJCALIx1EAAAAAAAA8D+gJB0jHRABJB4MAAsLCwwAC0EACw==';

;// CONCATENATED MODULE: ./packages/drift/src/streamed-tests.ts
/**
 * The numeric tests over samples walked as (distinct value, count) pairs (distinct-stream.ts) — for samples with
 * spilled runs, which are never in memory whole. Reading the runs back is what costs here, so everything is
 * computed in ONE merged walk of both samples, each quantity with its in-memory counterpart's formula on the same pairs, in the same order:
 * - KS: D = sup |F_ref − F_cur| at each pooled distinct value (ks.ts, ksStatistic);
 * - Wasserstein: W1 = Σ |F_u − F_v| · (x_{k+1} − x_k) over the pooled distinct values (wasserstein.ts);
 * - the reference's population standard deviation: West's one-pass update over its pairs in ascending order
 *   (wasserstein.ts, populationStd);
 * - the quantile bins (binning.ts): the upper edges are the reference's "lower" order statistics at
 *   k/B, idx_k = min(n−1, max(0, ⌈k·n/B⌉ − 1)) — the first distinct value whose cumulative count exceeds idx_k;
 *   with at most B distinct values, every distinct value but the largest. Bin j holds (edge_{j−1}, edge_j], so
 *   its count is a difference of the cumulative counts (≤ edge) recorded when the walk passes each edge.
 * Counts are integers (sums and differences exact), so the results are bit-identical to the in-memory functions
 * whenever the distinct values and their counts are the same: test/drift/spill.test.ts and merged-walk.test.ts
 * check it.
 *
 * The walk runs in WebAssembly (wasm/merged-walk.wat), each sample's sources merged as DistinctStream merges them:
 * per pooled value a JavaScript walk over DistinctStream objects paid property loads, bounds checks and calls,
 * 64 ns a value against 37 (2 × 3 sources, 2^18-value runs, this machine); the whole full-precision drift report
 * took 15% less wall time.
 */





/** Number of distinct values, counting at most cap + 1 (enough to tell "at most cap" from "more"). */
function distinctStream(sample, cap) {
    const s = new DistinctStream(sample);
    let d = 0;
    while (d <= cap && s.next())
        d++;
    s.close();
    return d;
}
/**
 * Test hook: values per source block (the caller's blocks; small ones make every group cross a block end).
 * Blocks of KEEP_BYTES or less in all use the thread's module; more get a module of their own, dropped after.
 */
const mergedWalkTuning = { block: 1 << 14 };
const KEEP_BYTES = 32 << 20;
let streamed_tests_kept;
function sources(sample) {
    const list = [];
    if (sample.values.length > 0) {
        const values = sample.values;
        list.push({ length: values.length, next: 0, weights: sample.weights, fd: -1, load: (into, from, count) => into.set(values.subarray(from, from + count)) });
    }
    for (const file of sample.runs?.files ?? []) {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        const length = (0,external_node_fs_.fstatSync)(fd).size / 8;
        if (!Number.isInteger(length)) {
            (0,external_node_fs_.closeSync)(fd);
            throw new Error(`spilled run ${file} is not a whole number of float64 values`);
        }
        const source = { length, next: 0, weights: undefined, fd, load: () => { } };
        source.load = (into, from, count) => {
            const bytes = new Uint8Array(into.buffer, into.byteOffset, count * 8);
            for (let got = 0; got < bytes.length;) {
                const n = (0,external_node_fs_.readSync)(fd, bytes, got, bytes.length - got, from * 8 + got);
                if (n === 0)
                    throw new Error(`spilled run ${file} ended early`);
                got += n;
            }
        };
        if (length > 0)
            list.push(source);
        else
            (0,external_node_fs_.closeSync)(fd);
    }
    return list;
}
/**
 * Loads a source's next block into its regions and describes it in its table entry. A block that is not the
 * source's last ends where a group of equal values ends (the rest is loaded with the next block): the module
 * then always consumes a group whole. A group filling the whole block is counted here and loaded as one entry
 * with its count as weight (its first value, which DistinctStream would have as the head).
 */
function fill(s, entry, at, values, weights, valuesAddress, weightsAddress) {
    const block = values.length;
    let n = Math.min(block, s.length - s.next);
    s.load(values, s.next, n);
    if (s.weights !== undefined)
        weights.set(s.weights.subarray(s.next, s.next + n));
    let used = n;
    let weighted = s.weights !== undefined;
    if (s.next + n < s.length) {
        const last = values[n - 1];
        let g = n - 1;
        while (g > 0 && values[g - 1] === last)
            g--;
        if (g > 0)
            n = used = g;
        else {
            // One value fills the block: its whole group (it may go on for blocks) as one entry with its count.
            const head = values[0];
            let count = 0;
            let from = s.next;
            scan: while (from < s.length) {
                const take = Math.min(block, s.length - from);
                s.load(values, from, take);
                for (let i = 0; i < take; i++, from++) {
                    if (values[i] !== last)
                        break scan;
                    count += s.weights !== undefined ? s.weights[from] : 1;
                }
            }
            values[0] = head;
            weights[0] = count;
            n = 1;
            used = from - s.next;
            weighted = true;
        }
    }
    s.next += used;
    entry[at] = 0;
    entry[at + 1] = n;
    entry[at + 2] = valuesAddress;
    entry[at + 3] = weighted ? weightsAddress : 0;
    entry[at + 4] = s.next === s.length ? 1 : 0;
}
/**
 * Everything the numeric tests need from two non-empty samples, in one merged walk (see the module comment),
 * run by wasm/merged-walk.wat: the sources' blocks are loaded into its memory and refilled when it asks.
 */
function summarizeStreamed(reference, current, binCount) {
    const n1 = observations(reference);
    const n2 = observations(current);
    if (n1 === 0 || n2 === 0)
        throw new RangeError('the streamed tests need two non-empty samples');
    if (!reference.sorted || !current.sorted)
        throw new Error('the streamed tests need sorted samples');
    const all = [];
    try {
        const a = sources(reference);
        all.push(...a);
        const b = sources(current);
        all.push(...b);
        const count = all.length;
        const block = mergedWalkTuning.block;
        // Memory: the source table (32 bytes an entry), both live lists and their heads, the outputs, then each
        // source's regions.
        const lists = count * 32;
        const heads = lists + 8 * count;
        const out = heads + 8 * count;
        const regions = (out + 8 * (6 * binCount + 3) + 7) & ~7;
        const need = regions + count * 16 * block;
        const w = need <= KEEP_BYTES ? (streamed_tests_kept ??= (0,src/* instantiateWasm */.nE)(MergedWalkWasm)) : (0,src/* instantiateWasm */.nE)(MergedWalkWasm);
        const memory = (0,src/* wasmBuffer */.$E)(w.memory, need);
        const table = new Int32Array(memory, 0, count * 8);
        const live = new Int32Array(memory, lists, 2 * count);
        const regionOf = (i) => {
            const at = regions + i * 16 * block;
            return [new Float64Array(memory, at, block), new Float64Array(memory, at + 8 * block, block), at, at + 8 * block];
        };
        // The live lists: the reference's sources (0 … a.length − 1) at `lists`, the current's after `count` slots.
        for (let i = 0; i < count; i++) {
            fill(all[i], table, 8 * i, ...regionOf(i));
            live[i < a.length ? i : count + i - a.length] = i;
        }
        w.init(0, lists, a.length, lists + 4 * count, b.length, heads, out, binCount, n1, n2);
        while (w.walk() === 1) {
            for (let i = 0; i < count; i++) {
                if (table[8 * i] === table[8 * i + 1] && table[8 * i + 4] === 0)
                    fill(all[i], table, 8 * i, ...regionOf(i));
            }
        }
        const maxS = w.maxS.value;
        const minD = Math.min(1, Math.max(0, -w.minS.value));
        const ks = minD > maxS ? { d: minD, location: w.minAt.value } : { d: maxS, location: w.maxAt.value };
        const firsts = w.firsts.value;
        const output = (k, length) => new Float64Array(memory, out + 8 * (k < 3 ? k * (binCount + 1) : 3 * (binCount + 1) + (k - 3) * binCount), length).slice();
        let bins;
        if (firsts <= binCount)
            bins = { edges: output(0, Math.max(0, firsts - 1)), a: output(1, binCount + 1), b: output(2, binCount + 1) };
        else {
            let edgeCount = w.edgeCount.value;
            const edges = output(3, edgeCount);
            // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
            if (edgeCount > 0 && edges[edgeCount - 1] === w.max.value)
                edgeCount--;
            bins = { edges: edges.slice(0, edgeCount), a: output(4, binCount), b: output(5, binCount) };
        }
        return {
            ks,
            wasserstein: w.area.value,
            referenceStd: Math.sqrt(w.m2.value / n1),
            edges: bins.edges,
            referenceCounts: perBin(bins.a, bins.edges.length, n1),
            currentCounts: perBin(bins.b, bins.edges.length, n2),
        };
    }
    finally {
        for (const s of all)
            if (s.fd >= 0)
                (0,external_node_fs_.closeSync)(s.fd);
    }
}
/** Counts per bin from the cumulative counts at the first `edges` edges, the open top bin taking the rest of n. */
function perBin(cumulative, edges, n) {
    const counts = new Float64Array(edges + 1);
    let below = 0;
    for (let j = 0; j < edges; j++) {
        counts[j] = cumulative[j] - below;
        below = cumulative[j];
    }
    counts[edges] = n - below;
    return counts;
}

;// CONCATENATED MODULE: ./packages/drift/src/wasserstein.ts
/**
 * First Wasserstein (earth mover's) distance between two samples, as `scipy.stats.wasserstein_distance(u, v)`:
 *
 *   W1 = ∫ |F_u(x) − F_v(x)| dx,
 *
 * computed exactly by one merge of the sorted samples (SciPy's `_cdf_distance` with p = 1: the CDFs are
 * constant between consecutive pooled values). `normalizedWasserstein` divides by the reference's population
 * standard deviation (ddof = 0), floored at 0.001 for constant columns — the Evidently convention that makes
 * one default threshold (0.1 "standard deviations") meaningful for every column.
 */
/** W1 of two ascending-sorted samples, each optionally given as distinct values with counts. */
function wassersteinSorted(u, v, wu, wv) {
    const lu = u.length;
    const lv = v.length;
    if (lu === 0 || lv === 0)
        throw new RangeError('wasserstein distance needs two non-empty samples');
    const n1 = wu ? sum(wu) : lu;
    const n2 = wv ? sum(wv) : lv;
    let i = 0;
    let j = 0;
    let cu = 0;
    let cv = 0;
    let prev = Math.min(u[0], v[0]);
    let area = 0;
    while (i < lu || j < lv) {
        const takeU = j >= lv || (i < lu && u[i] <= v[j]);
        const x = takeU ? u[i] : v[j];
        if (x !== prev) {
            area += Math.abs(cu / n1 - cv / n2) * (x - prev);
            prev = x;
        }
        if (takeU)
            cu += wu ? wu[i++] : (i++, 1);
        else
            cv += wv ? wv[j++] : (j++, 1);
    }
    return area;
}
function sum(w) {
    let s = 0;
    for (let i = 0; i < w.length; i++)
        s += w[i];
    return s;
}
/** W1 of two samples in any order (copies and sorts them). */
function wassersteinDistance(u, v) {
    return wassersteinSorted(Float64Array.from(u).sort(), Float64Array.from(v).sort());
}
/**
 * Population standard deviation (ddof = 0); optional counts per value. One pass of West's weighted update
 * (D. H. D. West, "Updating mean and variance estimates: an improved method", CACM 22(9), 1979; Welford's
 * method with weights): per distinct value x with count c, n += c, δ = x − mean, mean += (c / n)·δ,
 * M2 += c·δ·(x − mean); σ = √(M2 / n). As accurate as the two-pass formula in practice (no cancellation of
 * large sums) and one walk instead of two, which matters where the sample is streamed from spilled runs.
 * Adjacent equal values count as one value with their summed count, so the result depends only on the (value,
 * count) pairs of a sorted sample, however its ties are split into entries — the same as the reference's
 * standard deviation in the streamed walk (streamed-tests.ts), bit for bit.
 */
function populationStd(values, weights) {
    const len = values.length;
    let n = 0;
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < len;) {
        const v = values[i];
        let c = 0;
        do
            c += weights ? weights[i++] : (i++, 1);
        while (i < len && values[i] === v);
        // West's weighted update (see the comment above), one distinct value at a time.
        n += c;
        const delta = v - mean;
        mean += (c / n) * delta;
        m2 += c * delta * (v - mean);
    }
    return n === 0 ? NaN : Math.sqrt(m2 / n);
}
/** W1 divided by max(std(reference), 0.001); inputs ascending-sorted, optionally with counts. */
function normalizedWassersteinSorted(reference, current, referenceWeights, currentWeights) {
    return normalizeByStd(wassersteinSorted(reference, current, referenceWeights, currentWeights), populationStd(reference, referenceWeights));
}
/** W1 over the reference's standard deviation, floored at 0.001 (see the module comment). */
function normalizeByStd(distance, referenceStd) {
    return distance / Math.max(referenceStd, 0.001);
}

;// CONCATENATED MODULE: ./packages/drift/src/column-drift.ts
/**
 * Drift of one column: pick the test (auto or the user's), run it, compare with the threshold, and keep the
 * binned reference/current shares for the report's chart.
 */












function columnDrift(column, reference, current, options = {}) {
    if (reference.kind === 'binned' || current.kind === 'binned')
        return binnedDrift(column, reference, current, options);
    const referenceCount = sampleSize(reference);
    const currentCount = sampleSize(current);
    if (referenceCount === 0 || currentCount === 0) {
        const which = referenceCount === 0 ? 'reference' : 'current';
        throw new src/* UserError */.yo(`column '${column}' has no non-missing values in the ${which} data; drift cannot be measured`);
    }
    const numeric = reference.kind === 'numeric' && current.kind === 'numeric';
    // Spilled runs (spill.ts): the same statistics by streaming over both samples' sorted values (streamed-tests.ts).
    const spilled = numeric && (reference.runs !== undefined || current.runs !== undefined);
    const refSorted = numeric ? ensureSorted(reference) : undefined;
    const curSorted = numeric ? ensureSorted(current) : undefined;
    const refWeights = reference.kind === 'numeric' ? reference.weights : undefined;
    const curWeights = current.kind === 'numeric' ? current.weights : undefined;
    const bins = options.bins ?? DEFAULT_BIN_COUNT;
    let distinct;
    let cats;
    if (numeric) {
        distinct = spilled
            ? Math.max(distinctStream(reference, 6), distinctStream(current, 6))
            : Math.max(distinctSorted(refSorted, 6), distinctSorted(curSorted, 6));
        // Few distinct values: as (value, count) pairs in memory, the sample is small whatever its size.
        if (spilled && distinct <= 6)
            return columnDrift(column, collapse(reference), collapse(current), options);
        if (distinct <= 6)
            distinct = alignCategories(asCategorical(reference).counts, asCategorical(current).counts).categories.length;
    }
    else {
        cats = alignCategories(asCategorical(reference).counts, asCategorical(current).counts);
        distinct = cats.categories.length;
    }
    let test;
    let reason;
    if (!options.test || options.test === 'auto') {
        ({ test, reason } = chooseTest(numeric ? 'numeric' : 'categorical', referenceCount, distinct));
    }
    else {
        test = options.test;
        reason = `${test} chosen in stattest`;
        if (NEEDS_VALUES.has(test) && !numeric) {
            throw new src/* UserError */.yo(`stattest '${test}' needs a numeric column, but column '${column}' is categorical; use chisquare, z, jensenshannon, psi, kl_div or hellinger`);
        }
    }
    const threshold = options.thresholds?.[test] ?? DEFAULT_THRESHOLDS[test];
    // Binned view (also the chart): numeric by reference quantiles, categorical by category.
    let distribution;
    let refCounts;
    let curCounts;
    let unseen = [];
    // Spilled samples: every numeric statistic from one merged walk over the runs (streamed-tests.ts); KS and
    // Wasserstein never take the categorical view, so a spilled column has it when they need it.
    let streamed;
    const categoricalView = !numeric || (test !== 'ks' && test !== 'wasserstein' && distinct <= 5) || test === 'z' || test === 'chisquare';
    if (categoricalView) {
        cats ??= alignCategories(asCategorical(reference).counts, asCategorical(current).counts);
        refCounts = cats.reference;
        curCounts = cats.current;
        unseen = cats.unseen.slice(0, 20);
        distribution = { categories: cats.categories, reference: column_drift_shares(refCounts), current: column_drift_shares(curCounts) };
    }
    else if (spilled) {
        streamed = summarizeStreamed(reference, current, bins);
        refCounts = streamed.referenceCounts;
        curCounts = streamed.currentCounts;
        distribution = { categories: binLabels(streamed.edges), reference: column_drift_shares(refCounts), current: column_drift_shares(curCounts) };
    }
    else {
        const edges = quantileEdges(refSorted, bins, refWeights);
        refCounts = binCountsSorted(edges, refSorted, refWeights);
        curCounts = curSorted ? binCountsSorted(edges, curSorted, curWeights) : binCounts(edges, []);
        distribution = { categories: binLabels(edges), reference: column_drift_shares(refCounts), current: column_drift_shares(curCounts) };
    }
    let statistic;
    let pValue;
    switch (test) {
        case 'ks': {
            const r = streamed ? ksResult(streamed.ks.d, streamed.ks.location, referenceCount, currentCount) : ksSorted(refSorted, refWeights, curSorted, curWeights);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case 'wasserstein':
            statistic = streamed
                ? normalizeByStd(streamed.wasserstein, streamed.referenceStd)
                : normalizedWassersteinSorted(refSorted, curSorted, refWeights, curWeights);
            break;
        case 'chisquare': {
            const r = chiSquareTest(refCounts, curCounts);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case 'z': {
            if (refCounts.length > 2) {
                throw new src/* UserError */.yo(`stattest 'z' needs a column with at most 2 values, but column '${column}' has ${refCounts.length}; use chisquare`);
            }
            const r = proportionsZTest(refCounts[0], referenceCount, curCounts[0], currentCount);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case 'jensenshannon':
            statistic = jensenShannonDistance(refCounts, curCounts);
            break;
        case 'psi':
            statistic = populationStabilityIndex(refCounts, curCounts);
            break;
        case 'kl_div':
            statistic = klDivergence(refCounts, curCounts);
            break;
        case 'hellinger':
            statistic = hellingerDistance(refCounts, curCounts);
            break;
    }
    const drifted = P_VALUE_TESTS.has(test) ? pValue < threshold : statistic >= threshold;
    return {
        column,
        kind: numeric ? 'numeric' : 'categorical',
        test,
        reason,
        statistic,
        ...(pValue === undefined ? {} : { pValue }),
        threshold,
        drifted,
        referenceCount,
        currentCount,
        referenceMissing: reference.missing,
        currentMissing: current.missing,
        unseenValues: unseen,
        distribution,
    };
}
function column_drift_shares(counts) {
    let total = 0;
    for (const c of counts)
        total += c;
    return Array.from(counts, (c) => (total > 0 ? c / total : 0));
}
function fmt(x) {
    return Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();
}
function binLabels(edges) {
    if (edges.length === 0)
        return ['all'];
    const labels = [`≤ ${fmt(edges[0])}`];
    for (let k = 1; k < edges.length; k++)
        labels.push(`(${fmt(edges[k - 1])}, ${fmt(edges[k])}]`);
    labels.push(`> ${fmt(edges[edges.length - 1])}`);
    return labels;
}
/** Bin of x among profile edges: bin i is [edges[i], edges[i+1]); values beyond either end go to the end bins. */
function profileBin(edges, x) {
    let lo = 0;
    let hi = edges.length - 2;
    while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (x >= edges[mid])
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
const BINNED_TESTS = new Set(['jensenshannon', 'psi', 'kl_div', 'hellinger', 'chisquare']);
/** A numeric column whose reference is a profile histogram: binned tests over the profile's bins. */
function binnedDrift(column, reference, current, options) {
    if (reference.kind !== 'binned' || current.kind !== 'numeric') {
        throw new src/* UserError */.yo(`column '${column}' is numeric in the reference profile but ${current.kind} in the current data; it cannot be compared`);
    }
    const ref = reference;
    const requested = options.test && options.test !== 'auto' ? options.test : undefined;
    if (requested && !BINNED_TESTS.has(requested)) {
        throw new src/* UserError */.yo(`stattest '${requested}' needs the reference's values, but column '${column}' comes from a data-validate profile that keeps a histogram only; use jensenshannon, psi, kl_div, hellinger or chisquare, or give the reference dataset or a drift reference file (save-reference)`);
    }
    const test = requested ?? 'jensenshannon';
    const refCounts = Float64Array.from(ref.counts);
    const curCounts = new Float64Array(ref.counts.length);
    if (current.runs)
        forEachDistinct(current, (v, c) => (curCounts[profileBin(ref.edges, v)] += c));
    else
        current.values.forEach((v, i) => (curCounts[profileBin(ref.edges, v)] += current.weights ? current.weights[i] : 1));
    const referenceCount = refCounts.reduce((a, b) => a + b, 0);
    const currentCount = sampleSize(current);
    if (referenceCount === 0 || currentCount === 0) {
        throw new src/* UserError */.yo(`column '${column}' has no non-missing values in the ${referenceCount === 0 ? 'reference profile' : 'current data'}; drift cannot be measured`);
    }
    let statistic;
    let pValue;
    if (test === 'chisquare')
        ({ statistic, pValue } = chiSquareTest(refCounts, curCounts));
    else if (test === 'psi')
        statistic = populationStabilityIndex(refCounts, curCounts);
    else if (test === 'kl_div')
        statistic = klDivergence(refCounts, curCounts);
    else if (test === 'hellinger')
        statistic = hellingerDistance(refCounts, curCounts);
    else
        statistic = jensenShannonDistance(refCounts, curCounts);
    const threshold = options.thresholds?.[test] ?? DEFAULT_THRESHOLDS[test];
    const labels = ref.counts.map((_, i) => `[${fmt(ref.edges[i])}, ${fmt(ref.edges[i + 1])}${i === ref.counts.length - 1 ? ']' : ')'}`);
    return {
        column,
        kind: 'numeric',
        test,
        reason: requested
            ? `${test} chosen in stattest; reference from a data-validate profile (${ref.counts.length} histogram bins)`
            : `numeric, reference from a data-validate profile (histogram only, ${ref.counts.length} bins): Jensen-Shannon distance over its bins`,
        statistic,
        ...(pValue === undefined ? {} : { pValue }),
        threshold,
        drifted: P_VALUE_TESTS.has(test) ? pValue < threshold : statistic >= threshold,
        referenceCount,
        currentCount,
        referenceMissing: ref.missing,
        currentMissing: current.missing,
        unseenValues: [],
        distribution: { categories: labels, reference: column_drift_shares(refCounts), current: column_drift_shares(curCounts) },
    };
}

;// CONCATENATED MODULE: ./packages/drift/src/dataset-drift.ts
/**
 * Dataset drift: every compared column gets its own test; the dataset has drifted when the share of drifted
 * columns reaches `driftShare` (default 0.5):  drifted / compared ≥ driftShare.
 * Columns are reported drifted first, worst first (smallest p-value, then largest distance over threshold).
 */


function datasetDrift(columns, options = {}) {
    if (columns.size === 0)
        throw new src/* UserError */.yo('no columns to compare: reference and current share no selected column');
    const results = [];
    for (const [name, { reference, current }] of columns)
        results.push(columnDrift(name, reference, current, columnOptions(name, options)));
    return verdict(results, options);
}
/** The options of one column's test. */
function columnOptions(name, options) {
    return {
        test: options.perColumnTest?.get(name) ?? options.stattest ?? 'auto',
        ...(options.thresholds ? { thresholds: options.thresholds } : {}),
        ...(options.bins ? { bins: options.bins } : {}),
    };
}
/** The dataset's verdict from every column's result (any order): worst first, and the drifted share. */
function verdict(columns, options) {
    const threshold = options.driftShare ?? 0.5;
    const results = [...columns].sort(worstFirst);
    const drifted = results.filter((r) => r.drifted).map((r) => r.column);
    const share = drifted.length / results.length;
    return { driftDetected: share >= threshold, driftShare: share, threshold, driftedColumns: drifted, columns: results };
}
/** Drifted before not drifted; then by how far past the threshold (p-values: smaller is worse). */
function severity(r) {
    if (r.pValue !== undefined)
        return r.pValue > 0 ? -Math.log10(r.pValue) + Math.log10(r.threshold) : 400;
    return r.threshold > 0 ? r.statistic / r.threshold - 1 : r.statistic;
}
function worstFirst(a, b) {
    if (a.drifted !== b.drifted)
        return a.drifted ? -1 : 1;
    return severity(b) - severity(a);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/drift/src/value-counter.ts
/**
 * Counts of distinct float64 values in an open-addressing hash table (linear probing, load ≤ 1/2).
 *
 * Real data written as text has limited precision (prices in cents, sensors with 4 decimals, integer counts), so
 * a million rows often hold far fewer distinct values: keeping (value, count) pairs makes memory grow with the
 * distinct values instead of the rows, and the exact tests then sort only the distinct values. The ECDFs, and so
 * KS, Wasserstein and the quantile bins, are the same as on the expanded sample. −0 is counted as 0.
 */
class ValueCounter {
    keys;
    counts;
    size = 0;
    total = 0;
    mask;
    scratch = new Float64Array(1);
    words = new Uint32Array(this.scratch.buffer);
    constructor(capacity = 1 << 12) {
        this.keys = new Float64Array(capacity);
        this.counts = new Float64Array(capacity);
        this.mask = capacity - 1;
    }
    slot(v) {
        this.scratch[0] = v;
        let h = Math.imul(this.words[0] ^ Math.imul(this.words[1], 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 15;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 13;
        return h & this.mask;
    }
    add(value, count = 1) {
        const v = value + 0; // −0 → 0
        const keys = this.keys;
        const counts = this.counts;
        let i = this.slot(v);
        while (counts[i] !== 0) {
            if (keys[i] === v) {
                counts[i] += count;
                this.total += count;
                return;
            }
            i = (i + 1) & this.mask;
        }
        keys[i] = v;
        counts[i] = count;
        this.size++;
        this.total += count;
        if (this.size * 2 > keys.length)
            this.grow();
    }
    get(value) {
        const v = value + 0;
        let i = this.slot(v);
        while (this.counts[i] !== 0) {
            if (this.keys[i] === v)
                return this.counts[i];
            i = (i + 1) & this.mask;
        }
        return 0;
    }
    grow() {
        const oldKeys = this.keys;
        const oldCounts = this.counts;
        const keys = (this.keys = new Float64Array(oldKeys.length * 2));
        const counts = (this.counts = new Float64Array(oldKeys.length * 2));
        this.mask = keys.length - 1;
        for (let i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] === 0)
                continue;
            let j = this.slot(oldKeys[i]);
            while (counts[j] !== 0)
                j = (j + 1) & this.mask;
            keys[j] = oldKeys[i];
            counts[j] = oldCounts[i];
        }
    }
    /** The distinct values, unordered. */
    distinct() {
        const out = new Float64Array(this.size);
        let k = 0;
        for (let i = 0; i < this.keys.length; i++)
            if (this.counts[i] !== 0)
                out[k++] = this.keys[i];
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/decimal-grid.ts
/**
 * Counts of numbers that lie on a decimal grid k / 10^s (k an integer, s decimal places), in a dense array
 * indexed by k: one multiply, one divide and one increment per value, no hashing, no sorting — the counts come
 * out in ascending order of value by construction.
 *
 * Data written as text usually has a fixed number of decimals (prices in cents, sensors with 4 decimals,
 * integer counts) over a bounded range, so its values sit on such a grid; the array's size then depends on the
 * range and the precision, not on the number of rows, which keeps memory flat in the row count.
 *
 * Exactness: a value v is accepted only when k = round(v·10^s) gives back v exactly as k / 10^s (correctly
 * rounded IEEE division), so the map v ↦ k is one-to-one on accepted values, order-preserving (division by a
 * positive constant is monotone), and every value is restored bit for bit (−0 is restored as 0, as in
 * ValueCounter). Values off the grid, or that would stretch the array beyond `maxSlots`, are refused
 * (`add` returns false) and the caller keeps them another way. |k| stays below 2^53, where integers are exact.
 */
const POW10 = Array.from({ length: 10 }, (_, i) => 10 ** i);
/** The most decimal places a grid takes. */
const GRID_MAX_SCALE = POW10.length - 1;
/** Default size limit: 2^20 slots of 4 bytes = 4 MiB per column. */
const GRID_MAX_SLOTS = 1 << 20;
const SAFE = 2 ** 53;
/** The fewest decimal places s ≤ GRID_MAX_SCALE at which v is on the grid, or −1. */
function decimalPlaces(v) {
    for (let s = 0; s <= GRID_MAX_SCALE; s++) {
        const k = Math.round(v * POW10[s]);
        if (Math.abs(k) < SAFE && k / POW10[s] === v)
            return s;
    }
    return -1;
}
class DecimalGrid {
    /** Decimal places of the grid; −1 until the first value. */
    scale = -1;
    /** k of counts[0]. */
    base = 0;
    counts = new Uint32Array(0);
    /** Values counted. */
    total = 0;
    /** A scale the counts did not fit at: it and finer ones are not tried again (the range only widens). */
    unreachableScale = Infinity;
    maxSlots;
    constructor(maxSlots = GRID_MAX_SLOTS) {
        this.maxSlots = maxSlots;
    }
    /** Counts v; false when v is off the grid or out of its reach (nothing is counted then). */
    add(v) {
        const s = this.scale;
        if (s >= 0) {
            const p = POW10[s];
            const k = Math.round(v * p);
            if (k / p === v) {
                const i = k - this.base;
                if (i >= 0 && i < this.counts.length) {
                    this.counts[i]++;
                    this.total++;
                    return true;
                }
                return Math.abs(k) < SAFE && this.extend(k) && this.add(v);
            }
        }
        const places = decimalPlaces(v);
        if (places < 0)
            return false;
        if (s < 0) {
            this.scale = places;
            this.base = Math.round(v * POW10[places]);
            this.counts = new Uint32Array(16);
            return this.add(v);
        }
        return places > s && places < this.unreachableScale && this.refine(places) && this.add(v);
    }
    /** Counts the value k / 10^scale (k an integer); false when out of reach. */
    addScaled(k) {
        const i = k - this.base;
        if (i >= 0 && i < this.counts.length) {
            this.counts[i]++;
            this.total++;
            return true;
        }
        if (!(Math.abs(k) < SAFE) || !this.extend(k))
            return false;
        this.counts[k - this.base]++;
        this.total++;
        return true;
    }
    /**
     * Grows the array to reach k: at least doubling it (amortised O(1) per value), to twice the span of the
     * values (counted ones and k), within maxSlots, centred on them. The size stays within 4x the values' span:
     * the array doubles only when values pass the spare room on one side, by then spanning half of it.
     */
    extend(k) {
        const [first, last] = this.occupied();
        const lo = Math.min(this.base + first, k);
        const hi = Math.max(this.base + last, k);
        const span = hi - lo + 1;
        if (span > this.maxSlots)
            return false;
        const size = Math.min(this.maxSlots, Math.max(2 * this.counts.length, 2 * span));
        const base = Math.max(lo - Math.floor((size - span) / 2), hi - size + 1);
        const bigger = new Uint32Array(size);
        bigger.set(this.counts.subarray(first, last + 1), this.base + first - base);
        this.counts = bigger;
        this.base = base;
        return true;
    }
    /** Index of the first and last non-zero count ([0, −1] when none). */
    occupied() {
        const counts = this.counts;
        let first = 0;
        let last = counts.length - 1;
        while (first <= last && counts[first] === 0)
            first++;
        while (last >= first && counts[last] === 0)
            last--;
        return first <= last ? [first, last] : [0, -1];
    }
    /** Moves to more decimal places: slot i becomes slot i·10^(places − scale), if the array stays in reach. */
    refine(places) {
        const f = POW10[places - this.scale];
        const [first, last] = this.occupied();
        const size = Math.max(16, (last - first) * f + 1);
        const base = (this.base + first) * f;
        if (size > this.maxSlots || Math.abs(base) + size >= SAFE) {
            this.unreachableScale = places;
            return false;
        }
        const finer = new Uint32Array(size);
        for (let i = first; i <= last; i++)
            finer[(i - first) * f] = this.counts[i];
        this.counts = finer;
        this.base = base;
        this.scale = places;
        return true;
    }
    /** Distinct values and their counts, ascending. */
    sorted() {
        const counts = this.counts;
        let n = 0;
        for (let i = 0; i < counts.length; i++)
            if (counts[i] !== 0)
                n++;
        const values = new Float64Array(n);
        const weights = new Float64Array(n);
        const p = POW10[Math.max(0, this.scale)];
        for (let i = 0, j = 0; i < counts.length; i++) {
            if (counts[i] === 0)
                continue;
            values[j] = (this.base + i) / p;
            weights[j++] = counts[i];
        }
        return { values, weights };
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/sorted-merge.ts
/**
 * Merging ascending numeric parts (each plain or as distinct values with counts) into one sorted sample: the
 * parts of one column kept in different forms (decimal grid, hash counts, plain values) or read from different
 * byte ranges of a file. Equal values are combined into one (value, count) pair, so the result's ECDF — and
 * with it KS, Wasserstein and the quantile bins — is that of all the parts' observations pooled.
 */
/**
 * One sorted part from several. Plain parts stay plain when all are plain (no combining of ties: a plain
 * sample may repeat values); otherwise the result has weights. Weighted parts hold distinct values (as every
 * producer gives them: grids, counters, merges), and values equal across parts are combined; a plain part in
 * a weighted merge may repeat values, which then stay separate entries of weight 1 (same ECDF).
 */
function mergeSortedParts(parts) {
    const nonEmpty = parts.filter((p) => p.values.length > 0);
    if (nonEmpty.length === 0)
        return { values: new Float64Array(0) };
    if (nonEmpty.length === 1)
        return nonEmpty[0];
    const weighted = nonEmpty.some((p) => p.weights !== undefined);
    let merged = nonEmpty[0];
    // Pairwise, smallest first: parts are few (forms × ranges), and a two-way merge is a tight loop.
    const rest = nonEmpty.slice(1).sort((a, b) => a.values.length - b.values.length);
    for (const p of rest)
        merged = weighted ? mergeWeighted(merged, p) : mergePlain(merged, p);
    return merged;
}
// Both merges run their tails inside the main loop: code after a hot loop that has never run has no type
// feedback, and V8 then leaves the loop's on-stack-replaced code at every call (measured: 2 × 94k grid pairs
// took 13 ms a merge instead of 0.7 ms; a few merges per column on the main thread, so it never warms up).
function mergePlain(a, b) {
    const x = a.values;
    const y = b.values;
    const nx = x.length;
    const ny = y.length;
    const out = new Float64Array(nx + ny);
    let i = 0;
    let j = 0;
    for (let k = 0; k < nx + ny; k++)
        out[k] = j === ny || (i < nx && x[i] <= y[j]) ? x[i++] : y[j++];
    return { values: out };
}
function mergeWeighted(a, b) {
    const x = a.values;
    const y = b.values;
    const wx = a.weights ?? new Float64Array(x.length).fill(1);
    const wy = b.weights ?? new Float64Array(y.length).fill(1);
    const nx = x.length;
    const ny = y.length;
    // The merged length first, so the result is allocated once at its size: fresh memory is what a merge costs
    // on some machines (a VM here: ~10 ms per MB faulted in; the merge itself is ~4 ns a pair). Values equal in
    // both parts are one pair (−0 and 0 too).
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < nx && j < ny) {
        const u = x[i];
        const v = y[j];
        if (u === v)
            shared++;
        if (u <= v)
            i++;
        if (v <= u)
            j++;
    }
    const values = new Float64Array(nx + ny - shared);
    const weights = new Float64Array(nx + ny - shared);
    i = 0;
    j = 0;
    for (let k = 0; k < values.length; k++) {
        if (j === ny || (i < nx && x[i] < y[j])) {
            values[k] = x[i];
            weights[k] = wx[i++];
        }
        else if (i === nx || y[j] < x[i]) {
            values[k] = y[j];
            weights[k] = wy[j++];
        }
        else {
            values[k] = x[i] + 0;
            weights[k] = wx[i++] + wy[j++];
        }
    }
    return { values, weights };
}

;// CONCATENATED MODULE: ./packages/drift/src/column-builder.ts
/**
 * One column of a dataset as it is read, value by value, into the form the drift tests need (a ColumnSample):
 * numbers in the cheapest exact form — counts on a decimal grid (decimal-grid.ts), else (distinct value, count)
 * pairs (value-counter.ts), else a plain Float64Array — until the column's first text, from then on category
 * counts, interned by a hash of their bytes. Given spill options, the plain array holds at most that many
 * numbers: then they are sorted and written out as a run (spill.ts), which keeps memory flat in the row count. Used by every reader (CSV sequential and by byte ranges, other formats).
 */






const column_builder_POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Values a column may miss the decimal grid before the grid is given up (and then only if misses outnumber hits). */
const GRID_TRIAL = 1024;
/** The bits of the FNV-1a hash that key categories (see countBytes). */
const HASH_MASK = 0x3fffffff;
/** Distinct-value counting is given up for a plain array once at least this many values are mostly distinct. */
const COUNTING_MIN = 1 << 16;
/**
 * …and at once when the first this-many values are all distinct: a column with C distinct values shows about
 * n²/2C repeats among its first n, so no repeat in 4096 means C in the millions — full-precision floats, where
 * counting (a hash insert per value, and rehashing as the table grows) is pure cost.
 */
const ALL_DISTINCT_TRIAL = 1 << 12;
/**
 * Run-sized arrays of finished columns, reused by the next columns of this thread (a worker reads range after
 * range): growing a fresh array by doubling up to the run size, for every column of every range, was ~6% of a
 * reader thread on full-precision floats — fresh memory is slow to fault in on some machines (a shared VM here).
 */
const spareRunArrays = [];
const MAX_SPARE_RUN_ARRAYS = 8;
class ColumnBuilder {
    /** Numbers on a decimal grid, counted densely (see decimal-grid.ts); tried first, until values miss it. */
    grid = new DecimalGrid();
    /** The grid's counts once it is given up (still part of the column). */
    gridParts = [];
    offGrid = 0;
    /** Numbers turned into category text when the column became categorical (for merging byte ranges). */
    convertedNumbers = 0;
    /** Numbers off the grid as (distinct value, count) while values repeat enough; see value-counter.ts. */
    counter = new ValueCounter();
    /** Numbers one by one, once counting stopped paying. */
    values = new Float64Array(0);
    length = 0;
    missing = 0;
    /** Plain numbers kept before a run is spilled (Infinity: never), the spill directory, and the runs so far. */
    spillValues;
    spillDir;
    runFiles = [];
    runCount = 0;
    /** Set once the column is categorical: distinct values, interned by a hash of their bytes. */
    counts;
    /** Open addressing by FNV-1a hash of the bytes: slot → key index + 1 (0 is empty), load ≤ 1/2. */
    keyTable = new Int32Array(64);
    keyHash = [];
    keyBytes = [];
    keyText = [];
    keyCount = [];
    constructor(spill) {
        this.spillValues = spill ? Math.max(1, spill.values) : Infinity;
        this.spillDir = spill?.dir;
    }
    pushNumber(v) {
        if (this.grid !== undefined) {
            if (this.grid.add(v))
                return;
            // Off the grid: after enough misses the column is not gridded text, and each miss costs a search.
            if (++this.offGrid > GRID_TRIAL && this.offGrid > this.grid.total)
                this.griddedParts();
        }
        const counter = this.counter;
        if (counter !== undefined) {
            counter.add(v);
            if (counter.size * 2 > counter.total && counter.total >= COUNTING_MIN)
                this.stopCounting();
            else if (counter.total === ALL_DISTINCT_TRIAL && counter.size === ALL_DISTINCT_TRIAL)
                this.stopCounting();
            return;
        }
        if (this.length >= this.spillValues)
            this.spillRun();
        else if (this.length === this.values.length)
            this.grow();
        this.values[this.length++] = v;
    }
    /**
     * How many numbers pushNumber would now append to `values` as they are (no grid, no counting, no growing or
     * spilling first): a reader may write that many at `values[length…]` itself and move `length` on.
     */
    plainRoom() {
        return this.grid === undefined && this.counter === undefined ? Math.min(this.values.length, this.spillValues) - this.length : 0;
    }
    /**
     * The number ±mant / 10^frac (mant an exact integer, at most 15 digits): on the grid when frac ≤ its scale,
     * as k = mant·10^(scale − frac) without a division — the same slot pushNumber finds for the same value.
     */
    pushDecimal(mant, frac, neg) {
        const grid = this.grid;
        if (grid !== undefined && frac <= grid.scale) {
            const k = mant * column_builder_POW10[grid.scale - frac];
            if (grid.addScaled(neg ? -k : k))
                return;
        }
        const v = mant / column_builder_POW10[frac];
        this.pushNumber(neg ? -v : v);
    }
    grow() {
        const bigger = this.plainArray(this.values.length + 1);
        bigger.set(this.values.subarray(0, this.length));
        this.values = bigger;
    }
    /**
     * An array for at least n plain numbers. With spilling it is run-sized at once (a spare one of this thread if
     * there is one): doubling up to the run size faulted in and copied twice the memory, per column and range.
     * Pages of a large array are not resident until written, so a short column costs no more memory than before.
     */
    plainArray(n) {
        if (this.spillValues === Infinity)
            return new Float64Array(Math.max(1024, 2 * n));
        const spare = n <= this.spillValues && spareRunArrays.length > 0 && spareRunArrays[spareRunArrays.length - 1].length === this.spillValues;
        return spare ? spareRunArrays.pop() : new Float64Array(Math.max(this.spillValues, n));
    }
    /** The plain numbers so far, sorted, to a run file; the array is reused for the next run. */
    spillRun() {
        const run = sortFloat64(this.values.subarray(0, this.length));
        this.runFiles.push(writeRun(this.spillDir, run));
        this.runCount += this.length;
        this.length = 0;
    }
    stopCounting() {
        const counter = this.counter;
        this.counter = undefined;
        this.values = this.plainArray(counter.total);
        for (let i = 0; i < counter.keys.length; i++) {
            for (let c = counter.counts[i]; c > 0; c--)
                this.values[this.length++] = counter.keys[i];
        }
    }
    /** Counts the value in bytes [s, e) without decoding it unless it is new (FNV-1a hash, then byte compare). */
    pushBytes(buf, s, e) {
        let h = 0x811c9dc5;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ buf[i], 0x01000193);
        this.countBytes(buf, s, e, h & HASH_MASK);
    }
    /**
     * pushBytes with the hash already computed by a loop that scanned the bytes anyway: FNV-1a (32-bit) & HASH_MASK
     * — 30 bits, so it stays a small integer in V8 instead of a boxed number on every call.
     */
    countBytes(buf, s, e, h) {
        this.countKey(buf, s, e, h);
    }
    /** countBytes, returning the index of the value's key (0, 1, … in order of first appearance). */
    countKey(buf, s, e, h) {
        if (!this.counts)
            this.becomeCategorical();
        const table = this.keyTable;
        const mask = table.length - 1;
        let slot = (h ^ (h >>> 16)) & mask;
        for (let k = table[slot] - 1; k >= 0; k = table[slot] - 1) {
            if (this.keyHash[k] === h && sameBytes(this.keyBytes[k], buf, s, e)) {
                this.keyCount[k]++;
                return k;
            }
            slot = (slot + 1) & mask;
        }
        const k = this.keyText.length;
        this.keyBytes.push(Buffer.from(buf.subarray(s, e)));
        this.keyText.push(buf.toString('utf8', s, e));
        this.keyCount.push(1);
        this.keyHash.push(h);
        table[slot] = k + 1;
        if (2 * (k + 1) > table.length)
            this.growKeyTable();
        return k;
    }
    /**
     * Counts one more of each key keys[from], keys[from + 1], … (indexes countKey gave) up to `to` or the first
     * negative entry; returns where it stopped.
     */
    countKnown(keys, from, to) {
        const counts = this.keyCount;
        let f = from;
        for (; f < to; f++) {
            const k = keys[f];
            if (k < 0)
                break;
            counts[k]++;
        }
        return f;
    }
    growKeyTable() {
        const table = (this.keyTable = new Int32Array(this.keyTable.length * 2));
        const mask = table.length - 1;
        this.keyHash.forEach((h, k) => {
            let slot = (h ^ (h >>> 16)) & mask;
            while (table[slot] !== 0)
                slot = (slot + 1) & mask;
            table[slot] = k + 1;
        });
    }
    /** A value that is not a number (non-CSV sources). */
    pushText(text) {
        const bytes = Buffer.from(text);
        this.pushBytes(bytes, 0, bytes.length);
    }
    becomeCategorical() {
        this.counts = new Map();
        const counter = this.counter;
        const numbers = this.values.subarray(0, this.length);
        const gridded = this.griddedParts();
        this.grid = undefined;
        this.gridParts = [];
        this.counter = undefined;
        this.values = new Float64Array(0);
        this.length = 0;
        const add = (v, times) => {
            const text = Buffer.from(String(v));
            this.convertedNumbers += times;
            for (let t = 0; t < times; t++)
                this.pushBytes(text, 0, text.length);
        };
        if (counter)
            for (let i = 0; i < counter.keys.length; i++)
                if (counter.counts[i] !== 0)
                    add(counter.keys[i], counter.counts[i]);
        for (const part of gridded)
            part.values.forEach((v, i) => add(v, part.weights[i]));
        for (const file of this.runFiles)
            for (const v of readRun(file))
                add(v, 1);
        this.runFiles = [];
        this.runCount = 0;
        for (const v of numbers)
            add(v, 1);
    }
    griddedParts() {
        if (this.grid !== undefined && this.grid.total > 0)
            this.gridParts.push(this.grid.sorted());
        this.grid = undefined;
        return this.gridParts;
    }
    finish() {
        if (this.counts) {
            const counts = new Map();
            this.keyText.forEach((t, k) => counts.set(t, (counts.get(t) ?? 0) + this.keyCount[k]));
            return { kind: 'categorical', counts, missing: this.missing };
        }
        const parts = this.griddedParts();
        if (this.runFiles.length > 0) {
            // The last plain numbers become a run too, and the array is free for the next column of this thread.
            if (this.length > 0)
                this.spillRun();
            if (this.values.length === this.spillValues && spareRunArrays.length < MAX_SPARE_RUN_ARRAYS)
                spareRunArrays.push(this.values);
            this.values = new Float64Array(0);
            if (this.counter && this.counter.total > 0)
                parts.push(weightedSample(this.counter, 0));
            const { values, weights } = mergeSortedParts(parts);
            const runs = { files: this.runFiles, count: this.runCount };
            return { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing: this.missing, runs };
        }
        if (parts.length === 0) {
            if (this.counter)
                return weightedSample(this.counter, this.missing);
            return { kind: 'numeric', values: this.values.subarray(0, this.length), sorted: false, missing: this.missing };
        }
        if (this.counter && this.counter.total > 0)
            parts.push(weightedSample(this.counter, 0));
        if (this.length > 0)
            parts.push({ values: sortFloat64(this.values.subarray(0, this.length)) });
        const { values, weights } = mergeSortedParts(parts);
        return { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing: this.missing };
    }
}
/** b equals buf[s, e), compared in JS: Buffer#compare's native call costs more than these few bytes. */
function sameBytes(b, buf, s, e) {
    if (b.length !== e - s)
        return false;
    for (let i = 0; i < b.length; i++)
        if (b[i] !== buf[s + i])
            return false;
    return true;
}

// EXTERNAL MODULE: ./packages/data/src/read/decimal.ts
var decimal = __webpack_require__(16968);
;// CONCATENATED MODULE: ./packages/drift/src/csv-fields.ts
/**
 * One CSV field into a column, as every CSV reader of drift handles it (the sequential reader in csv-columns.ts,
 * the byte loop in plain-lines.ts for the fields it does not take itself): surrounding spaces trimmed; empty and
 * NA/NaN/null/None/N/A are missing; a decimal literal is a number, anything else text (see ColumnBuilder).
 * Numbers: a finite decimal literal is the double Number() gives for it, parsed from the bytes by parseDecimal
 * (@mlci/data); an overflowing one (1e999) is text.
 */


const MISSING = new Set(['NA', 'NaN', 'nan', 'null', 'NULL', 'None', 'N/A']);
const MISSING_BYTES = [...MISSING].map((m) => Buffer.from(m));
function isMissingMarker(buf, s, e) {
    if (e - s > 4 || (buf[s] !== 78 /* N */ && buf[s] !== 110 /* n */))
        return false;
    for (const m of MISSING_BYTES)
        if (sameBytes(m, buf, s, e))
            return true;
    return false;
}
/** A field bytes [s, e) into column b (see the module comment). */
function pushField(b, buf, s, e) {
    while (s < e && buf[s] === 32)
        s++;
    while (e > s && buf[e - 1] === 32)
        e--;
    if (e === s || isMissingMarker(buf, s, e)) {
        b.missing++;
        return;
    }
    if (!b.counts) {
        const v = (0,decimal/* parseDecimal */.$)(buf, s, e);
        if (Number.isFinite(v)) {
            b.pushNumber(v);
            return;
        }
    }
    b.pushBytes(buf, s, e);
}

;// CONCATENATED MODULE: ./packages/drift/src/plain-lines.ts
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




const plain_lines_POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
function scanPlainLines(buf, start, end, bs, st) {
    const nb = bs.length;
    let long;
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
                if (neg)
                    c = buf[++i];
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
                        const slot = (neg ? -mant : mant) * plain_lines_POW10[grid.scale - frac] - grid.base;
                        if (slot >= 0 && slot < grid.counts.length) {
                            grid.counts[slot]++;
                            grid.total++;
                        }
                        else
                            b.pushDecimal(mant, frac, neg);
                    }
                    else
                        b.pushDecimal(mant, frac, neg);
                }
                else if ((c === 44 || c === 10) && digits > 15 && Number.isFinite((long = (0,decimal/* parseDecimal */.$)(buf, fs, i)))) {
                    b.pushNumber(long); // a full-precision float, e.g. 0.83659376561202405 (exact: decimal.ts)
                }
                else {
                    while (c !== 44 && c !== 10)
                        c = buf[++i];
                    other(b, buf, fs, i, c);
                }
            }
            else if (b !== undefined) {
                let h = 0x811c9dc5; // FNV-1a, as ColumnBuilder.pushBytes
                while (c !== 44 && c !== 10) {
                    h = Math.imul(h ^ c, 0x01000193);
                    c = buf[++i];
                }
                const first = buf[fs];
                const last = buf[i - 1];
                if (i === fs || first === 32 || last === 32 || last === 13)
                    other(b, buf, fs, i, c);
                else if ((first === 78 || first === 110) /* N, n */ && isMissingMarker(buf, fs, i))
                    b.missing++;
                else
                    b.countBytes(buf, fs, i, h & HASH_MASK);
            }
            else {
                while (c !== 44 && c !== 10)
                    c = buf[++i];
            }
            j++;
            i++;
            if (c === 10)
                break;
            c = buf[i];
        }
        st.line++;
        if (j > nb)
            throw new src/* UserError */.yo(`${st.file}:${st.line}: ${j} fields, but the header has ${nb}`, { file: st.file, line: st.line });
        for (; j < nb; j++)
            if (bs[j] !== undefined)
                bs[j].missing++;
        st.rows++;
    }
}
/** A field the digit loop did not take, ending at byte `at` (a comma or the line feed `c`). */
function other(b, buf, s, at, c) {
    let e = at;
    if (c === 10 && e > s && buf[e - 1] === 13)
        e--;
    if (b.counts !== undefined && e > s && buf[s] !== 32 && buf[e - 1] !== 32 && buf[s] !== 78 && buf[s] !== 110)
        b.pushBytes(buf, s, e);
    else
        pushField(b, buf, s, e);
}

;// CONCATENATED MODULE: ./packages/drift/src/wasm/plain-lines-wasm.ts
// Generated by scripts/build-wasm.mjs from plain-lines.wat (wabt); do not edit. 1291 bytes.
const PlainLinesWasm = 'AGFzbQEAAAABIANgA35/fwF8YAR/f39/AX9gDH9/f39/f39/f39/fwF/AwQDAAECBQMBAAEGBgF/AUEACwcYAwZtZW1vcnkCAARzdG9wAwAEc2NhbgACCrEJA4MCBAp8AX4CfAF/IAIgAUEYbGohECAAuiEDIAAgA7F9uSEEIBArAwAhBSADIAWjIQZEAAAAAgAAoEEgBqIhByAHIAcgBqGhIQggBiAIoSEJIAYgBaIhCiAIIBArAwiiIAqhIAggECsDEKKgIAkgECsDCKKgIAkgECsDEKKgIQsgAyAKoSALoSAEoCEMIAa9IQ0gDUL/////////B4NQBEBEAAAAAAAA+H8PCyANQjSIQjR9QjSGvyEOIA4gBaJEAAAAAAAA4D+iIQ8gDCAPZCAMIA9hIA1CAYOncXIEQCAGIA6gDwsgDCAPmmMgDCAPmmEgDUIBg6dxcgRAIAYgDqEPCyAGC6EBAQV/IAEgAUEQdnNB/wdxIQQDQCAAIARBA3RqIQUgBSgCBCEGIAZFBEBBfw8LIAUoAgAgAUYEQCAAQYDAAGogBkEBa0EMbGohBiAGKAIEIANGBEAgBigCACEHQQAhCAJAA0AgCCADSQRAIAcgCGotAAAgAiAIai0AAEcNAiAIQQFqIQgMAQsLIAYoAggPCwsLIARBAWpB/wdxIQQMAAtBfwuGBgUJfwF+BX8BfAF/IAAhDAJAA0AgDCENIAwgAU8NASAOIANPDQEgDC0AACEQIBBBCkYgEEENRnINAUEAIQ8DQCAPIAJPDQIgBCAPai0AACESIAwhEyAPIANsIA5qIRQgEkEBRgRAIBBBLUYhGCAYBEAgDEEBaiEMIAwtAAAhEAsgDCEZQgAhFQJAA0AgEEEwayERIBFBCk8NASAVQgp+IBGtfCEVIAxBAWohDCAMLQAAIRAMAAsLIAwgGWshFkEAIRcgEEEuRgRAIAxBAWohDCAMIRkgDC0AACEQAkADQCAQQTBrIREgEUEKTw0BIBVCCn4gEa18IRUgDEEBaiEMIAwtAAAhEAwACwsgDCAZayEXIBYgF2ohFgsgEEEsRyAQQQpHcQ0DIBZFDQMgFkETSw0DIBZBD00EQCAFIBRBA3RqIBW6OQMAIAYgFEECdGogFyAYQRB0cjYCAAUgFUKAgICAgICAEFQEQCAVuiAKIBdBGGxqKwMAoyEbBSAVIBcgChAAIRsLIBsgG2EEQCAYBEAgG5ohGwsgBSAUQQN0aiAbOQMAIAYgFEECdGogF0GAAnIgGEEQdHI2AgAFIAYgFEECdGogF0GABHIgGEEQdHI2AgALCyAHIBRBAnRqIBM2AgAgCCAUQQJ0aiAMNgIABSASQQJGBEBBxbvyiHghGgJAA0AgEEEsRg0BIBBBCkYNASAaIBBzQZODgAhsIRogDEEBaiEMIAwtAAAhEAwACwsgDCATRg0EIBMtAABBIEYNBCAMQQFrLQAAIRwgHEEgRiAcQQ1Gcg0EIAYgFEECdGogDyALSQR/IA9BgLABbCAaIBMgDCATaxABBUF/CzYCACAHIBRBAnRqIBM2AgAgCCAUQQJ0aiAMNgIAIAkgFEECdGogGjYCAAUCQANAIBBBLEYNASAQQQpGDQEgDEEBaiEMIAwtAAAhEAwACwsLCyAPQQFqIQ8gDEEBaiEMIBBBCkcEQCAMLQAAIRAMAQsLIA8gAkcNASAOQQFqIQ4MAAsLIA0kACAOCw==';

;// CONCATENATED MODULE: ./packages/drift/src/wasm-lines.ts
/**
 * plain-lines.ts's loop, with the byte work in WebAssembly (wasm/plain-lines.wat): the block of complete lines
 * without quotes is copied to the module's memory, `scan` finds and parses the fields of as many lines as it
 * takes, and each column's fields then go to its ColumnBuilder, column by column, exactly as plain-lines.ts
 * hands them over (a builder sees its column's values in the same order, and builders share nothing that
 * depends on the order across columns). A line the scan leaves (see the .wat) goes through plain-lines.ts,
 * which skips it, reports it or takes it field by field; the scan then goes on after it.
 *
 * Why: a JavaScript loop over a Buffer pays a bounds check per byte and has no 64-bit integers, so a
 * full-precision float (16–19 digits) was read twice, by the digit loop and by parseDecimal. The module reads
 * it once into a 64-bit integer and divides exactly (the operations of decimal.ts's divideExact), and counts the
 * categories it has seen in tables of its own. Whole drift report on the benchmark's full-precision data: CPU
 * 4.6 → 3.75 s (bench/drift-check/run.ts --off-grid, alternating builds).
 */






const wasm_lines_POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Blocks below this many bytes are not worth the copy. */
const MIN_BYTES = 4096;
/**
 * Output room: fields per column and call are at most OUTPUT_FIELDS / columns (and at most MAX_ROWS). 2^14 fields
 * of outputs (24 bytes each, 384 KiB) stay in the core's cache (L2 of 1 MiB here) from the scan's writes to the
 * hand-over's reads: with 2^17 (3 MiB) the scan and hand-over of full-precision lines took 28% more time.
 */
const OUTPUT_FIELDS = 1 << 14;
const MAX_ROWS = 8192;
/** One instance per thread (module state), made on first use. */
let scanner;
function instance() {
    return (scanner ??= (0,src/* instantiateWasm */.nE)(PlainLinesWasm));
}
/**
 * The module's key tables (see $key in the .wat): the first TABLE_COLUMNS columns each have one at the start of
 * memory, filled with the keys its builder made (up to KEYS of them, their bytes up to ARENA): the module then
 * counts a known key by its index, and the builder is called only for keys it has not seen. A table belongs to
 * one builder; another builder in that column (the next range or file) starts it empty.
 */
const TABLE = 22528;
const TABLE_COLUMNS = 256;
const SLOTS = 1024;
const KEYS = 512;
const ENTRIES = 8192;
const ARENA_AT = 14336;
const ARENA = TABLE - ARENA_AT;
/** Whose keys each table holds (weakly: a finished range's builders are not kept alive by the tables). */
const owners = [];
const registered = [];
const arenaUsed = [];
const known = [];
function resetTable(bytes, j, owner) {
    bytes.fill(0, j * TABLE, j * TABLE + 8 * SLOTS);
    owners[j] = owner && new WeakRef(owner);
    registered[j] = 0;
    arenaUsed[j] = 0;
    known[j] = new Uint8Array(64);
}
/** Puts key k of column j (hash h, bytes memory[s, s + n)) in the column's table, while there is room. */
function register(memory, j, k, h, s, n) {
    if (j >= TABLE_COLUMNS)
        return;
    let seen = known[j];
    if (k < seen.length && seen[k] === 1)
        return;
    const reg = registered[j];
    if (reg >= KEYS || arenaUsed[j] + n > ARENA)
        return;
    if (k >= seen.length) {
        const bigger = new Uint8Array(Math.max(2 * seen.length, k + 1));
        bigger.set(seen);
        known[j] = seen = bigger;
    }
    seen[k] = 1;
    const table = j * TABLE;
    const bytes = new Uint8Array(memory);
    const at = table + ARENA_AT + arenaUsed[j];
    bytes.copyWithin(at, s, s + n);
    arenaUsed[j] += n;
    const words = new Int32Array(memory, table, (ENTRIES + 12 * KEYS) >> 2);
    const entry = (ENTRIES >> 2) + 3 * reg;
    words[entry] = at;
    words[entry + 1] = n;
    words[entry + 2] = k;
    let slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    while (words[2 * slot + 1] !== 0)
        slot = (slot + 1) & (SLOTS - 1);
    words[2 * slot] = h;
    words[2 * slot + 1] = reg + 1;
    registered[j] = reg + 1;
}
/**
 * Same as scanPlainLines(buf, start, end, bs, st). `tuning` is for tests: the smallest block worth the copy, and
 * the most lines per scan call (the output room).
 */
function scanPlainLinesWasm(buf, start, end, bs, st, tuning = {}) {
    const length = end - start;
    const nb = bs.length;
    if (length < (tuning.minBytes ?? MIN_BYTES) || nb === 0)
        return scanPlainLines(buf, start, end, bs, st);
    const w = instance();
    const maxRows = Math.max(1, Math.min(tuning.maxRows ?? MAX_ROWS, Math.floor(OUTPUT_FIELDS / nb)));
    // Memory: the key tables, the block (and 8 bytes of slack), kinds, 10^0..10^22 with their halves, then the
    // outputs by column.
    const tableColumns = Math.min(nb, TABLE_COLUMNS);
    const input = tableColumns * TABLE;
    const kinds = (input + length + 8 + 7) & ~7;
    const pow10 = (kinds + nb + 7) & ~7;
    const fields = nb * maxRows;
    const val = pow10 + 23 * 24;
    const info = val + 8 * fields;
    const starts = info + 4 * fields;
    const ends = starts + 4 * fields;
    const hashes = ends + 4 * fields;
    const need = hashes + 4 * fields;
    const memory = (0,src/* wasmBuffer */.$E)(w.memory, need);
    const bytes = new Uint8Array(memory);
    for (let j = 0; j < tableColumns; j++)
        if (owners[j]?.deref() !== bs[j])
            resetTable(bytes, j, bs[j]);
    bytes.set(buf.subarray(start, end), input);
    const powers = new Float64Array(memory, pow10, 3 * 23);
    for (let k = 0; k <= 22; k++) {
        // 10^k and its Veltkamp halves, as decimal.ts's P10, P10_HIGH and P10_LOW
        const p = 10 ** k;
        const c = 134217729 * p;
        powers[3 * k] = p;
        powers[3 * k + 1] = c - (c - p);
        powers[3 * k + 2] = p - powers[3 * k + 1];
    }
    const values = new Float64Array(memory, val, fields);
    const infos = new Int32Array(memory, info, fields);
    const fieldStarts = new Int32Array(memory, starts, fields);
    const fieldEnds = new Int32Array(memory, ends, fields);
    const fieldHashes = new Int32Array(memory, hashes, fields);
    // buf's index of a memory address in the block
    const base = start - input;
    let pos = 0;
    while (pos < length) {
        // A column is numeric until its builder turned categorical (which only a line of plain-lines.ts can do).
        for (let j = 0; j < nb; j++) {
            const b = bs[j];
            bytes[kinds + j] = b === undefined ? 0 : b.counts === undefined ? 1 : 2;
        }
        const rows = w.scan(input + pos, input + length, nb, maxRows, kinds, val, info, starts, ends, hashes, pow10, tableColumns);
        for (let j = 0; j < nb; j++) {
            const b = bs[j];
            if (b === undefined)
                continue;
            const from = j * maxRows;
            if (b.counts === undefined)
                numericFields(b, buf, base, values, infos, fieldStarts, fieldEnds, from, from + rows);
            else
                categoricalFields(b, j, buf, base, memory, infos, fieldStarts, fieldEnds, fieldHashes, from, from + rows);
        }
        st.line += rows;
        st.rows += rows;
        pos = w.stop.value - input;
        if (pos < length && rows < maxRows) {
            // The line the scan left, by plain-lines.ts (it ends with a line feed: the block does).
            const next = buf.indexOf(10, start + pos) + 1;
            scanPlainLines(buf, start + pos, next, bs, st);
            pos = next - start;
        }
    }
}
/**
 * plain-lines.ts's numeric branch for fields [from, to) of one column (all [-]digits[.digits], 1–19 digits), in
 * a loop for the builder's state: counts on its decimal grid (kept in locals; the builder is called on a miss),
 * numbers taken as they are (written to its array here, up to `plainRoom`: a double handed to pushNumber, which
 * V8 does not inline, is a heap number per value), or anything else (pushDecimal / pushNumber per value). After
 * each call into the builder the loop starts over, as the state may have changed.
 */
function numericFields(b, buf, base, values, infos, starts, ends, from, to) {
    let f = from;
    while (f < to) {
        const grid = b.grid;
        if (grid !== undefined) {
            const counts = grid.counts;
            const scale = grid.scale;
            const first = grid.base;
            let hits = 0;
            // Up to the first field off the grid (or not a plain decimal of at most 15 digits).
            for (; f < to; f++, hits++) {
                const info = infos[f];
                if ((info & 0xff00) !== 0 || (info & 0xff) > scale)
                    break;
                const mant = values[f];
                const slot = (info >>> 16 !== 0 ? -mant : mant) * wasm_lines_POW10[scale - (info & 0xff)] - first;
                if (!(slot >= 0 && slot < counts.length))
                    break;
                counts[slot]++;
            }
            grid.total += hits;
            if (f < to)
                wasm_lines_pushField(b, buf, base, values, infos, starts, ends, f++);
            continue;
        }
        let room = b.plainRoom();
        if (room > 0) {
            const plain = b.values;
            let length = b.length;
            for (; f < to && room > 0; f++, room--) {
                const info = infos[f];
                let v;
                if ((info & 0xff00) === 0) {
                    // pushDecimal without a grid: ±mant / 10^frac
                    v = values[f] / wasm_lines_POW10[info & 0xff];
                    if (info >>> 16 !== 0)
                        v = -v;
                }
                else
                    v = exact(info, buf, base, values, starts, ends, f);
                plain[length++] = v;
            }
            b.length = length;
            if (f === to)
                break;
        }
        // Counting values, or the array is full (pushNumber grows it or spills a run).
        wasm_lines_pushField(b, buf, base, values, infos, starts, ends, f++);
    }
}
/** Field f handed to the builder as plain-lines.ts does: pushDecimal for at most 15 digits, else pushNumber. */
function wasm_lines_pushField(b, buf, base, values, infos, starts, ends, f) {
    const info = infos[f];
    if ((info & 0xff00) === 0)
        b.pushDecimal(values[f], info & 0xff, info >>> 16 !== 0);
    else
        b.pushNumber(exact(info, buf, base, values, starts, ends, f));
}
/** A 16–19 digit field's value: the module's (kind 1), or parseDecimal's from the bytes (kind 2). */
function exact(info, buf, base, values, starts, ends, f) {
    return (info & 0xff00) === 0x100 ? values[f] : (0,decimal/* parseDecimal */.$)(buf, base + starts[f], base + ends[f]);
}
/**
 * plain-lines.ts's categorical branch for fields [from, to) of column j (none empty or with edge spaces): keys
 * the module found counted by index, the others by the builder — and then put in the module's table.
 */
function categoricalFields(b, j, buf, base, memory, keys, starts, ends, hashes, from, to) {
    for (let f = b.countKnown(keys, from, to); f < to; f = b.countKnown(keys, f + 1, to)) {
        const s = base + starts[f];
        const e = base + ends[f];
        const first = buf[s];
        if ((first === 78 || first === 110) /* N, n */ && isMissingMarker(buf, s, e))
            b.missing++;
        else
            register(memory, j, b.countKey(buf, s, e, hashes[f] & HASH_MASK), hashes[f], starts[f], e - s);
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/retrain-key.ts
/**
 * The idempotency key of a retraining request. One drift verdict on the same data must start retraining once:
 * not once per drifted column, and not again when the same workflow re-runs on the same files. The key is a
 * SHA-256 over the content hashes of reference and current data and the trigger names, so a re-run computes
 * the same key; the action records it as the git ref `refs/mlci/retrain/<key>` (creating a ref is atomic, and
 * fails with 422 when it exists) before dispatching.
 */


/**
 * The content hash of data files: SHA-256 (FIPS 180-4). It runs over every byte of both datasets, so its speed
 * matters: on x86-64 CPUs with the SHA extensions (SHA-NI: the AMD EPYC of GitHub's hosted runners and this
 * machine) OpenSSL's SHA-256 takes 81 ms CPU for 111 MB against 424 ms for SHA-512/256, which is faster only
 * without them (measured with bench/drift-check data, Node 24).
 */
const CONTENT_HASH = 'sha256';
async function fileContentHash(file) {
    const hash = (0,external_node_crypto_.createHash)(CONTENT_HASH);
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function retrainKey(parts) {
    const h = (0,external_node_crypto_.createHash)(CONTENT_HASH);
    h.update(`mlci-retrain-v1\n${parts.referenceHash}\n${parts.currentHash}\n${[...parts.triggers].sort().join(',')}`);
    return h.digest('hex').slice(0, 40);
}
function retrainRef(key) {
    return `refs/mlci/retrain/${key}`;
}

;// CONCATENATED MODULE: ./packages/drift/src/csv-columns.ts
/**
 * A columnar CSV reader for drift: one streaming pass, bytes parsed in place, no row objects.
 * Each column goes into a ColumnBuilder (column-builder.ts): numbers kept exactly in their cheapest form; a
 * column turns categorical at its first non-numeric field and from then on keeps only value counts. The
 * file's content hash is computed in the same pass (for the retraining key). Empty fields and
 * NA/NaN/null/None are missing. Large plain files are read over byte ranges in parallel instead
 * (parallel/csv-ranges.ts), with this reader as the fallback and the reference for its results. Both run the
 * same loop over blocks of plain lines (wasm-lines.ts, with plain-lines.ts for the lines it leaves) and the same field handling (csv-fields.ts); lines
 * holding quotes are split here, one at a time.
 * Other formats (TSV, JSON Lines, Parquet, gzip) are read through @mlci/data; see other-sources.ts.
 */







/** One line that may hold quoted fields (RFC 4180, no newlines inside quotes). */
function parseQuotedLine(text, bs, st) {
    st.line++;
    if (text.endsWith('\r'))
        text = text.slice(0, -1);
    if (text === '')
        return;
    st.rows++;
    const fields = splitQuoted(text);
    if (fields.length > bs.length)
        throw new src/* UserError */.yo(`${st.file}:${st.line}: ${fields.length} fields, but the header has ${bs.length}`, { file: st.file, line: st.line });
    fields.forEach((f, j) => {
        const b = bs[j];
        if (b) {
            const bytes = Buffer.from(f);
            pushField(b, bytes, 0, bytes.length);
        }
    });
    for (let j = fields.length; j < bs.length; j++)
        if (bs[j])
            bs[j].missing++;
}
/**
 * Reads the selected columns (all when `select` is undefined) of a comma-separated file with a header line.
 * With `spill`, numeric columns keep at most spill.values plain numbers in memory (spill.ts); the caller owns
 * the spill directory and removes it once the columns are used.
 */
async function readCsvColumns(file, select, options = {}) {
    const hash = (0,external_node_crypto_.createHash)(CONTENT_HASH);
    let header;
    let builders = [];
    let rest;
    const st = { file, line: 0, rows: 0 };
    /** Parses the complete lines of buf[s, e) (e just after a newline). */
    const parseBlock = (buf, s, e) => {
        while (!header && s < e) {
            const nl = buf.indexOf(10, s);
            st.line++;
            const text = buf.toString('utf8', s, nl).replace(/\r$/, '');
            s = nl + 1;
            if (text === '')
                continue;
            header = splitQuoted(text);
            builders = header.map((name) => (select && !select(name) ? undefined : new ColumnBuilder(options.spill)));
        }
        if (s >= e)
            return;
        const quote = buf.indexOf(34 /* " */, s);
        if (quote === -1 || quote >= e) {
            scanPlainLinesWasm(buf, s, e, builders, st);
            return;
        }
        // Quotes somewhere in this block: plain lines before the first quoted one go fast, the rest line by line.
        const lineOfQuote = buf.lastIndexOf(10, quote) + 1;
        if (lineOfQuote > s)
            scanPlainLinesWasm(buf, s, lineOfQuote, builders, st);
        for (let ls = Math.max(s, lineOfQuote); ls < e;) {
            const nl = buf.indexOf(10, ls);
            parseQuotedLine(buf.toString('utf8', ls, nl), builders, st);
            ls = nl + 1;
        }
    };
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
            const bytes = chunk;
            hash.update(bytes);
            let s = 0;
            if (rest) {
                // Complete the line carried over from the previous chunk without copying this whole chunk.
                const nl = bytes.indexOf(10);
                if (nl === -1) {
                    rest = Buffer.concat([rest, bytes]);
                    continue;
                }
                const joined = Buffer.concat([rest, bytes.subarray(0, nl + 1)]);
                parseBlock(joined, 0, joined.length);
                s = nl + 1;
                rest = undefined;
            }
            const last = bytes.lastIndexOf(10);
            if (last >= s) {
                parseBlock(bytes, s, last + 1);
                s = last + 1;
            }
            if (s < bytes.length)
                rest = Buffer.from(bytes.subarray(s));
        }
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw new src/* UserError */.yo(`${file} not found`, { file });
        throw e;
    }
    if (rest && rest.length) {
        const joined = Buffer.concat([rest, Buffer.from('\n')]);
        parseBlock(joined, 0, joined.length);
    }
    if (!header)
        throw new src/* UserError */.yo(`${file} is empty: expected a header line with column names`, { file, line: 1 });
    const columns = new Map();
    header.forEach((name, j) => {
        if (builders[j])
            columns.set(name, builders[j].finish());
    });
    return { columns, names: header, rows: st.rows, contentHash: hash.digest('hex'), threads: 1 };
}
/** RFC 4180 fields of one line ("" inside quotes is a quote). */
function splitQuoted(text) {
    const out = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            out.push(field);
            field = '';
        }
        else
            field += c;
    }
    out.push(field);
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/data/src/parallel/byte-ranges.ts
var byte_ranges = __webpack_require__(7447);
;// CONCATENATED MODULE: ./packages/drift/src/parallel/worker-pool.ts


// The worker: the .ts file beside this one in the sources; beside an action's bundle, the `drift-worker` bundle.
const WORKER = (0,byte_ranges/* findModule */.ku)(['./drift-worker.ts', '../drift-worker/index.js'], import.meta.url);
const pools = new Map();
const LINGER_MS = 1000;
/** The pool of `size` threads, or undefined when there is no worker module to start (or no point: size < 1). */
function workerPool(size) {
    if (WORKER === undefined || size < 1)
        return undefined;
    let pool = pools.get(size);
    if (pool === undefined)
        pools.set(size, (pool = new WorkerPool(WORKER, size)));
    return pool;
}
class WorkerPool {
    idle = [];
    queue = [];
    live = 0;
    url;
    size;
    linger;
    constructor(url, size) {
        this.url = url;
        this.size = size;
    }
    /** The task's result, or undefined when the worker failed (threw, died, or could not start). */
    run(task) {
        return new Promise((done) => {
            this.queue.push({ task, done: done });
            this.pump();
        });
    }
    pump() {
        while (this.queue.length > 0) {
            let worker = this.idle.pop();
            if (worker === undefined) {
                if (this.live >= this.size)
                    return;
                worker = (0,src/* startWorker */.Dh)(this.url);
                this.live++;
            }
            this.dispatch(worker, this.queue.shift());
        }
        for (const worker of this.idle)
            worker.unref();
        if (this.idle.length === 0 || this.linger !== undefined)
            return;
        this.linger = setTimeout(() => {
            this.linger = undefined;
            for (const worker of this.idle.splice(0)) {
                this.live--;
                void worker.terminate();
            }
        }, LINGER_MS).unref();
    }
    dispatch(worker, job) {
        worker.ref();
        const settle = (result, alive) => {
            worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
            job.done(result);
            if (alive)
                this.idle.push(worker);
            else
                this.live--;
            this.pump();
        };
        const onMessage = (message) => settle(message.ok ? message.result : undefined, true);
        // A worker that dies (out of memory, killed) without answering: its task fails, the others go on.
        const onFailure = () => settle(undefined, false);
        worker.once('message', onMessage).once('error', onFailure).once('exit', onFailure);
        worker.postMessage(job.task);
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/parallel/csv-ranges.ts
/**
 * Parallel reading of one large CSV file for drift: the file is cut into one byte range per core, each range
 * is read by a worker thread (range-read.ts; one pool of threads for all files read at once) while this thread computes the file's content hash, and the
 * ranges' columns are merged in file order into what the sequential reader (readCsvColumns) returns.
 *
 * Merging is exact: numeric columns arrive sorted (distinct values with counts where values repeat) and are
 * merged by value (sorted-merge.ts); category counts add up. A column that turns categorical behaves as in
 * the sequential reader — numbers before its first text count as their shortest text (String(v)), later
 * fields as written — which the merge reproduces when the numbers all come before the first range where the
 * column is categorical; otherwise the file is read sequentially.
 *
 * Returns undefined (the caller reads sequentially, which also reports any error at its exact line) when the
 * file is small, the header is not one plain line, a field is quoted, ranges disagree on a record boundary,
 * any range fails (e.g. a line with too many fields), or the worker module is not on disk.
 */









/** Files smaller than this are read in one thread: starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 16 << 20;
/**
 * At most this many threads by default: each costs a Node isolate (~20-30 MB, ~50 ms to start), and beyond a
 * few cores reading from disk, not parsing, sets the pace.
 */
const MAX_WORKERS = 8;
async function readCsvColumnsInParallel(file, select, options = {}) {
    const workers = options.workers ?? Math.min((0,external_node_os_.availableParallelism)(), MAX_WORKERS);
    const pool = workers < 2 ? undefined : workerPool(workers);
    if (pool === undefined)
        return undefined;
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return undefined;
    }
    if (size < (options.minBytes ?? PARALLEL_MIN_BYTES))
        return undefined;
    const head = (0,byte_ranges/* readHead */.zy)(file);
    const newline = head.indexOf(10);
    if (newline <= 0)
        return undefined;
    const headerText = head.toString('utf8', 0, newline).replace(/\r$/, '');
    if (headerText === '' || headerText.includes('"'))
        return undefined;
    const header = headerText.split(',');
    const selected = header.map((name) => !select || select(name));
    const dataStart = newline + 1;
    if (dataStart >= size)
        return undefined;
    const tasks = (0,byte_ranges/* byteRanges */.H1)(dataStart, size, workers).map((range) => ({
        kind: 'range', file, header, selected, ...range,
        ...(options.spill ? { spill: options.spill } : {}),
    }));
    const [contentHash, ...results] = await Promise.all([hashFile(file), ...tasks.map((t) => pool.run(t))]);
    if (results.some((r) => r === undefined || r.quoted))
        return undefined;
    const all = results;
    for (let i = 1; i < all.length; i++)
        if (all[i - 1].end !== all[i].begin)
            return undefined;
    // A range inside the file's last line (one without a line feed, longer than the ranges) holds no record.
    const ranges = all.filter((r) => r.columns.length > 0);
    const columns = new Map();
    for (let j = 0; j < header.length; j++) {
        if (!selected[j])
            continue;
        const merged = mergeColumn(ranges.map((r) => r.columns[j]), options.spill);
        if (merged === undefined)
            return undefined;
        columns.set(header[j], merged);
    }
    return { columns, names: header, rows: ranges.reduce((n, r) => n + r.rows, 0), contentHash, threads: tasks.length };
}
/** One column from its ranges in file order; undefined when only a sequential read gives its exact counts. */
function mergeColumn(parts, spill) {
    const missing = parts.reduce((n, p) => n + p.sample.missing, 0);
    const firstCategorical = parts.findIndex((p) => p.sample.kind === 'categorical');
    if (firstCategorical === -1) {
        const samples = parts.map((p) => p.sample);
        const files = samples.flatMap((s) => s.runs?.files ?? []);
        let count = samples.reduce((n, s) => n + (s.runs?.count ?? 0), 0);
        let inMemory = samples;
        // Flat memory: when the ranges' plain numbers together pass the budget, each range's (sorted) ones become a run.
        const plain = samples.reduce((n, s) => n + (s.weights ? 0 : s.values.length), 0);
        if (spill && (files.length > 0 || plain > spill.values)) {
            inMemory = samples.filter((s) => s.weights !== undefined);
            for (const s of samples) {
                if (s.weights || s.values.length === 0)
                    continue;
                files.push(writeRun(spill.dir, s.values));
                count += s.values.length;
            }
        }
        const { values, weights } = mergeSortedParts(inMemory);
        const runs = files.length > 0 ? { runs: { files, count } } : {};
        return { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing, ...runs };
    }
    // A column that spilled numbers before its first text: only the sequential reader gives its exact counts.
    if (parts.some((p) => p.sample.kind === 'numeric' && p.sample.runs))
        return undefined;
    const counts = new Map();
    for (let r = 0; r < parts.length; r++) {
        const { sample, convertedNumbers } = parts[r];
        if (sample.kind === 'categorical') {
            // After the column's first text, the sequential reader keeps numbers as written, not as String(v).
            if (r > firstCategorical && convertedNumbers > 0)
                return undefined;
            for (const [k, n] of sample.counts)
                counts.set(k, (counts.get(k) ?? 0) + n);
        }
        else if (sample.kind === 'numeric') {
            if (r > firstCategorical && sample.values.length > 0)
                return undefined;
            sample.values.forEach((v, i) => counts.set(String(v), (counts.get(String(v)) ?? 0) + (sample.weights ? sample.weights[i] : 1)));
        }
    }
    return { kind: 'categorical', counts, missing };
}
/** The content hash, read through one reused buffer (a stream's fresh chunk per read would pile up until GC). */
async function hashFile(file) {
    const hash = (0,external_node_crypto_.createHash)(CONTENT_HASH);
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1 << 20);
        for (let n; (n = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0;)
            hash.update(buffer.subarray(0, n));
    }
    finally {
        await handle.close();
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./packages/drift/src/reference-cache.ts
/**
 * Reference reuse: a reference dataset is read once and saved as a drift reference file, so scheduled runs
 * load it instead of re-reading the training set. The file keeps what the exact tests need and nothing else:
 * numeric columns as their sorted finite values (float64, base64; distinct values with counts when values repeat),
 * categorical columns as value counts, and
 * the content hash (SHA-256, see retrain-key.ts) of the source data (which keeps the retraining key stable across runs).
 * Format: JSON `{ "format": "mlci-drift-reference", "version": 1, "source": {file, contentHash, rows}, "columns": {…} }`.
 */




const REFERENCE_FORMAT = 'mlci-drift-reference';
function base64(v) {
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
}
function float64s(text) {
    const bytes = Buffer.from(text, 'base64');
    return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
function saveReference(path, reference) {
    const columns = {};
    for (const [name, read] of reference.columns) {
        // A column with spilled runs is saved as its distinct values with counts (in memory while saving).
        const col = read.kind === 'numeric' && read.runs ? collapse(read) : read;
        if (col.kind === 'numeric') {
            const v = ensureSorted(col);
            columns[name] = { kind: 'numeric', missing: col.missing, count: v.length, sortedFloat64Base64: base64(v) };
            if (col.weights)
                columns[name] = { ...columns[name], weightsFloat64Base64: base64(col.weights) };
        }
        else if (col.kind === 'categorical') {
            columns[name] = { kind: 'categorical', missing: col.missing, counts: Object.fromEntries(col.counts) };
        }
    }
    const tmp = `${path}.tmp-${process.pid}`;
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify({ format: REFERENCE_FORMAT, version: 1, source: reference.source, columns }));
    (0,external_node_fs_.renameSync)(tmp, path);
}
function isReferenceFile(text) {
    return text.startsWith('{') && text.slice(0, 200).includes(`"format":"${REFERENCE_FORMAT}"`);
}
function loadReference(path) {
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new src/* UserError */.yo(`${path}: not a readable drift reference (${e.message})`, { file: path });
    }
    if (doc.format !== REFERENCE_FORMAT || doc.version !== 1 || !doc.columns || !doc.source) {
        throw new src/* UserError */.yo(`${path}: expected a drift reference file (format '${REFERENCE_FORMAT}', version 1)`, { file: path });
    }
    const columns = new Map();
    for (const [name, c] of Object.entries(doc.columns)) {
        if (c.kind === 'numeric') {
            const values = float64s(c.sortedFloat64Base64);
            const weights = c.weightsFloat64Base64 ? float64s(c.weightsFloat64Base64) : undefined;
            if (values.length !== c.count || (weights && weights.length !== c.count))
                throw new src/* UserError */.yo(`${path}: column '${name}' is truncated`, { file: path });
            columns.set(name, { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing: c.missing });
        }
        else {
            columns.set(name, { kind: 'categorical', counts: new Map(Object.entries(c.counts)), missing: c.missing });
        }
    }
    return { source: doc.source, columns };
}

;// CONCATENATED MODULE: ./packages/drift/src/parallel/column-tasks.ts
/**
 * The dataset's column tests on every core: the heavy columns — numeric ones with spilled runs or many values,
 * whose tests walk every value in order — are shared out between this thread and the worker pool
 * (worker-pool.ts), longest first to the least loaded thread (a column's cost taken as the values it holds or spilled);
 * the light ones stay on this thread. The results are the same as datasetDrift's: each column's test is the same
 * deterministic function wherever it runs, and the verdict orders the columns by severity.
 * A batch whose worker fails is tested on this thread afterwards (which then reports any user error).
 */





/** A numeric column with at least this many values held or spilled (both samples together) is worth a thread. */
const HEAVY_VALUES = 1 << 18;
function weight(s) {
    return s.kind === 'numeric' ? s.values.length + (s.runs?.count ?? 0) : 0;
}
async function datasetDriftInParallel(columns, options = {}, threads = Math.min((0,external_node_os_.availableParallelism)(), MAX_WORKERS), 
/** Filled in: how many columns a worker thread tested. */
stats = { offThread: 0 }) {
    const heavy = [];
    for (const [column, { reference, current }] of columns) {
        const cost = weight(reference) + weight(current);
        if (reference.kind === 'numeric' && current.kind === 'numeric' && cost >= HEAVY_VALUES)
            heavy.push({ column, reference, current, options: columnOptions(column, options), cost });
    }
    const pool = threads >= 2 && heavy.length >= 2 ? workerPool(threads) : undefined;
    if (pool === undefined)
        return datasetDrift(columns, options);
    // Lane 0 is this thread; lanes 1… are worker batches.
    const lanes = Array.from({ length: Math.min(threads, heavy.length) }, () => []);
    const load = lanes.map(() => 0);
    for (const task of heavy.sort((a, b) => b.cost - a.cost)) {
        const lane = load.indexOf(Math.min(...load));
        lanes[lane].push({ column: task.column, reference: task.reference, current: task.current, options: task.options });
        load[lane] += task.cost;
    }
    const batches = lanes.slice(1).map((batch) => pool.run({ kind: 'columns', columns: batch }).then((result) => ({ batch, result })));
    const offThread = new Set(lanes.slice(1).flat().map((t) => t.column));
    const results = [];
    try {
        for (const [column, { reference, current }] of columns) {
            if (!offThread.has(column))
                results.push(columnDrift(column, reference, current, columnOptions(column, options)));
        }
    }
    catch (error) {
        await Promise.all(batches); // settle the workers first: the spill directory is removed after the comparison
        throw error;
    }
    for (const { batch, result } of await Promise.all(batches)) {
        if (result === undefined) {
            for (const t of batch)
                results.push(columnDrift(t.column, t.reference, t.current, t.options));
        }
        else {
            results.push(...result);
            stats.offThread += result.length;
        }
    }
    // In the columns' order, as datasetDrift has them before ordering by severity (equal severities keep it).
    const order = new Map([...columns.keys()].map((name, i) => [name, i]));
    return verdict(results.sort((a, b) => order.get(a.column) - order.get(b.column)), options);
}

// EXTERNAL MODULE: ./packages/data/src/index.ts + 34 modules
var data_src = __webpack_require__(73232);
;// CONCATENATED MODULE: ./packages/drift/src/other-sources.ts
/**
 * Inputs other than CSV, through @mlci/data: TSV, JSON Lines, JSON arrays, Parquet (and gzip) datasets are read
 * with its streaming `readRows`; a data-validate profile (`mlci-data-profile`) can stand in for the reference.
 *
 * A profile keeps a histogram per numeric column, not the values, so only binned tests apply to numeric columns
 * (auto: Jensen-Shannon over the profile's histogram bins); categorical columns keep exact counts while the
 * profile's category counts are complete. Columns a profile cannot compare are skipped with the reason.
 */





/** Any format @mlci/data reads, one streaming pass. */
async function readRowsColumns(file, select) {
    const builders = new Map();
    let rows = 0;
    for await (const batch of (0,data_src/* readRows */.aK)(file)) {
        const targets = batch.columns.map((name) => {
            let b = builders.get(name);
            if (b === undefined) {
                b = select && !select(name) ? null : new ColumnBuilder();
                if (b)
                    b.missing += rows; // a JSON key that first appears now was missing before
                builders.set(name, b);
            }
            return b;
        });
        for (const row of batch.rows) {
            for (let j = 0; j < targets.length; j++) {
                const b = targets[j];
                if (b)
                    push(b, row[j]);
            }
            rows++;
        }
    }
    const columns = new Map();
    for (const [name, b] of builders)
        if (b)
            columns.set(name, b.finish());
    return { columns, names: [...builders.keys()], rows, contentHash: await fileContentHash(file), skipped: [] };
}
function push(b, v) {
    if (v === null || v === undefined || v === '')
        b.missing++;
    else if (typeof v === 'number') {
        if (Number.isFinite(v) && !b.counts)
            b.pushNumber(v);
        else if (Number.isNaN(v))
            b.missing++;
        else
            b.pushText(String(v));
    }
    else if (typeof v === 'bigint') {
        if (b.counts)
            b.pushText(v.toString());
        else
            b.pushNumber(Number(v));
    }
    else if (typeof v === 'string' || typeof v === 'boolean')
        b.pushText(String(v));
    else
        b.pushText(JSON.stringify(v));
}
/** The text of a profile category key (valueKey: 's' + text, 'n' + number, 'btrue'/'bfalse'). */
function keyText(key) {
    return key.slice(1);
}
/** A data-validate profile as a reference. */
async function readProfileColumns(file, select) {
    const json = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const columns = new Map();
    const skipped = [];
    for (const c of json.columns) {
        if (select && !select(c.name))
            continue;
        const numeric = (c.types.number ?? 0) + (c.types.integer ?? 0);
        const nonNull = c.count - c.nulls;
        if (c.numeric && numeric === nonNull && c.numeric.histogram.counts.length > 0) {
            columns.set(c.name, { kind: 'binned', edges: c.numeric.histogram.edges, counts: c.numeric.histogram.counts, missing: c.nulls });
        }
        else if (c.categories.complete) {
            const counts = new Map();
            for (const [k, n] of Object.entries(c.categories.counts))
                counts.set(keyText(k), (counts.get(keyText(k)) ?? 0) + n);
            columns.set(c.name, { kind: 'categorical', counts, missing: c.nulls });
        }
        else {
            skipped.push({ column: c.name, reason: `${file} keeps no complete category counts for it (more distinct values than a profile counts)` });
        }
    }
    return { columns, names: json.columns.map((c) => c.name), rows: json.rows, contentHash: await fileContentHash(file), skipped };
}

;// CONCATENATED MODULE: ./packages/drift/src/compare.ts
/**
 * The drift check end to end: read reference (a dataset or a saved drift reference) and current data,
 * select the columns, test each, and decide dataset drift.
 */








function head(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch {
        throw new src/* UserError */.yo(`${file} not found`, { file });
    }
    const buf = Buffer.alloc(256);
    const n = (0,external_node_fs_.readSync)(fd, buf, 0, 256, 0);
    (0,external_node_fs_.closeSync)(fd);
    return buf.toString('utf8', 0, n);
}
/**
 * Reads a dataset or a saved reference: a drift reference file (save-reference), a data-validate profile, a CSV
 * (the fast columnar reader), or any other format @mlci/data reads.
 */
async function readDataset(file, select, spill) {
    if (isReferenceFile(head(file))) {
        const ref = loadReference(file);
        const names = [...ref.columns.keys()];
        if (select)
            for (const name of names)
                if (!select(name))
                    ref.columns.delete(name);
        return { ...ref, fromCache: true, names, skipped: [] };
    }
    if ((0,data_src/* isProfileFile */.O4)(file)) {
        const { columns, names, rows, contentHash, skipped } = await readProfileColumns(file, select);
        return { source: { file, contentHash, rows }, columns, names, fromCache: true, skipped };
    }
    if (/\.csv$/i.test(file)) {
        // Large plain CSVs are read over byte ranges on every core; anything else, or any trouble, sequentially.
        const { columns, names, rows, contentHash, threads } = (await readCsvColumnsInParallel(file, select, spill ? { spill } : {})) ?? (await readCsvColumns(file, select, spill ? { spill } : {}));
        return { source: { file, contentHash, rows }, columns, names, fromCache: false, skipped: [], threads };
    }
    const { columns, names, rows, contentHash } = await readRowsColumns(file, select);
    return { source: { file, contentHash, rows }, columns, names, fromCache: false, skipped: [], threads: 1 };
}
async function compareDatasets(referenceFile, currentFile, options = {}) {
    const spillValues = options.spillValues ?? SPILL_VALUES;
    if (!(spillValues >= 1))
        throw new RangeError(`spillValues must be at least 1, got ${spillValues}`);
    const spill = Number.isFinite(spillValues) ? { dir: createSpillDir(), values: spillValues } : undefined;
    try {
        return await compareWith(referenceFile, currentFile, options, spill);
    }
    finally {
        if (spill)
            removeSpillDir(spill.dir); // also when reading or a test failed
    }
}
async function compareWith(referenceFile, currentFile, options, spill) {
    const include = options.columns && options.columns.length ? new Set(options.columns) : undefined;
    const exclude = new Set(options.excludeColumns ?? []);
    const select = (name) => (!include || include.has(name)) && !exclude.has(name);
    // Both reads settle before an error surfaces: the spill directory is removed right after, and a read still
    // running would otherwise write runs into a removed directory.
    const read = await Promise.allSettled([readDataset(referenceFile, select, spill), readDataset(currentFile, select, spill)]);
    for (const r of read)
        if (r.status === 'rejected')
            throw r.reason;
    const [reference, current] = read.map((r) => r.value);
    if (include) {
        for (const name of include) {
            if (exclude.has(name))
                continue;
            if (!reference.names.includes(name)) {
                throw new src/* UserError */.yo(`column '${name}' not found in ${referenceFile}; columns are: ${reference.names.join(', ')}`, { file: referenceFile });
            }
            if (!current.names.includes(name)) {
                throw new src/* UserError */.yo(`column '${name}' not found in ${currentFile}; columns are: ${current.names.join(', ')}`, { file: currentFile });
            }
        }
    }
    if (current.columns.size && [...current.columns.values()].some((c) => c.kind === 'binned')) {
        throw new src/* UserError */.yo(`${currentFile} is a profile; the current data must be a dataset (profiles are for the reference)`, { file: currentFile });
    }
    if (options.saveReferenceTo && !reference.fromCache)
        saveReference(options.saveReferenceTo, reference);
    const pairs = new Map();
    const skipped = [...reference.skipped];
    for (const [name, ref] of reference.columns) {
        const cur = current.columns.get(name);
        if (cur)
            pairs.set(name, { reference: ref, current: cur });
        else
            skipped.push({ column: name, reason: `not in ${currentFile}` });
    }
    for (const name of current.columns.keys())
        if (!reference.columns.has(name) && !reference.skipped.some((s) => s.column === name))
            skipped.push({ column: name, reason: `not in ${referenceFile}` });
    const result = await datasetDriftInParallel(pairs, options);
    return {
        ...result,
        reference: { file: referenceFile, contentHash: reference.source.contentHash, rows: reference.source.rows, fromCache: reference.fromCache, ...(reference.threads ? { threads: reference.threads } : {}) },
        current: { file: currentFile, contentHash: current.source.contentHash, rows: current.source.rows, ...(current.threads ? { threads: current.threads } : {}) },
        skippedColumns: skipped,
    };
}

;// CONCATENATED MODULE: ./packages/drift/src/metrics-history.ts
/**
 * The performance trigger: production metrics over time (JSON Lines, one dated record per line) against a gate.
 *
 * Each line is an object with a date (`date`, `timestamp` or `time`) and either the metric as a key
 * (`{"date": "2026-01-05", "accuracy": 0.91}`) or `{"date": …, "metric": "accuracy", "value": 0.91}`.
 * Points are ordered by date. Over the last N points (default 5):
 * - gate: the mean of the window must satisfy the gate (`accuracy >= 0.85`); a failing mean fires;
 * - decline: the window's mean is lower (for ≥/> gates; higher for ≤/<) than the mean of the N points before
 *   it by more than `maxDecline` (default 0.02, in metric units); needs 2N points, otherwise not evaluated.
 * The mean smooths one noisy labelled batch; the comparison of consecutive windows sees a slow decay before
 * it crosses the gate.
 */

function parseGate(text, source = 'min-metric') {
    const m = /^\s*([A-Za-z_][\w.-]*)\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/.exec(text);
    if (!m)
        throw new src/* UserError */.yo(`${source}: expected a gate like 'accuracy >= 0.85', got '${text}'`);
    return { metric: m[1], comparator: m[2], value: Number(m[3]) };
}
function parseMetricsHistory(text, metric, file) {
    const points = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '')
            continue;
        let rec;
        try {
            rec = JSON.parse(raw);
        }
        catch (e) {
            throw new src/* UserError */.yo(`${file}:${i + 1}: not a JSON object: ${e.message}`, { file, line: i + 1, column: 1 });
        }
        if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
            throw new src/* UserError */.yo(`${file}:${i + 1}: expected a JSON object with a date and '${metric}'`, { file, line: i + 1, column: 1 });
        }
        const r = rec;
        const date = r.date ?? r.timestamp ?? r.time;
        if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
            throw new src/* UserError */.yo(`${file}:${i + 1}: missing or unreadable 'date' (ISO 8601 expected)`, { file, line: i + 1, column: 1 });
        }
        let value;
        if (metric in r)
            value = r[metric];
        else if (r.metric === metric)
            value = r.value;
        else
            continue; // another metric's line
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new src/* UserError */.yo(`${file}:${i + 1}: '${metric}' must be a number, got ${JSON.stringify(value)}`, { file, line: i + 1, column: 1 });
        }
        points.push({ date, value, line: i + 1 });
    }
    points.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    return points;
}
function passes(value, gate) {
    switch (gate.comparator) {
        case '>=': return value >= gate.value;
        case '>': return value > gate.value;
        case '<=': return value <= gate.value;
        case '<': return value < gate.value;
    }
}
const mean = (xs) => xs.reduce((s, p) => s + p.value, 0) / xs.length;
function evaluatePerformance(points, gate, window = 5, maxDecline = 0.02) {
    const gateText = `${gate.metric} ${gate.comparator} ${gate.value}`;
    const base = { metric: gate.metric, gate: gateText, window, points: points.length };
    if (points.length === 0) {
        return { ...base, windowMean: null, previousMean: null, gateFailed: false, declined: false, fired: false, reason: `no '${gate.metric}' points in the metrics history` };
    }
    const last = points.slice(-window);
    const windowMean = mean(last);
    const prev = points.length >= 2 * window ? points.slice(-2 * window, -window) : [];
    const previousMean = prev.length ? mean(prev) : null;
    const gateFailed = !passes(windowMean, gate);
    const higherIsBetter = gate.comparator === '>=' || gate.comparator === '>';
    const change = previousMean === null ? 0 : (higherIsBetter ? previousMean - windowMean : windowMean - previousMean);
    const declined = previousMean !== null && change > maxDecline;
    const parts = [];
    if (gateFailed)
        parts.push(`mean ${gate.metric} of the last ${last.length} points is ${windowMean.toFixed(4)}, failing ${gateText}`);
    if (declined)
        parts.push(`${gate.metric} declined by ${change.toFixed(4)} (> ${maxDecline}) from the previous ${window} points`);
    return {
        ...base,
        windowMean,
        previousMean,
        gateFailed,
        declined,
        fired: gateFailed || declined,
        reason: parts.length ? parts.join('; ') : `mean ${gate.metric} ${windowMean.toFixed(4)} over the last ${last.length} points passes ${gateText}`,
    };
}

;// CONCATENATED MODULE: ./packages/drift/src/index.ts






















;// CONCATENATED MODULE: ./schemas/drift-check.schema.json
const drift_check_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlci.dev/schemas/drift-check.schema.json","title":"drift-check payload","type":"object","additionalProperties":false,"required":["driftDetected","driftShare","driftShareThreshold","driftedColumns","triggers","reference","current","referenceBaseline","noReference","profileFile","columns","skippedColumns","performance","retrain","savedReference"],"properties":{"driftDetected":{"type":"boolean","description":"driftShare >= driftShareThreshold"},"driftShare":{"type":"number","minimum":0,"maximum":1,"description":"drifted / compared columns"},"driftShareThreshold":{"type":"number","minimum":0,"maximum":1},"driftedColumns":{"type":"array","items":{"type":"string"},"description":"worst first"},"triggers":{"type":"array","items":{"enum":["drift","performance"]},"description":"which retraining triggers fired"},"reference":{"description":"null when there is no reference yet (reference: auto before a default-branch run saved a data profile): drift was not judged","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["file","contentHash","rows","fromCache"],"properties":{"file":{"type":"string"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the file bytes"},"rows":{"type":"integer","minimum":0},"fromCache":{"type":"boolean","description":"read from a saved drift reference or a data profile"},"threads":{"type":"integer","minimum":1,"description":"threads that parsed the dataset: 1, or one per byte range of a large CSV read in parallel; absent for a saved reference"}}}]},"referenceBaseline":{"description":"reference: auto — the default-branch run whose saved data profile was the reference; null otherwise","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["commit","ref","runId","createdAt"],"properties":{"commit":{"type":"string"},"ref":{"type":"string"},"runId":{"type":"string"},"runUrl":{"type":"string"},"createdAt":{"type":"string"}}}]},"noReference":{"type":["string","null"],"pattern":"^no reference yet","description":"why drift was not judged (\'no reference yet: no drift-check run on main has saved a data profile\'); then reference is null, columns empty, driftDetected false and the step passes"},"profileFile":{"type":["string","null"],"description":"the current data\'s profile (mlci-data-profile), saved with the baseline as the next runs\' reference on default-branch pushes"},"current":{"type":"object","additionalProperties":false,"required":["file","contentHash","rows"],"properties":{"file":{"type":"string"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the file bytes"},"rows":{"type":"integer","minimum":0},"threads":{"type":"integer","minimum":1,"description":"threads that parsed the dataset: 1, or one per byte range of a large CSV read in parallel"}}},"columns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["column","kind","test","reason","statistic","pValue","threshold","drifted","referenceCount","currentCount","referenceMissing","currentMissing","unseenValues","distribution"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chisquare","z","wasserstein","jensenshannon","psi","kl_div","hellinger"]},"reason":{"type":"string","description":"why this test was chosen"},"statistic":{"type":["number","null"],"description":"null when infinite (chi-square with a category unseen in the reference)"},"pValue":{"type":["number","null"],"minimum":0,"maximum":1,"description":"for ks, chisquare and z"},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"referenceCount":{"type":"integer","minimum":0},"currentCount":{"type":"integer","minimum":0},"referenceMissing":{"type":"integer","minimum":0},"currentMissing":{"type":"integer","minimum":0},"unseenValues":{"type":"array","items":{"type":"string"}},"distribution":{"type":"object","additionalProperties":false,"required":["categories","reference","current"],"properties":{"categories":{"type":"array","items":{"type":"string"},"description":"bin labels or category names"},"reference":{"type":"array","items":{"type":"number"}},"current":{"type":"array","items":{"type":"number"}}}}}}},"skippedColumns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"performance":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["metric","gate","window","points","windowMean","previousMean","gateFailed","declined","fired","reason"],"properties":{"metric":{"type":"string"},"gate":{"type":"string"},"window":{"type":"integer","minimum":1},"points":{"type":"integer","minimum":0},"windowMean":{"type":["number","null"]},"previousMean":{"type":["number","null"]},"gateFailed":{"type":"boolean"},"declined":{"type":"boolean"},"fired":{"type":"boolean"},"reason":{"type":"string"}}}]},"retrain":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["requested","triggered","key","ref","target","note"],"properties":{"requested":{"type":"boolean"},"triggered":{"type":"boolean","description":"false when the same data already triggered retraining"},"key":{"type":"string","pattern":"^[0-9a-f]{40}$"},"ref":{"type":"string"},"target":{"type":"string"},"note":{"type":"string"}}}]},"savedReference":{"type":["string","null"]}}}');
// EXTERNAL MODULE: ./packages/report/src/index.ts + 18 modules
var report_src = __webpack_require__(37611);
;// CONCATENATED MODULE: ./actions/drift-check/src/report.ts
/** The drift report: verdict, drifted columns first, every column's test, and charts of the worst columns. */


const CHARTS = 3;
function value(c) {
    if (!Number.isFinite(c.statistic))
        return '∞';
    return (0,report_src/* formatNumber */.ZV)(c.statistic);
}
function pOrDistance(c) {
    return P_VALUE_TESTS.has(c.test) ? `p = ${(0,report_src/* formatNumber */.ZV)(c.pValue ?? NaN)}` : `distance ${value(c)}`;
}
const NOTICE_MARK = 'ℹ️';
/** Without a reference (cmp undefined) drift is not judged: the headline says so instead of a verdict. */
function headline(cmp, perf) {
    if (!cmp) {
        const text = 'No reference yet: drift cannot be judged on this run';
        return perf?.fired ? `${text}; metric trigger fired: ${perf.reason}` : text;
    }
    const drift = `${cmp.driftedColumns.length} of ${cmp.columns.length} columns drifted (share ${(0,report_src/* formatNumber */.ZV)(cmp.driftShare, 3)}, dataset drift at ≥ ${cmp.threshold})`;
    const verdictText = cmp.driftDetected ? `Dataset drift detected: ${drift}` : `No dataset drift: ${drift}`;
    return perf?.fired ? `${verdictText}; metric trigger fired: ${perf.reason}` : verdictText;
}
function renderReport(cmp, perf, retrain, passed, note) {
    if (!cmp)
        return renderNoReference(perf, retrain, passed, note);
    const lines = [];
    const alarm = cmp.driftDetected || perf?.fired === true;
    // An alarm that does not fail the step (on-drift: warn) is a warning, not a failure.
    lines.push(alarm && passed ? `**${report_src/* WARN_MARK */.j} ${headline(cmp, perf)}**` : (0,report_src/* verdict */.WJ)(!alarm, headline(cmp, perf)));
    if (cmp.driftedColumns.length) {
        const worst = cmp.columns.filter((c) => c.drifted).map((c) => `\`${(0,report_src/* escapeCell */.kq)(c.column)}\` (${c.test}, ${pOrDistance(c)})`);
        lines.push(`**Drifted columns:** ${worst.join(', ')}`);
    }
    // Which run's data the reference is, when it is a default-branch baseline (reference: auto).
    if (note.baseline)
        lines.push(`**Reference:** the data profile saved by ${note.baseline}`);
    if (retrain)
        lines.push(`**Retraining:** ${retrain.triggered ? `started — ${retrain.note}` : retrain.note} (key \`${retrain.key.slice(0, 12)}\`)`);
    if (!passed)
        lines.push('on-drift is `fail`: this step fails.');
    const summary = lines.join('\n\n');
    const table = (0,report_src/* markdownTable */.Qj)(['column', 'type', 'test', 'statistic', 'p-value', 'threshold', 'drifted', 'why this test'], cmp.columns.map((c) => [
        c.column,
        c.kind,
        TEST_NAMES[c.test],
        value(c),
        c.pValue === undefined ? '—' : (0,report_src/* formatNumber */.ZV)(c.pValue),
        `${P_VALUE_TESTS.has(c.test) ? 'p <' : '≥'} ${c.threshold}`,
        c.drifted ? '**yes**' : 'no',
        c.reason + (c.unseenValues.length ? `; unseen in reference: ${c.unseenValues.slice(0, 5).join(', ')}` : ''),
    ]), { align: ['left', 'left', 'left', 'right', 'right', 'right', 'center', 'left'] });
    const charts = cmp.columns.slice(0, CHARTS).map((c) => (0,report_src/* barChart */.S9)({
        title: `${c.column}: reference vs current (${c.drifted ? 'drifted' : 'not drifted'})`,
        categories: c.distribution.categories.slice(0, 20),
        series: [
            { name: 'reference', values: c.distribution.reference.slice(0, 20) },
            { name: 'current', values: c.distribution.current.slice(0, 20) },
        ],
        yLabel: 'share of rows',
    }));
    const parts = [summary, (0,report_src/* details */.zH)(`All ${cmp.columns.length} columns`, table, { open: true })];
    if (charts.length)
        parts.push(`#### Distributions of the ${charts.length} worst columns\n\n${charts.join('\n\n')}`);
    if (perf) {
        parts.push(`#### Production metric\n\n${(0,report_src/* markdownTable */.Qj)(['metric', 'gate', 'window', 'window mean', 'previous mean', 'fired', 'why'], [[perf.metric, perf.gate, perf.window, perf.windowMean, perf.previousMean, perf.fired, perf.reason]])}`);
    }
    const reference = note.baseline
        ? `the data profile saved by ${note.baseline} (${rows(cmp.reference.rows)})`
        : `\`${(0,report_src/* escapeCell */.kq)(cmp.reference.file)}\` (${rows(cmp.reference.rows)}${cmp.reference.fromCache ? ', from a saved drift reference' : ''})`;
    const src = `Reference: ${reference}; current: \`${(0,report_src/* escapeCell */.kq)(cmp.current.file)}\` (${rows(cmp.current.rows)}).`;
    parts.push(src);
    if (cmp.skippedColumns.length)
        parts.push(`Not compared: ${cmp.skippedColumns.map((s) => `\`${(0,report_src/* escapeCell */.kq)(s.column)}\` (${s.reason})`).join(', ')}`);
    return { comment: summary + '\n\n' + (0,report_src/* details */.zH)('Columns', table), details: parts.join('\n\n') };
}
function rows(n) {
    return `${n.toLocaleString('en-US')} rows`;
}
/**
 * reference: auto before any default-branch run saved a data profile: a notice, not a verdict — the step passes
 * (unless the production-metric trigger fired and on-drift is fail), and the report says how a reference appears.
 */
function renderNoReference(perf, retrain, passed, note) {
    const lines = [`**${NOTICE_MARK} ${headline(undefined, perf)}**`];
    lines.push(`**Reference:** ${note.noReference ?? 'no reference yet'}. The next push to the default branch saves its data's profile as the reference; drift is judged from then on.`);
    if (retrain)
        lines.push(`**Retraining:** ${retrain.triggered ? `started — ${retrain.note}` : retrain.note} (key \`${retrain.key.slice(0, 12)}\`)`);
    if (!passed)
        lines.push('on-drift is `fail`: this step fails.');
    const summary = lines.join('\n\n');
    const parts = [summary];
    if (perf) {
        parts.push(`#### Production metric\n\n${(0,report_src/* markdownTable */.Qj)(['metric', 'gate', 'window', 'window mean', 'previous mean', 'fired', 'why'], [[perf.metric, perf.gate, perf.window, perf.windowMean, perf.previousMean, perf.fired, perf.reason]])}`);
    }
    parts.push(`Current: \`${(0,report_src/* escapeCell */.kq)(note.current.file)}\` (${rows(note.current.rows)}).`);
    return { comment: summary, details: parts.join('\n\n') };
}

// EXTERNAL MODULE: ./packages/github/src/index.ts + 2 modules
var github_src = __webpack_require__(17659);
;// CONCATENATED MODULE: ./actions/drift-check/src/retrain.ts
/**
 * Starting retraining at most once per verdict on the same data. The retrain key (from the data hashes and
 * the triggers that fired) is claimed first by creating the git ref refs/mlci/retrain/<key> — ref creation is
 * atomic on GitHub and answers 422 when the ref exists, so a re-run of the same data, or two concurrent runs,
 * dispatch once. Then one workflow_dispatch (or repository_dispatch) carries why.
 */



function permissionError(what, status, error, permission) {
    const message = error.message ?? '';
    return new src/* UserError */.yo(`GitHub refused ${what} (HTTP ${status}${message ? `: ${message}` : ''}); the github-token needs '${permission}' permission — add it under 'permissions:' in the job`);
}
async function requestRetraining(req, github, token, log) {
    if (!token)
        throw new src/* UserError */.yo('on-drift is retrain but no github-token is available to start the retraining');
    if (!github.owner || !github.repo)
        throw new src/* UserError */.yo('on-drift is retrain but GITHUB_REPOSITORY is not set; retraining can only be started on GitHub');
    const client = (0,github_src.createGitHubClient)({ token, apiUrl: github.apiUrl, log });
    const ref = retrainRef(req.key);
    const target = req.workflow ? `workflow ${req.workflow}` : `repository_dispatch '${req.event}'`;
    try {
        await client.rest.git.createRef({ owner: github.owner, repo: github.repo, ref, sha: github.sha });
    }
    catch (error) {
        const status = (0,github_src.httpStatus)(error);
        if (status === 422) {
            return { triggered: false, key: req.key, ref, target, note: `retraining was already requested for this data (${ref} exists)` };
        }
        if (status === 403 || status === 404)
            throw permissionError(`to record the retrain key ${ref}`, status, error, 'contents: write');
        throw error;
    }
    try {
        if (req.workflow) {
            const branch = github.ref.startsWith('refs/heads/') ? github.ref : `refs/heads/${github.defaultBranch ?? 'main'}`;
            await client.rest.actions.createWorkflowDispatch({
                owner: github.owner,
                repo: github.repo,
                workflow_id: req.workflow,
                ref: branch,
                inputs: { reason: req.reason, 'drifted-columns': req.driftedColumns.join(','), 'retrain-key': req.key },
            });
        }
        else {
            await client.rest.repos.createDispatchEvent({
                owner: github.owner,
                repo: github.repo,
                event_type: req.event,
                client_payload: { reason: req.reason, driftedColumns: req.driftedColumns, retrainKey: req.key },
            });
        }
    }
    catch (error) {
        const status = (0,github_src.httpStatus)(error);
        const undo = `the retrain key ${ref} was recorded; delete it to let a re-run try again`;
        if (status === 403) {
            const e = permissionError(`the retraining dispatch to ${target}`, status, error, req.workflow ? 'actions: write' : 'contents: write');
            throw new src/* UserError */.yo(`${e.message}; ${undo}`);
        }
        if (status === 404 || status === 422) {
            throw new src/* UserError */.yo(`GitHub rejected the retraining dispatch to ${target} (HTTP ${status}: ${error.message}); check that the workflow exists, has a workflow_dispatch trigger and declares the inputs reason, drifted-columns and retrain-key; ${undo}`);
        }
        throw error;
    }
    log.info(`Retraining requested: ${target} (${req.reason})`);
    return { triggered: true, key: req.key, ref, target, note: `dispatched ${target}` };
}

// EXTERNAL MODULE: ./actions/common/src/index.ts + 5 modules
var common_src = __webpack_require__(11710);
// EXTERNAL MODULE: ./actions/common/src/baseline/index.ts + 7 modules
var baseline = __webpack_require__(98375);
;// CONCATENATED MODULE: ./actions/drift-check/src/reference-baseline.ts
/**
 * `reference: auto`: the reference is the data profile that drift-check saved with its baseline on the newest
 * push to the default branch (a pull request restores its base branch's; a push restores its own branch's
 * previous one). The profile is data-validate's format (`mlci-data-profile`), which compareDatasets reads as a
 * reference: categorical columns keep their exact counts, numeric columns their histogram (binned tests only).
 *
 * When no run has saved one yet there is nothing to compare with: the caller reports "no reference yet" and
 * passes — drift cannot be judged, which is not a failure of the data.
 *
 * On pushes to the default branch, the current data's profile is written beside the result and handed to
 * runAction, which saves it with the result as the baseline of the next runs (whatever the reference mode, so
 * switching to `reference: auto` later finds one).
 */




/** The profile's file name in the result folder and in the saved baseline. */
const REFERENCE_PROFILE = 'drift-check-reference.json';
function isAutoReference(value) {
    return value?.trim().toLowerCase() === 'auto';
}
/** "no reference yet: …" — the same wording whatever the reason, so the report and the annotation say it alike. */
function noReferenceYet(reason) {
    const why = reason.replace(/^no baseline yet:\s*/, '');
    return `no reference yet: ${why.replace(/has saved one$/, 'has saved a data profile')}`;
}
async function restoreReference(context) {
    const restored = await context.restoreBaseline('drift-check');
    if (!restored.found)
        return { found: false, reason: noReferenceYet(restored.reason) };
    // Found by content, not by name: a profile saved under another base name (numbered on a clash) still counts.
    const names = [...restored.source.files].sort((a, b) => Number(b === REFERENCE_PROFILE) - Number(a === REFERENCE_PROFILE));
    const profile = names.map((name) => external_node_path_default().join(restored.dir, name)).find((file) => (0,data_src/* isProfileFile */.O4)(file));
    if (!profile)
        return { found: false, reason: `no reference yet: the drift-check baseline of ${plain(restored.source)} holds no data profile` };
    return { found: true, file: profile, baseline: recorded(restored.source), description: (0,baseline/* describeBaseline */.FT)(restored.source) };
}
function recorded(source) {
    return { commit: source.commit, ref: source.ref, runId: source.runId, ...(source.runUrl ? { runUrl: source.runUrl } : {}), createdAt: source.createdAt };
}
/** describeBaseline without Markdown: `main @ 1a2b3c4 (run 42)`. */
function plain(source) {
    return (0,baseline/* describeBaseline */.FT)(source).replace(/\[(run \d+)\]\([^)]*\)/, '$1').replace(/`/g, '');
}
/**
 * On pushes to the default branch where a baseline can be kept: the current data's profile, written to
 * `<result dir>/profiles/drift-check-reference.json` (out of the report's `mlci-results/*.json` glob).
 * Returns the files to save with the baseline (none elsewhere).
 */
async function profileForNextRuns(context, currentFile) {
    if (!context.github.isDefaultBranchPush || !(0,baseline/* baselineSavingAvailable */.nA)())
        return [];
    const profile = await context.log.group('Profiling the current data as the next reference', () => (0,data_src/* profileDataset */.o2)([currentFile]));
    const file = external_node_path_default().join(context.resultDir, 'profiles', REFERENCE_PROFILE);
    (0,common_src/* writeJsonAtomic */.ZJ)(file, profile);
    return [file];
}

;// CONCATENATED MODULE: ./actions/drift-check/src/drift-check.ts
/** drift-check: reference vs current data drift, a production-metric trigger, and an at-most-once retrain. */








function testName(text, input) {
    const t = text.trim().toLowerCase();
    if (t === 'auto' || isStatTest(t))
        return t;
    throw new src/* UserError */.yo(`${input}: unknown test '${text.trim()}'; expected auto or one of ${STAT_TESTS.join(', ')}`);
}
function readStattest(input) {
    const entries = input.list('stattest');
    const perColumn = new Map();
    let stattest = 'auto';
    for (const entry of entries) {
        const colon = entry.lastIndexOf(':');
        if (colon < 0) {
            if (entries.length > 1)
                throw new src/* UserError */.yo(`stattest: '${entry}' needs the form 'column: test' when several entries are given`);
            stattest = testName(entry, 'stattest');
        }
        else {
            const column = entry.slice(0, colon).trim();
            const test = testName(entry.slice(colon + 1), 'stattest');
            if (column === '*')
                stattest = test;
            else
                perColumn.set(column, test);
        }
    }
    return { stattest, perColumn };
}
function readThresholds(input, stattest) {
    const out = {};
    const entries = input.list('threshold');
    for (const entry of entries) {
        const colon = entry.indexOf(':');
        const [name, text] = colon < 0 ? [stattest, entry] : [entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()];
        if (name === 'auto')
            throw new src/* UserError */.yo(`threshold: '${entry}' must name its test ('ks: 0.01'), because stattest is auto`);
        if (!isStatTest(name))
            throw new src/* UserError */.yo(`threshold: unknown test '${name}'; expected one of ${STAT_TESTS.join(', ')}`);
        const value = Number(text);
        if (text === '' || !Number.isFinite(value) || value < 0)
            throw new src/* UserError */.yo(`threshold: '${entry}' needs a non-negative number`);
        out[name] = value;
    }
    return out;
}
const definition = {
    name: 'drift-check',
    payloadSchema: drift_check_schema_namespaceObject,
    readInputs(input) {
        const { stattest, perColumn } = readStattest(input);
        const onDrift = input.choice('on-drift', ['warn', 'fail', 'retrain']);
        const retrainWorkflow = input.optionalString('retrain-workflow');
        const retrainEvent = input.optionalString('retrain-event');
        if (onDrift === 'retrain' && !retrainWorkflow && !retrainEvent) {
            throw new src/* UserError */.yo('on-drift is retrain: set retrain-workflow (a workflow file with workflow_dispatch) or retrain-event (a repository_dispatch type)');
        }
        if (retrainWorkflow && retrainEvent)
            throw new src/* UserError */.yo('set either retrain-workflow or retrain-event, not both');
        const metricsHistory = input.optionalFile('metrics-history');
        const minMetric = input.optionalString('min-metric');
        if (metricsHistory && !minMetric)
            throw new src/* UserError */.yo("metrics-history needs min-metric, a gate such as 'accuracy >= 0.85'");
        if (minMetric && !metricsHistory)
            throw new src/* UserError */.yo('min-metric needs metrics-history, the JSON Lines file of production metric values');
        const save = input.optionalString('save-reference');
        const referenceAuto = isAutoReference(input.optionalString('reference'));
        return {
            ...(referenceAuto ? {} : { reference: input.file('reference') }),
            referenceAuto,
            saveBaseline: input.choice('save-baseline', ['auto', 'never']) === 'auto',
            current: input.file('current'),
            columns: input.list('columns'),
            excludeColumns: input.list('exclude-columns'),
            stattest,
            perColumnTest: perColumn,
            thresholds: readThresholds(input, stattest),
            driftShare: input.number('drift-share', { min: 0, max: 1, fallback: 0.5 }),
            bins: input.number('bins', { min: 2, max: 1000, integer: true, fallback: 10 }),
            onDrift,
            ...(retrainWorkflow ? { retrainWorkflow } : {}),
            ...(retrainEvent ? { retrainEvent } : {}),
            ...(metricsHistory ? { metricsHistory } : {}),
            ...(minMetric ? { minMetric } : {}),
            metricsWindow: input.number('metrics-window', { min: 1, integer: true, fallback: 5 }),
            maxDecline: input.number('max-decline', { min: 0, fallback: 0.02 }),
            ...(save ? { saveReference: input.resolve(save) } : {}),
        };
    },
    async run(inputs, context) {
        const gate = inputs.minMetric ? parseGate(inputs.minMetric) : undefined;
        let reference = inputs.reference;
        let referenceBaseline = null;
        let baselineDescription;
        let noReference = null;
        if (inputs.referenceAuto) {
            const auto = await restoreReference(context);
            if (auto.found)
                [reference, referenceBaseline, baselineDescription] = [auto.file, auto.baseline, auto.description];
            else
                noReference = auto.reason;
        }
        const nextReference = inputs.saveBaseline ? await profileForNextRuns(context, inputs.current) : [];
        const cmp = reference === undefined ? undefined : await compareDatasets(reference, inputs.current, {
            columns: inputs.columns,
            excludeColumns: inputs.excludeColumns,
            stattest: inputs.stattest,
            perColumnTest: inputs.perColumnTest,
            thresholds: inputs.thresholds,
            driftShare: inputs.driftShare,
            bins: inputs.bins,
            ...(inputs.saveReference ? { saveReferenceTo: inputs.saveReference } : {}),
        });
        let perf = null;
        if (gate && inputs.metricsHistory) {
            const rel = external_node_path_default().relative(context.workspace, inputs.metricsHistory);
            perf = evaluatePerformance(parseMetricsHistory((0,external_node_fs_.readFileSync)(inputs.metricsHistory, 'utf8'), gate.metric, rel), gate, inputs.metricsWindow, inputs.maxDecline);
        }
        // Without a reference only the current data's identity is needed (the retraining key, the result): its rows
        // and content hash, read without keeping any column.
        const current = cmp?.current ?? { ...(await readDataset(inputs.current, () => false)).source, file: inputs.current };
        const triggers = [...(cmp?.driftDetected ? ['drift'] : []), ...(perf?.fired ? ['performance'] : [])];
        let retrain = null;
        if (inputs.onDrift === 'retrain' && triggers.length) {
            const reason = headline(cmp, perf);
            const outcome = await requestRetraining({
                key: retrainKey({ referenceHash: cmp?.reference.contentHash ?? 'no reference', currentHash: current.contentHash, triggers }),
                reason,
                driftedColumns: cmp?.driftedColumns ?? [],
                ...(inputs.retrainWorkflow ? { workflow: inputs.retrainWorkflow } : {}),
                ...(inputs.retrainEvent ? { event: inputs.retrainEvent } : {}),
            }, context.github, context.token, context.log);
            retrain = { requested: true, ...outcome };
        }
        const alarm = triggers.length > 0;
        const passed = !(alarm && inputs.onDrift === 'fail');
        const report = renderReport(cmp, perf, retrain, passed, { current, ...(baselineDescription ? { baseline: baselineDescription } : {}), ...(noReference ? { noReference } : {}) });
        const payload = {
            driftDetected: cmp?.driftDetected ?? false,
            driftShare: cmp?.driftShare ?? 0,
            driftShareThreshold: cmp?.threshold ?? inputs.driftShare,
            driftedColumns: cmp?.driftedColumns ?? [],
            triggers,
            reference: cmp?.reference ?? null,
            current,
            referenceBaseline,
            noReference,
            profileFile: nextReference.length ? external_node_path_default().relative(context.workspace, nextReference[0]) : null,
            columns: (cmp?.columns ?? []).map((c) => ({
                column: c.column,
                kind: c.kind,
                test: c.test,
                reason: c.reason,
                statistic: Number.isFinite(c.statistic) ? c.statistic : null,
                pValue: c.pValue ?? null,
                threshold: c.threshold,
                drifted: c.drifted,
                referenceCount: c.referenceCount,
                currentCount: c.currentCount,
                referenceMissing: c.referenceMissing,
                currentMissing: c.currentMissing,
                unseenValues: c.unseenValues,
                distribution: c.distribution,
            })),
            skippedColumns: cmp?.skippedColumns ?? [],
            performance: perf,
            retrain,
            savedReference: inputs.saveReference ? external_node_path_default().relative(context.workspace, inputs.saveReference) : null,
        };
        return {
            passed,
            warnings: alarm && inputs.onDrift === 'warn' ? 1 : 0,
            headline: headline(cmp, perf),
            payload,
            outputs: {
                'drift-detected': payload.driftDetected,
                'drift-share': payload.driftShare,
                'drifted-columns': payload.driftedColumns,
                'retrain-triggered': retrain?.triggered ?? false,
            },
            report,
            annotations: [
                ...(noReference ? [{ level: 'notice', title: 'drift-check reference', message: `${noReference}. Drift cannot be judged on this run; a push to the default branch saves the data profile later runs compare with.` }] : []),
                ...(alarm && inputs.onDrift !== 'retrain' ? [{ level: inputs.onDrift === 'fail' ? 'error' : 'warning', message: headline(cmp, perf), file: external_node_path_default().relative(context.workspace, inputs.current) }] : []),
            ],
            baseline: { files: nextReference },
        };
    },
};


/***/ }),

/***/ 17659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  httpStatus: () => (/* reexport */ httpStatus),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// UNUSED EXPORTS: findReportComments, readGitHubContext

// EXTERNAL MODULE: ./packages/github/src/context.ts
var context = __webpack_require__(82742);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 1 modules
var dist_src = __webpack_require__(11303);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./packages/github/src/client.ts
/**
 * The one Octokit every mlci step uses: retries with backoff on 5xx (plugin-retry), and waits out primary (429)
 * and secondary rate limits (plugin-throttling), a bounded number of times.
 */



const MlciOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function createGitHubClient(options) {
    const log = options.log;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= rateLimitRetries) {
            log?.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
            return false;
        }
        log?.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return true;
    };
    return new MlciOctokit({
        auth: options.token,
        baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'mlci',
        log: {
            debug: (m) => log?.debug(m),
            info: (m) => log?.debug(m),
            warn: (m) => log?.debug(m),
            error: (m) => log?.debug(m),
        },
        retry: { retries: options.serverErrorRetries ?? 3 },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}
/** The status of an Octokit RequestError, or undefined for other errors. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./packages/report/src/index.ts + 18 modules
var src = __webpack_require__(37611);
;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts
/**
 * Upsert the ONE sticky report comment of a pull request: find it by its hidden marker across all pages of
 * comments, replace only the given sections, and write only when the body changed.
 *
 * Two jobs of one PR may both find no comment and both create one. After creating, we list again: the oldest
 * marked comment wins, our sections are merged into it, and our twin is deleted. (Concurrent PATCHes of the same
 * comment can still lose a section: GitHub offers no conditional update for comments.)
 */

async function findReportComments(client, target) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return comments.filter((c) => (0,src/* hasMarker */.xY)(c.body, target.reportId)).sort((a, b) => a.id - b.id);
}
async function upsertStickyComment(client, options) {
    const { owner, repo, issueNumber } = options;
    const compose = (previous) => (0,src/* composeComment */.Sq)((0,src/* mergeSections */.X0)(previous, options.sections), {
        reportId: options.reportId,
        title: options.title,
        fullReportUrl: options.fullReportUrl,
    });
    const existing = await findReportComments(client, options);
    if (existing.length > 0)
        return updateComment(client, options, existing[0], compose(existing[0].body));
    const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: compose(undefined) });
    const after = await findReportComments(client, options);
    const oldest = after[0];
    if (!oldest || oldest.id === created.id)
        return { action: 'created', commentId: created.id, url: created.html_url };
    // Another job created one first: keep the oldest, carry our sections into it, remove ours.
    const result = await updateComment(client, options, oldest, compose(oldest.body));
    await client.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
    return result;
}
async function updateComment(client, target, comment, body) {
    if (comment.body === body)
        return { action: 'unchanged', commentId: comment.id, url: comment.html_url };
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body });
    return { action: 'updated', commentId: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts





/***/ })

};
