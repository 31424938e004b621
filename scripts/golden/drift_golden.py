"""Golden values for @mlci/drift from SciPy 1.10.1 (Debian /usr/bin/python3).

Samples are not stored: both sides regenerate them from a tiny generator that is exact in IEEE doubles
(LCG uniforms, Irwin-Hall normals = sum of 12 uniforms − 6, optional flooring to a power-of-two quantum),
mirrored in test/drift/samples.ts. Run: /usr/bin/python3 scripts/golden/drift_golden.py
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

assert scipy.__version__ == "1.10.1", scipy.__version__


def uniforms(seed, n):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1664525 + 1013904223) % 4294967296
        out.append((state + 0.5) / 4294967296)
    return out


def sample(spec):
    u = uniforms(spec["seed"], spec["n"] * 12)
    out = []
    for i in range(spec["n"]):
        z = 0.0
        for k in range(12):
            z += u[i * 12 + k]
        x = spec.get("loc", 0.0) + spec.get("scale", 1.0) * (z - 6.0)
        q = spec.get("quantum")
        if q is not None:
            x = math.floor(x / q) * q
        out.append(x)
    return np.array(out, dtype=np.float64)


def S(seed, n, loc=0.0, scale=1.0, quantum=None):
    d = {"seed": seed, "n": n, "loc": loc, "scale": scale}
    if quantum is not None:
        d["quantum"] = quantum
    return d


ks_cases = [
    ("small equal sizes, exact", S(1, 20), S(2, 20, 0.5)),
    ("small unequal sizes, exact", S(3, 30), S(4, 47, 0.3, 1.5)),
    ("ties (values floored to 0.5), exact", S(5, 60, quantum=0.5), S(6, 80, 0.25, quantum=0.5)),
    ("heavy ties (integers), exact", S(7, 200, 0, 2, quantum=1.0), S(8, 150, 0.5, 2, quantum=1.0)),
    ("identical samples, exact, p = 1", S(9, 25), S(9, 25)),
    ("exact with tiny p-value", S(10, 400), S(11, 500, 1.0)),
    ("exact at the 10 000 limit", S(12, 10000), S(13, 9000, 0.03)),
    ("large, asymptotic, no shift", S(14, 12000), S(15, 15000)),
    ("large, asymptotic, small shift (Pelz-Good region)", S(16, 20000), S(17, 30000, 0.02)),
    ("large, asymptotic, clear shift (Smirnov tail)", S(18, 20000), S(19, 25000, 0.06)),
    ("large, asymptotic, huge shift (p underflows)", S(20, 15000), S(21, 15000, 2.0)),
    ("large reference, tiny current (n <= 140 branch, Durbin)", S(22, 20000), S(23, 60, 0.05)),
    ("large reference, tiny current (Pomeranz)", S(24, 20000), S(25, 60, 0.3)),
    ("large reference, tiny current (Smirnov tail)", S(26, 20000), S(27, 60, 1.0)),
    ("large with ties, asymptotic", S(28, 15000, quantum=0.5), S(29, 12000, 0.1, quantum=0.5)),
]

out = {"scipy": scipy.__version__, "ks": [], "kstwo": [], "wasserstein": [], "chisquare": [], "divergence": [], "z": []}
for name, a, b in ks_cases:
    r = stats.ks_2samp(sample(a), sample(b))
    out["ks"].append({"name": name, "reference": a, "current": b, "statistic": float(r.statistic), "pvalue": float(r.pvalue)})

for n in [3, 10, 60, 140, 141, 1000, 5000, 50000, 100000, 100001, 400000]:
    for x in [0.001, 0.004, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.9]:
        out["kstwo"].append({"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))})

for name, a, b in [
    ("small", S(30, 15), S(31, 22, 0.4)),
    ("ties", S(32, 300, quantum=0.5), S(33, 250, 0.5, quantum=0.5)),
    ("large", S(34, 20000, 0, 2), S(35, 30000, 0.1, 2.2)),
]:
    ua, vb = sample(a), sample(b)
    out["wasserstein"].append({"name": name, "reference": a, "current": b,
                               "distance": float(stats.wasserstein_distance(ua, vb)),
                               "referenceStd": float(np.std(ua))})

for name, ref, cur in [
    ("balanced, no drift", [100, 200, 300], [50, 100, 150]),
    ("moderate drift", [500, 300, 200], [40, 35, 25]),
    ("strong drift, tiny p", [5000, 3000, 2000], [900, 3000, 6100]),
    ("many categories", [12, 40, 7, 33, 19, 25, 8, 56], [10, 44, 9, 25, 30, 20, 5, 60]),
]:
    total = sum(cur)
    exp = np.array(ref, dtype=float) / sum(ref) * total
    r = stats.chisquare(np.array(cur, dtype=float), exp)
    out["chisquare"].append({"name": name, "reference": ref, "current": cur,
                             "statistic": float(r.statistic), "pvalue": float(r.pvalue)})

eps = 0.0001
for name, ref, cur in [
    ("similar", [10, 20, 30, 40], [12, 18, 33, 37]),
    ("shifted", [40, 30, 20, 10], [10, 20, 30, 40]),
    ("empty bins on both sides", [0, 25, 50, 25], [30, 30, 40, 0]),
    ("value unseen in reference", [50, 50, 0], [45, 45, 10]),
]:
    p = np.array(ref, dtype=float) / sum(ref)
    q = np.array(cur, dtype=float) / sum(cur)
    ps = np.where(p == 0, eps, p)
    qs = np.where(q == 0, eps, q)
    out["divergence"].append({
        "name": name, "reference": ref, "current": cur,
        "jensenshannon": float(distance.jensenshannon(np.array(ref, float), np.array(cur, float))),
        "hellinger": float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(q)) ** 2)) / np.sqrt(2)),
        "psi": float(np.sum((qs - ps) * np.log(qs / ps))),
        "kl_div": float(stats.entropy(ps, qs)),
    })

for name, r1, n1, r2, n2 in [
    ("no drift", 300, 1000, 310, 1000),
    ("drift", 300, 1000, 400, 1000),
    ("tiny p", 100, 5000, 900, 5000),
]:
    p1, p2 = r1 / n1, r2 / n2
    P = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
    out["z"].append({"name": name, "referenceHits": r1, "referenceTotal": n1, "currentHits": r2, "currentTotal": n2,
                     "statistic": float(z), "pvalue": float(2 * stats.norm.sf(abs(z)))})

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "..", "test", "fixtures", "golden", "drift.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
