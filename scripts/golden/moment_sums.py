"""Golden sums, means and standard deviations for @mlci/data's moment sums (packages/data/src/profile/moment-sums.ts).

Writes test/fixtures/golden/moment_sums.json:
- "small": columns of at most 1,024 rows (nulls included), where the engine must give pandas' own figures bit
  for bit: Series.sum(), .mean(), .std() (ddof=1) of pandas 1.5.3 with NumPy 1.24 (Debian python3), no
  bottleneck. Row counts straddle NumPy's pairwise-summation blocks (8, 128) and the nulls sit in place.
- "large": columns of more than 1,024 rows, where the engine must give the correctly rounded sum and mean (exact
  rational arithmetic, then one rounding) and the standard deviation of the exact variance √(M2/(n−1)) within
  one unit in the last place (M2 and the quotient are rounded before the square root).
Values are generated here, written as Python's shortest round-trip decimals (JSON), and pandas is given the
same doubles (a Series built from them, not read_csv, whose own decimal parsing is not at issue here).
Run: /usr/bin/python3 scripts/golden/moment_sums.py
"""
import json
import os
import random
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np
import pandas as pd

getcontext().prec = 60
root = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'golden')
rng = random.Random(20261202)


def column(kind, n):
    if kind == 'mixed':  # magnitudes from 1e-3 to 1e8, both signs
        values = [rng.uniform(-1, 1) * 10 ** rng.randint(-3, 8) for _ in range(n)]
    elif kind == 'decimals':  # prices with 2 decimals
        values = [round(rng.uniform(0, 500), 2) for _ in range(n)]
    elif kind == 'offset':  # large mean, small spread: cancellation in Σx² − (Σx)²/n
        values = [1.7e9 + rng.randint(0, 10 ** 6) / 8 for _ in range(n)]
    elif kind == 'integers':
        values = [rng.randint(-1000, 1000) for _ in range(n)]
    elif kind == 'tenths':  # a constant that is no double: pandas' stdev is not 0
        values = [0.1] * n
    else:
        raise ValueError(kind)
    return values


def with_nulls(values, share):
    return [None if rng.random() < share else v for v in values]


def pandas_figures(values):
    integers = all(v is not None and isinstance(v, int) for v in values)
    s = pd.Series(values, dtype='int64' if integers else 'float64')
    count = int(s.count())
    return {
        'sum': float(s.sum()),
        'mean': float(s.mean()) if count else None,
        'stdev': float(s.std()) if count > 1 else None,
    }


def exact_figures(values):
    xs = [Fraction(v) for v in values if v is not None]
    n = len(xs)
    total = sum(xs)
    mean = total / n
    m2 = sum((x - mean) ** 2 for x in xs)
    variance = m2 / (n - 1)
    return {
        'sum': float(total),
        'mean': float(mean),
        'stdev': float((Decimal(variance.numerator) / Decimal(variance.denominator)).sqrt()),
    }


out = {'small': [], 'large': []}
for n in [1, 2, 3, 7, 8, 9, 15, 16, 17, 127, 128, 129, 136, 255, 256, 257, 500, 1000, 1024]:
    for kind in ['mixed', 'decimals', 'offset', 'integers', 'tenths']:
        values = column(kind, n)
        out['small'].append({'kind': kind, 'values': values, 'pandas': pandas_figures(values)})
        if n >= 8 and kind != 'tenths':
            values = with_nulls(column(kind, n), 0.2)
            out['small'].append({'kind': kind + ' with nulls', 'values': values, 'pandas': pandas_figures(values)})
# Great Expectations' test column of expect_column_stdev_to_be_between: pandas 1.1547005383792517.
out['small'].append({'kind': 'GE dist1', 'values': [1, 1, 3], 'pandas': pandas_figures([1, 1, 3])})
for n in [1025, 3000, 10000]:
    for kind in ['mixed', 'decimals', 'offset', 'integers']:
        values = column(kind, n)
        if kind != 'integers':
            values = with_nulls(values, 0.1)
        out['large'].append({'kind': kind, 'values': values, 'exact': exact_figures(values)})

with open(os.path.join(root, 'moment_sums.json'), 'w') as f:
    json.dump(out, f, separators=(',', ':'))
    f.write('\n')
print('small', len(out['small']), 'large', len(out['large']), 'numpy', np.__version__, 'pandas', pd.__version__)
