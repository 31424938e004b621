#!/usr/bin/python3
"""Build the mlci example project from scikit-learn's bundled breast-cancer data.

Run with Debian's python3 (scikit-learn 1.2.1, pandas 1.5.3, onnx 1.12):

    /usr/bin/python3 examples/make_example.py [--out DIR]

Everything is seeded, so running it twice writes byte-identical files. What each
file is for is explained in examples/README.md.

The problem: Wisconsin Diagnostic Breast Cancer (569 tumours, 30 numeric
features computed from a digitised image of a fine-needle aspirate). We predict
`label` = 1 for malignant (the positive class) and 0 for benign. Note that
scikit-learn's own `target` is the opposite (0 = malignant), so we flip it.

Splits (stratified, seed 7): 50 % train (= drift reference), 30 % evaluation,
20 % "production" rows that become current.csv after a simulated change of
imaging device (see DRIFT below).
"""

import json
import os
import sys

import numpy as np
import onnx
import pandas as pd
from onnx import TensorProto, helper, numpy_helper
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) == 3 and sys.argv[1] == "--out":  # write elsewhere (the determinism test)
    HERE = os.path.abspath(sys.argv[2])
elif len(sys.argv) != 1:
    sys.exit("usage: make_example.py [--out DIR]")
SEED = 7

# The drift of current.csv: a new imaging device reads texture (grey-level
# standard deviation) higher and smoothness coarser. Only these four of the 30
# features move; drift-check must flag exactly these (plus nothing else).
DRIFT = {
    "mean_texture": ("add", 4.0),
    "worst_texture": ("add", 5.5),
    "mean_smoothness": ("mul", 1.15),
    "worst_smoothness": ("mul", 1.15),
}

# The weaker baseline sees only these three features (the "model on main").
BASELINE_FEATURES = ["mean_texture", "mean_smoothness", "mean_symmetry"]


# The hand-written configuration, kept here so that this script makes every file of examples/.
CONFIG = {
    "expectations.yml": """\
# Expectation suite for examples/data/*.csv, in Great Expectations' names and semantics
# (expectation_type + kwargs, as in a GE suite JSON; `mostly` is the share of non-null rows that must pass).
# The ranges are the physical limits of the measurements with some slack, not the training min/max,
# so healthy new data passes; current.csv (the drifted device) still passes these — its problem is
# distribution drift, which drift-check finds.
expectation_suite_name: breast_cancer_features
expectations:
  - expectation_type: expect_table_row_count_to_be_between
    kwargs: { min_value: 50, max_value: 100000 }
  - expectation_type: expect_table_columns_to_match_set
    kwargs:
      exact_match: false
      column_set: [mean_radius, mean_texture, mean_area, mean_smoothness, worst_texture, worst_smoothness, label, size_group]
  - expectation_type: expect_column_values_to_not_be_null
    kwargs: { column: mean_radius }
  - expectation_type: expect_column_values_to_not_be_null
    kwargs: { column: label }
  - expectation_type: expect_column_values_to_be_in_set
    kwargs: { column: label, value_set: [0, 1] }
  - expectation_type: expect_column_values_to_be_in_set
    kwargs: { column: size_group, value_set: [small, medium, large] }
  - expectation_type: expect_column_values_to_be_between
    kwargs: { column: mean_radius, min_value: 5, max_value: 35 }
  - expectation_type: expect_column_values_to_be_between
    kwargs: { column: mean_area, min_value: 100, max_value: 3000, mostly: 0.99 }
  - expectation_type: expect_column_values_to_be_between
    kwargs: { column: mean_smoothness, min_value: 0.03, max_value: 0.25 }
  - expectation_type: expect_column_values_to_be_between
    kwargs: { column: mean_concavity, min_value: 0, max_value: 1 }
  - expectation_type: expect_column_mean_to_be_between
    kwargs: { column: mean_radius, min_value: 12, max_value: 16 }
  - expectation_type: expect_column_stdev_to_be_between
    kwargs: { column: mean_texture, min_value: 2, max_value: 7 }
  - expectation_type: expect_column_proportion_of_unique_values_to_be_between
    kwargs: { column: mean_area, min_value: 0.8, max_value: 1.0 }
""",
    "thresholds.yml": """\
# Model gates for model-eval (examples/predictions/candidate.csv vs baseline.csv).
# An absolute bound per metric ("OP value", or `value:` in the long form), and changes against the baseline:
#   max-drop           largest allowed absolute drop from the baseline
#   max-relative-drop  largest allowed drop as a fraction of |baseline|
# A recall gate because a missed malignant tumour (false negative) is the costly error here.
accuracy:
  value: ">= 0.90"
  max-drop: 0.02
roc_auc:
  value: ">= 0.95"
  max-drop: 0.01
recall:
  value: ">= 0.90"
  max-relative-drop: 0.05
f1: ">= 0.90"
""",
    "schema.json": """\
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "breast cancer feature row",
  "type": "object",
  "required": ["mean_radius", "mean_texture", "mean_area", "mean_smoothness", "label", "size_group"],
  "properties": {
    "mean_radius": { "type": "number", "exclusiveMinimum": 0 },
    "mean_texture": { "type": "number", "exclusiveMinimum": 0 },
    "mean_area": { "type": "number", "exclusiveMinimum": 0 },
    "mean_smoothness": { "type": "number", "exclusiveMinimum": 0 },
    "label": { "type": "integer", "enum": [0, 1] },
    "size_group": { "type": "string", "enum": ["small", "medium", "large"] }
  }
}
""",
}


def snake(name):
    return name.replace(" ", "_")


def load():
    raw = load_breast_cancer(as_frame=True)
    frame = raw.frame.rename(columns=snake)
    frame["label"] = 1 - frame.pop("target")  # 1 = malignant (positive)
    features = [snake(n) for n in raw.feature_names]
    return frame, features


def size_group(frame, cuts):
    """Slice column: tumour size by terciles of mean_area in the training data."""
    return pd.cut(frame["mean_area"], [-np.inf, cuts[0], cuts[1], np.inf],
                  labels=["small", "medium", "large"]).astype(str)


def apply_drift(frame, strength=1.0):
    """Apply DRIFT at a given strength (0 = none, 1 = the full device change)."""
    out = frame.copy()
    for column, (kind, amount) in DRIFT.items():
        if kind == "add":
            out[column] = out[column] + strength * amount
        else:
            out[column] = out[column] * (1 + strength * (amount - 1))
    return out


def fit_logistic(x, y, features, c):
    """Standardise then fit; return weights folded back to the raw feature scale.

    With z = (x - mu) / sigma, w.z + b = (w / sigma).x + (b - sum(w * mu / sigma)),
    so the ONNX graph needs no scaler node.
    """
    mu = x[features].mean().to_numpy()
    sigma = x[features].std(ddof=0).to_numpy()
    z = (x[features].to_numpy() - mu) / sigma
    model = LogisticRegression(C=c, max_iter=5000).fit(z, y)
    w = model.coef_[0] / sigma
    b = model.intercept_[0] - float(np.sum(model.coef_[0] * mu / sigma))
    return w, b


def full_weights(w, used, features):
    """Embed the weights of a model that uses `used` into the 30-feature input."""
    full = np.zeros(len(features))
    for weight, name in zip(w, used):
        full[features.index(name)] = weight
    return full


def predict_proba(x, w, b):
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def onnx_logistic(w, b, n_features, name):
    """Logistic regression as ONNX: MatMul + Add + Sigmoid, then [1-p, p] and ArgMax.

    input  `input`         float[-1, n_features]
    output `label`         int64[-1]     (argmax of the probabilities: 1 = malignant)
    output `probabilities` float[-1, 2]  (P(benign), P(malignant)), like skl2onnx's zipmap=False
    """
    weights = numpy_helper.from_array(w.reshape(-1, 1).astype(np.float32), "coef")
    bias = numpy_helper.from_array(np.array([b], dtype=np.float32), "intercept")
    one = numpy_helper.from_array(np.array([1.0], dtype=np.float32), "one")
    nodes = [
        helper.make_node("MatMul", ["input", "coef"], ["logit_raw"]),
        helper.make_node("Add", ["logit_raw", "intercept"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p_malignant"]),
        helper.make_node("Sub", ["one", "p_malignant"], ["p_benign"]),
        helper.make_node("Concat", ["p_benign", "p_malignant"], ["probabilities"], axis=1),
        helper.make_node("ArgMax", ["probabilities"], ["label"], axis=1, keepdims=0),
    ]
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [-1, n_features])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, [-1]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [-1, 2])],
        [weights, bias, one])
    model = helper.make_model(graph, producer_name="mlci-example", producer_version="1",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 7  # readable by every onnxruntime >= 1.8
    onnx.checker.check_model(model, full_check=True)
    return model


def write_csv(frame, path):
    frame.to_csv(path, index=False, float_format="%.6g", lineterminator="\n")


def predictions(frame, features, w, b, slice_column):
    score = predict_proba(frame[features].to_numpy(dtype=np.float64), w, b)
    return pd.DataFrame({
        "label": frame["label"].to_numpy(),
        "prediction": (score >= 0.5).astype(int),
        "score": np.round(score, 6),
        "size_group": slice_column.to_numpy(),
    })


def metrics_history(pool, features, w, b, rng):
    """Weekly accuracy on newly labelled production batches (60 rows each).

    Weeks 1-8 come from the unchanged device; from week 9 the device change
    phases in (strength 0.25, 0.5, 0.75, 1.0). The values are the candidate
    model's real accuracy on each batch, not invented numbers.
    """
    lines = []
    strengths = [0.0] * 8 + [0.25, 0.5, 0.75, 1.0]
    start = np.datetime64("2026-08-03")
    for week, strength in enumerate(strengths):
        batch = pool.iloc[rng.choice(len(pool), size=60, replace=False)]
        batch = apply_drift(batch, strength)
        predicted = (predict_proba(batch[features].to_numpy(), w, b) >= 0.5).astype(int)
        accuracy = accuracy_score(batch["label"], predicted)
        lines.append(json.dumps({
            "date": str(start + np.timedelta64(7 * week, "D")),
            "metric": "accuracy",
            "value": round(float(accuracy), 4),
            "n": int(len(batch)),
        }))
    return "\n".join(lines) + "\n"


def sample_request(frame, features):
    """An Open Inference Protocol (KServe v2) infer request with two evaluation rows."""
    rows = frame[features].head(2).to_numpy(dtype=np.float32)
    return {
        "inputs": [{
            "name": "input",
            "shape": [int(rows.shape[0]), int(rows.shape[1])],
            "datatype": "FP32",
            "data": [float(f"{v:.6g}") for v in rows.reshape(-1)],
        }]
    }


def main():
    frame, features = load()
    rest, train = train_test_split(frame, test_size=0.5, stratify=frame["label"], random_state=SEED)
    production, evaluation = train_test_split(rest, test_size=0.6, stratify=rest["label"],
                                              random_state=SEED)
    train, evaluation, production = (f.reset_index(drop=True) for f in (train, evaluation, production))

    cuts = np.quantile(train["mean_area"], [1 / 3, 2 / 3])
    for part in (train, evaluation, production):
        part["size_group"] = size_group(part, cuts)
    current = apply_drift(production)

    w, b = fit_logistic(train, train["label"], features, c=1.0)
    wb, bb = fit_logistic(train, train["label"], BASELINE_FEATURES, c=0.05)
    wb = full_weights(wb, BASELINE_FEATURES, features)

    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "models"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "predictions"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "monitoring"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "config"), exist_ok=True)
    for name, text in CONFIG.items():
        with open(os.path.join(HERE, "config", name), "w") as out:
            out.write(text)

    write_csv(train, os.path.join(HERE, "data", "train.csv"))
    write_csv(evaluation, os.path.join(HERE, "data", "eval.csv"))
    write_csv(current, os.path.join(HERE, "data", "current.csv"))

    # Predictions are computed from the CSV as written (6 significant digits),
    # so that scoring eval.csv with the ONNX model reproduces them.
    written = pd.read_csv(os.path.join(HERE, "data", "eval.csv"))
    x_eval = written[features].to_numpy(dtype=np.float64)
    write_csv(predictions(written, features, w, b, written["size_group"]),
              os.path.join(HERE, "predictions", "candidate.csv"))
    write_csv(predictions(written, features, wb, bb, written["size_group"]),
              os.path.join(HERE, "predictions", "baseline.csv"))

    onnx.save(onnx_logistic(w, b, len(features), "breast_cancer_logreg"),
              os.path.join(HERE, "models", "model.onnx"))
    onnx.save(onnx_logistic(wb, bb, len(features), "breast_cancer_baseline"),
              os.path.join(HERE, "models", "baseline.onnx"))

    rng = np.random.default_rng(SEED)
    pool = pd.concat([evaluation, production], ignore_index=True)
    with open(os.path.join(HERE, "monitoring", "metrics-history.jsonl"), "w") as out:
        out.write(metrics_history(pool, features, w, b, rng))
    with open(os.path.join(HERE, "models", "sample-request.json"), "w") as out:
        json.dump(sample_request(written, features), out, indent=2)
        out.write("\n")

    candidate_acc = accuracy_score(written["label"], predict_proba(x_eval, w, b) >= 0.5)
    baseline_acc = accuracy_score(written["label"], predict_proba(x_eval, wb, bb) >= 0.5)
    print(f"train {len(train)} rows, eval {len(written)} rows, current {len(current)} rows; "
          f"accuracy candidate {candidate_acc:.4f}, baseline {baseline_acc:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()
