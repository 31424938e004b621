"""The benchmark suite (suite.yml) in pandas: read_csv, then vectorised checks. Prints JSON on stdout.
Usage: /usr/bin/python3 pandas_checks.py <file.csv>
"""
import json
import resource
import sys
import time

import pandas as pd

start = time.perf_counter()
cpu_start = time.process_time()
df = pd.read_csv(sys.argv[1])
cols = ['id', 'user_id', 'age', 'income', 'score', 'ratio', 'category', 'country', 'email', 'active', 'visits', 'balance']


def between(s, lo=None, hi=None):
    s = s.dropna()
    bad = pd.Series(False, index=s.index)
    if lo is not None:
        bad |= s < lo
    if hi is not None:
        bad |= s > hi
    return int(bad.sum())


r = [
    len(df),
    sorted(df.columns) == sorted(cols),
    int(df['id'].isna().sum()),
    int(df['age'].isna().sum()),
    between(df['age'], 18, 100),
    between(df['score'], 0, 1),
    between(df['ratio'], -1, 1),
    between(df['income'], 0),
    int((~df['category'].dropna().isin(['electronics', 'books', 'garden', 'toys', 'food'])).sum()),
    int((~df['active'].dropna().isin([True, False])).sum()),
    int(df['country'].dropna().isin(['XX', 'ZZ']).sum()),
    int((~df['email'].dropna().astype(str).str.contains(r'^[^@]+@[^@]+$', regex=True)).sum()),
    between(df['country'].dropna().astype(str).str.len(), 2, 2),
    int(df['id'].dropna().duplicated(keep=False).sum()),
    float(df['income'].mean()),
    float(df['ratio'].std()),
    float(df['balance'].min()),
    float(df['visits'].max()),
    float(df['score'].median()),
    int(df['country'].nunique()),
]
seconds = time.perf_counter() - start
print(json.dumps({'seconds': seconds, 'cpuSeconds': time.process_time() - cpu_start, 'peakRssMB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'results': r}))
