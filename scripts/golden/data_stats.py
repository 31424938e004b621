"""Golden statistics for @mlci/data, computed with pandas/NumPy (Debian python3, pandas 1.5.3).

Writes test/fixtures/golden/data_stats.csv (a seeded dataset) and data_stats.json (its statistics):
mean, sample stdev (ddof=1), median, sum, min, max, nunique, and quantiles with interpolation
"nearest" (what GE's pandas backend uses) and "lower" (the rank the DDSketch targets).
Run: /usr/bin/python3 scripts/golden/data_stats.py
"""
import json
import os

import numpy as np
import pandas as pd

root = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'golden')
rng = np.random.default_rng(20261130)
n = 3000
df = pd.DataFrame({
    'normal': np.round(rng.normal(50, 12, n), 6),
    'lognormal': np.round(rng.lognormal(0, 1.5, n), 6),
    'signed': np.round(rng.normal(0, 1000, n), 3),
    'count': rng.poisson(3, n),
    'category': rng.choice(['red', 'green', 'blue', 'amber'], n, p=[0.5, 0.25, 0.2, 0.05]),
})
df.loc[rng.choice(n, 150, replace=False), 'normal'] = np.nan
df.to_csv(os.path.join(root, 'data_stats.csv'), index=False, float_format='%.6f')
df = pd.read_csv(os.path.join(root, 'data_stats.csv'))
qs = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99]
out = {}
for c in ['normal', 'lognormal', 'signed', 'count']:
    s = df[c].dropna()
    out[c] = {
        'count': int(s.count()), 'nulls': int(df[c].isna().sum()),
        'mean': float(s.mean()), 'stdev': float(s.std()), 'median': float(s.median()), 'sum': float(s.sum()),
        'min': float(s.min()), 'max': float(s.max()), 'nunique': int(s.nunique()),
        'quantiles': qs,
        'nearest': [float(v) for v in s.quantile(qs, interpolation='nearest')],
        'lower': [float(v) for v in s.quantile(qs, interpolation='lower')],
    }
out['category'] = {k: int(v) for k, v in df['category'].value_counts().items()}
with open(os.path.join(root, 'data_stats.json'), 'w') as f:
    json.dump(out, f, indent=1)
