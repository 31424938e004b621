#!/usr/bin/python3
"""The example's "prediction command": score a CSV with models/model.onnx, write a predictions CSV.

    /usr/bin/python3 examples/predict.py [--model M.onnx] [--data eval.csv] [--out predictions.csv]

onnxruntime is not available on Debian's python3, so the graph written by make_example.py
(MatMul + Add + Sigmoid) is evaluated with NumPy from its initializers; the graph is checked
to be exactly that shape first, so a different model fails loudly instead of scoring wrong.
Output columns: label, prediction (P(malignant) >= 0.5), score = P(malignant), size_group.
"""
import argparse
import os

import numpy as np
import onnx
import pandas as pd
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))


def load_logistic(path):
    model = onnx.load(path)
    ops = [node.op_type for node in model.graph.node]
    if ops[:3] != ["MatMul", "Add", "Sigmoid"]:
        raise SystemExit(f"{path}: expected a MatMul+Add+Sigmoid logistic regression, got {ops}")
    weights = {init.name: numpy_helper.to_array(init) for init in model.graph.initializer}
    return weights["coef"].astype(np.float64).reshape(-1), float(weights["intercept"][0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=os.path.join(HERE, "models", "model.onnx"))
    parser.add_argument("--data", default=os.path.join(HERE, "data", "eval.csv"))
    parser.add_argument("--out", default="predictions.csv")
    args = parser.parse_args()
    w, b = load_logistic(args.model)
    frame = pd.read_csv(args.data)
    features = [c for c in frame.columns if c not in ("label", "size_group")]
    if len(features) != len(w):
        raise SystemExit(f"{args.data}: {len(features)} feature columns, the model takes {len(w)}")
    score = 1.0 / (1.0 + np.exp(-(frame[features].to_numpy(dtype=np.float64) @ w + b)))
    out = pd.DataFrame({"label": frame["label"], "prediction": (score >= 0.5).astype(int),
                        "score": np.round(score, 6), "size_group": frame["size_group"]})
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    out.to_csv(args.out, index=False, float_format="%.6g", lineterminator="\n")


if __name__ == "__main__":
    main()
