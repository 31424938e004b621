"""scikit-learn side of bench/model-eval/metrics.ts: times each binary metric on the arrays the TS side wrote.

Usage: /usr/bin/python3 bench/model-eval/sklearn_metrics.py <label.u8> <score.f64> <prediction.u8>
Prints one JSON object {metric: {"seconds": wall, "cpu": process CPU, "value": v}} on stdout. File reading is outside the timings.
"""
import json
import sys
import time
import warnings

import numpy as np
from sklearn import metrics as M

warnings.simplefilter("ignore")
y = np.fromfile(sys.argv[1], dtype=np.uint8).astype(np.int64)
s = np.fromfile(sys.argv[2], dtype=np.float64)
p = np.fromfile(sys.argv[3], dtype=np.uint8).astype(np.int64)

calls = {
    "accuracy": lambda: M.accuracy_score(y, p),
    "balanced_accuracy": lambda: M.balanced_accuracy_score(y, p),
    "precision": lambda: M.precision_score(y, p, zero_division=0),
    "recall": lambda: M.recall_score(y, p, zero_division=0),
    "f1": lambda: M.f1_score(y, p, zero_division=0),
    "roc_auc": lambda: M.roc_auc_score(y, s),
    "average_precision": lambda: M.average_precision_score(y, s),
    "log_loss": lambda: M.log_loss(y, s, labels=[0, 1]),
    "mcc": lambda: M.matthews_corrcoef(y, p),
    "confusion_matrix": lambda: M.confusion_matrix(y, p).tolist(),
}
out = {}
for name, call in calls.items():
    start, cpu = time.perf_counter(), time.process_time()
    value = call()
    out[name] = {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                 "value": value if isinstance(value, list) else float(value)}
print(json.dumps(out))
