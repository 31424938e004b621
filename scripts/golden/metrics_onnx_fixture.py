"""The model-eval fixtures: a tiny ONNX logistic-regression classifier, the data it scores, and the same model's
predictions computed here with numpy, so the action's ONNX mode can be checked against its predictions mode.

Run:  /usr/bin/python3 scripts/golden/metrics_onnx_fixture.py
Writes test/fixtures/model-eval/: logreg.onnx (MatMul + Add + Sigmoid, built with onnx.helper, a few hundred
bytes), eval-data.csv (features, label, segment), predictions.csv (label, prediction, score, segment: the
candidate), baseline.csv (a weaker model on the same rows), regression.csv and multiclass.csv (small cases).
"""
import csv

import numpy as np
import onnx
from onnx import TensorProto, helper

OUT = "test/fixtures/model-eval/"
rng = np.random.default_rng(7)
n, features = 400, 3
x = rng.normal(0, 1, (n, features)).astype(np.float32)
true_w = np.array([1.5, -2.0, 0.7], dtype=np.float32)
logit = x @ true_w + 0.3 + rng.logistic(0, 1, n).astype(np.float32) * 0.8
label = (logit > 0).astype(int)
segment = np.where(rng.random(n) < 0.3, "mobile", "desktop")

w = np.array([[1.2], [-1.7], [0.5]], dtype=np.float32)
b = np.array([0.25], dtype=np.float32)
graph = helper.make_graph(
    [helper.make_node("MatMul", ["features", "W"], ["z0"]),
     helper.make_node("Add", ["z0", "B"], ["z"]),
     helper.make_node("Sigmoid", ["z"], ["probability"])],
    "logreg",
    [helper.make_tensor_value_info("features", TensorProto.FLOAT, [None, features])],
    [helper.make_tensor_value_info("probability", TensorProto.FLOAT, [None, 1])],
    initializer=[helper.make_tensor("W", TensorProto.FLOAT, [features, 1], w.flatten().tolist()),
                 helper.make_tensor("B", TensorProto.FLOAT, [1], b.tolist())],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="mlci-fixture")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, OUT + "logreg.onnx")


def sigmoid32(z):
    return (np.float32(1) / (np.float32(1) + np.exp(-z))).astype(np.float32)


def fmt(v):
    return repr(float(v))


score = sigmoid32((x @ w + b).astype(np.float32))[:, 0]
weak_w = np.array([[0.6], [-0.5], [0.9]], dtype=np.float32)
weak = sigmoid32((x @ weak_w + b).astype(np.float32))[:, 0]

with open(OUT + "eval-data.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["f1", "f2", "f3", "label", "segment"])
    for i in range(n):
        out.writerow([fmt(x[i, 0]), fmt(x[i, 1]), fmt(x[i, 2]), label[i], segment[i]])
for name, s in (("predictions.csv", score), ("baseline.csv", weak)):
    with open(OUT + name, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["label", "prediction", "score", "segment"])
        for i in range(n):
            out.writerow([label[i], int(s[i] > 0.5), fmt(s[i]), segment[i]])

y = rng.normal(50, 10, 120)
with open(OUT + "regression.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["target", "predicted"])
    for v in y:
        out.writerow([round(v, 3), round(v + rng.normal(0, 3), 3)])

p = rng.dirichlet([1, 1, 1], 150)
yc = np.array([rng.choice(3, p=row) for row in p])
names = np.array(["bird", "cat", "dog"])
with open(OUT + "multiclass.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["label", "prediction", "proba_bird", "proba_cat", "proba_dog"])
    for i in range(150):
        out.writerow([names[yc[i]], names[p[i].argmax()], *[fmt(v) for v in p[i]]])
# A 3-class softmax model (MatMul + Add + Softmax) on the same features, and its predictions as numpy computes them.
cw = np.array([[1.0, -0.5, 0.2], [-1.2, 0.8, 0.3], [0.4, 0.1, -0.9]], dtype=np.float32)
cb = np.array([0.1, -0.2, 0.05], dtype=np.float32)
graph = helper.make_graph(
    [helper.make_node("MatMul", ["features", "W"], ["z0"]),
     helper.make_node("Add", ["z0", "B"], ["z"]),
     helper.make_node("Softmax", ["z"], ["probabilities"], axis=1)],
    "softmax3",
    [helper.make_tensor_value_info("features", TensorProto.FLOAT, [None, features])],
    [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 3])],
    initializer=[helper.make_tensor("W", TensorProto.FLOAT, [features, 3], cw.flatten().tolist()),
                 helper.make_tensor("B", TensorProto.FLOAT, [3], cb.tolist())],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="mlci-fixture")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, OUT + "softmax3.onnx")
z = (x @ cw + cb).astype(np.float32)
e = np.exp(z - z.max(axis=1, keepdims=True)).astype(np.float32)
proba = (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
kind = np.array(["a", "b", "c"])
truth = kind[np.array([rng.choice(3, p=row.astype(np.float64) / row.astype(np.float64).sum()) for row in proba])]
with open(OUT + "eval-data-3class.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["f1", "f2", "f3", "label"])
    for i in range(n):
        out.writerow([fmt(x[i, 0]), fmt(x[i, 1]), fmt(x[i, 2]), truth[i]])
with open(OUT + "predictions-3class.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["label", "p_a", "p_b", "p_c"])
    for i in range(n):
        out.writerow([truth[i], *[fmt(v) for v in proba[i]]])
print("wrote", OUT)
