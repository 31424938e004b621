"""Golden values for @mlci/metrics, computed by scikit-learn 1.2.1 / SciPy 1.10.1 (Debian's /usr/bin/python3).

Run:  /usr/bin/python3 scripts/golden/metrics_golden.py
Writes test/fixtures/golden/metrics-classification.json (inputs + sklearn's outputs, random and adversarial
cases) and test/fixtures/golden/metrics-significance.json (McNemar exact via scipy.stats.binomtest, and DeLong's
variance by the direct O(n^2) formulas of DeLong, DeLong & Clarke-Pearson (1988), independent of the fast
midrank algorithm used by the TypeScript code).
"""
import json
import math
import warnings

import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn import metrics as M

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261130)
OUT = "test/fixtures/golden/"


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def safe(f):
    try:
        return num(f())
    except ValueError:
        return None  # sklearn refuses: the metric is undefined for this input


def py(values):
    return [v.item() if hasattr(v, "item") else v for v in values]


def binary_case(name, y, pred, score, pos_label=1):
    y, pred = np.asarray(y), np.asarray(pred)
    labels = np.unique(np.concatenate([y, pred]))
    other = [c for c in labels if c != pos_label]
    ll_labels = sorted(set(labels.tolist()) | {pos_label})
    expected = {
        "accuracy": num(M.accuracy_score(y, pred)),
        "balanced_accuracy": num(M.balanced_accuracy_score(y, pred)),
        "precision": num(M.precision_score(y, pred, pos_label=pos_label, zero_division=0)),
        "recall": num(M.recall_score(y, pred, pos_label=pos_label, zero_division=0)),
        "f1": num(M.f1_score(y, pred, pos_label=pos_label, zero_division=0)),
        "mcc": num(M.matthews_corrcoef(y, pred)),
    }
    if score is not None:
        yb = (y == pos_label).astype(int)
        expected["roc_auc"] = safe(lambda: M.roc_auc_score(yb, score))
        expected["average_precision"] = safe(lambda: M.average_precision_score(yb, score))
        expected["log_loss"] = safe(lambda: M.log_loss(yb, score, labels=[0, 1]))
    cm = M.confusion_matrix(y, pred)
    columns = {"label": py(y), "prediction": py(pred)}
    if score is not None:
        columns["score"] = [float(s) for s in score]
    return {"name": name, "task": "binary", "positive_label": str(pos_label), "columns": columns,
            "expected": expected, "confusion": {"labels": py(labels), "matrix": cm.tolist()}}


def multiclass_case(name, y, pred, proba=None, classes=None):
    y, pred = np.asarray(y), np.asarray(pred)
    labels = np.unique(np.concatenate([y, pred]))
    expected = {
        "accuracy": num(M.accuracy_score(y, pred)),
        "balanced_accuracy": num(M.balanced_accuracy_score(y, pred)),
        "mcc": num(M.matthews_corrcoef(y, pred)),
    }
    for avg in ("macro", "weighted"):
        expected[f"precision_{avg}"] = num(M.precision_score(y, pred, average=avg, zero_division=0))
        expected[f"recall_{avg}"] = num(M.recall_score(y, pred, average=avg, zero_division=0))
        expected[f"f1_{avg}"] = num(M.f1_score(y, pred, average=avg, zero_division=0))
    columns = {"label": py(y), "prediction": py(pred)}
    score_columns = []
    if proba is not None:
        expected["roc_auc_ovr"] = safe(lambda: M.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=classes))
        expected["log_loss"] = safe(lambda: M.log_loss(y, proba, labels=classes))
        for j, c in enumerate(classes):
            columns[f"p_{c}"] = [float(v) for v in proba[:, j]]
            score_columns.append(f"p_{c}")
    cm = M.confusion_matrix(y, pred)
    return {"name": name, "task": "multiclass", "score_columns": score_columns, "columns": columns,
            "expected": expected, "confusion": {"labels": py(labels), "matrix": cm.tolist()}}


def regression_case(name, y, f):
    y, f = np.asarray(y, dtype=float), np.asarray(f, dtype=float)
    expected = {
        "mae": M.mean_absolute_error(y, f), "mse": M.mean_squared_error(y, f),
        "rmse": M.mean_squared_error(y, f, squared=False), "r2": M.r2_score(y, f),
        "mape": M.mean_absolute_percentage_error(y, f), "max_error": M.max_error(y, f),
        "explained_variance": M.explained_variance_score(y, f),
        "median_absolute_error": M.median_absolute_error(y, f),
    }
    return {"name": name, "task": "regression", "columns": {"label": y.tolist(), "prediction": f.tolist()},
            "expected": {k: num(v) for k, v in expected.items()}}


def dirichlet(n, k, concentration=1.0):
    return rng.dirichlet(np.full(k, concentration), size=n)


cases = []
n = 300
# Binary: random, ties, imbalanced, perfect, all wrong, one predicted class, one true class, strings, extremes.
y = rng.integers(0, 2, n); s = np.clip(0.35 * y + rng.random(n) * 0.65, 0, 1)
cases.append(binary_case("binary random", y, (s > 0.5).astype(int), s))
s = np.round(rng.random(n), 1); y = (rng.random(n) < s).astype(int)
cases.append(binary_case("binary heavy ties", y, (s > 0.5).astype(int), s))
y = (rng.random(n) < 0.03).astype(int); s = np.clip(rng.random(n) * 0.6 + 0.3 * y, 0, 1)
cases.append(binary_case("binary imbalanced 3%", y, (s > 0.5).astype(int), s))
y = rng.integers(0, 2, 60); s = np.where(y == 1, 0.9, 0.1)
cases.append(binary_case("binary perfect", y, y, s))
cases.append(binary_case("binary all wrong", y, 1 - y, 1 - s))
y = rng.integers(0, 2, 80); s = rng.random(80) * 0.5
cases.append(binary_case("binary single predicted class", y, np.zeros(80, dtype=int), s))
y = np.zeros(50, dtype=int); s = rng.random(50)
cases.append(binary_case("binary one true class", y, (s > 0.5).astype(int), s))
y = np.ones(30, dtype=int); s = rng.random(30)
cases.append(binary_case("binary only positives", y, (s > 0.5).astype(int), s))
ys = np.where(rng.random(120) < 0.4, "yes", "no"); s = rng.random(120)
cases.append(binary_case("binary string labels", ys, np.where(s > 0.5, "yes", "no"), s, pos_label="yes"))
y = rng.integers(0, 2, 40); s = np.where(rng.random(40) < 0.5, 0.0, 1.0)
cases.append(binary_case("binary scores exactly 0 and 1", y, s.astype(int), s))
y = rng.integers(0, 2, 200); pred = rng.integers(0, 2, 200)
cases.append(binary_case("binary labels only", y, pred, None))
# Larger inputs, so the bucket sort of the point estimate has many buckets (n / 8): rounded scores (ties inside
# and across buckets, exact 0 and 1) and continuous scores with -0.0 and 0.0 among them. Own generator, so the
# cases above keep their inputs.
big = np.random.default_rng(4)
y = big.integers(0, 2, 2000); s = np.round(np.clip(0.3 * y + big.random(2000) * 0.7 - 0.05, 0, 1), 3)
cases.append(binary_case("binary 2000 rows, 3-decimal scores", y, (s > 0.5).astype(int), s))
y = (big.random(2000) < 0.2).astype(int); s = np.clip(big.beta(2, 5, 2000) + 0.25 * y, 0, 1)
s[big.random(2000) < 0.02] = 0.0; s[big.random(2000) < 0.02] = -0.0
cases.append(binary_case("binary 2000 rows, continuous scores with -0.0 and 0.0", y, (s > 0.5).astype(int), s))

# Multiclass: random, many classes, ties, one predicted class, class only predicted, strings.
k = 3; p = dirichlet(n, k); y = np.array([rng.choice(k, p=row) for row in p])
cases.append(multiclass_case("multiclass random 3", y, p.argmax(1), p, list(range(k))))
k = 12; p = dirichlet(300, k, 0.3); y = np.array([rng.choice(k, p=row) for row in p])
cases.append(multiclass_case("multiclass many classes 12", y, p.argmax(1), p, list(range(k))))
protos = np.array([[0.5, 0.25, 0.25], [0.25, 0.5, 0.25], [0.25, 0.25, 0.5], [0.4, 0.4, 0.2]])
p = protos[rng.integers(0, 4, 300)]; y = rng.integers(0, 3, 300)
cases.append(multiclass_case("multiclass tied scores", y, p.argmax(1), p, [0, 1, 2]))
y = rng.integers(0, 4, 100)
cases.append(multiclass_case("multiclass single predicted class", y, np.full(100, 2), None))
y = rng.integers(0, 3, 90); pred = rng.integers(0, 4, 90)
cases.append(multiclass_case("multiclass class only predicted", y, pred, None))
names = np.array(["bird", "cat", "dog"]); p = dirichlet(150, 3); yi = np.array([rng.choice(3, p=row) for row in p])
cases.append(multiclass_case("multiclass string labels", names[yi], names[p.argmax(1)], p, ["bird", "cat", "dog"]))

# Regression: random, perfect, constant target, zeros in target (MAPE), even count with ties for the median.
y = rng.normal(10, 3, n); f = y + rng.normal(0, 1, n)
cases.append(regression_case("regression random", y, f))
cases.append(regression_case("regression perfect", y[:50], y[:50]))
cases.append(regression_case("regression constant target", np.full(20, 3.0), np.full(20, 3.0)))
cases.append(regression_case("regression constant target, wrong", np.full(20, 3.0), np.arange(20) * 0.5))
cases.append(regression_case("regression zeros in target", np.array([0.0, 1, 2, 0, 5, 7]), np.array([0.5, 1, 2.5, 0, 4, 8])))
cases.append(regression_case("regression even median with ties", np.array([1.0, 2, 3, 4, 5, 6, 7, 8]), np.array([2.0, 3, 4, 4, 5, 7, 7, 9])))

meta = {"generator": "scripts/golden/metrics_golden.py", "sklearn": sklearn.__version__, "scipy": scipy.__version__, "numpy": np.__version__}
with open(OUT + "metrics-classification.json", "w") as fh:
    json.dump({"meta": meta, "cases": cases}, fh)


# --- Significance -------------------------------------------------------------------------------------------
def delong_direct(y, s1, s2):
    """DeLong et al. (1988), eqs. for the structural components by direct pairwise comparison (O(m n))."""
    pos = [i for i in range(len(y)) if y[i] == 1]; neg = [i for i in range(len(y)) if y[i] == 0]
    m, nn = len(pos), len(neg)

    def psi(a, b):
        return 1.0 if a > b else 0.5 if a == b else 0.0

    out = {}
    v10 = np.zeros((2, m)); v01 = np.zeros((2, nn))
    for r, s in enumerate((s1, s2)):
        for a, i in enumerate(pos):
            v10[r, a] = sum(psi(s[i], s[j]) for j in neg) / nn
        for b, j in enumerate(neg):
            v01[r, b] = sum(psi(s[i], s[j]) for i in pos) / m
    auc = v10.mean(axis=1)
    s10 = np.cov(v10); s01 = np.cov(v01)
    cov = s10 / m + s01 / nn
    var_diff = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    z = (auc[0] - auc[1]) / math.sqrt(var_diff)
    out = {"auc": auc.tolist(), "cov": cov.tolist(), "var_diff": var_diff, "z": z,
           "p_value": 2 * stats.norm.sf(abs(z))}
    return out


delong_cases = []
for name, n_rows, rounding in (("random", 150, None), ("ties", 120, 1), ("imbalanced", 200, 2)):
    if name == "imbalanced":
        y = (rng.random(n_rows) < 0.1).astype(int)
    else:
        y = rng.integers(0, 2, n_rows)
    s1 = rng.random(n_rows) * 0.7 + 0.3 * y; s2 = rng.random(n_rows) * 0.8 + 0.2 * y
    if rounding is not None:
        s1, s2 = np.round(s1, rounding), np.round(s2, rounding)
    d = delong_direct(y.tolist(), s1.tolist(), s2.tolist())
    delong_cases.append({"name": name, "label": y.tolist(), "score_a": s1.tolist(), "score_b": s2.tolist(), **d})

mcnemar = []
for b, c in ((0, 0), (0, 1), (1, 0), (3, 7), (7, 3), (5, 5), (0, 12), (10, 25), (40, 60), (120, 90), (1000, 1100)):
    p = stats.binomtest(min(b, c), b + c, 0.5).pvalue if b + c > 0 else 1.0
    mcnemar.append({"b": b, "c": c, "p_value": float(p)})

normal = [{"p": p, "quantile": float(stats.norm.ppf(p))} for p in (0.5, 0.9, 0.95, 0.975, 0.995, 0.9995)]

with open(OUT + "metrics-significance.json", "w") as fh:
    json.dump({"meta": meta, "delong": delong_cases, "mcnemar": mcnemar, "normal": normal}, fh)
print("wrote", len(cases), "metric cases,", len(delong_cases), "DeLong cases,", len(mcnemar), "McNemar cases")
