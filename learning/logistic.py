"""Logistic regression: a probability from weighted features, and the weights that fit labelled rows best.

The cleaner's line model (stories/cleaning/lines.py) and the alignment's pair scorer (verification/engine/pairjoin.py)
are such models; their trainers (manage.py train_lines, eval/train_joins.py) fit them here. A few dozen features and
a few thousand rows: Newton's method on the L2-penalised likelihood converges in a handful of steps, no library needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

MAX_STEPS = 50
TOLERANCE = 1e-6  # a step no weight moves by more than this ends the fit


def logistic(z: float) -> float:
    """The probability of a weighted sum (clipped: a sum beyond 60 is a certainty, and exp would overflow)."""
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def predict(weights: Sequence[float], bias: float, row: Sequence[float]) -> float:
    """The probability a fitted model (:func:`fit`'s weights and bias) gives one row of features."""
    return logistic(bias + sum(w * x for w, x in zip(weights, row)))


def fit(rows: Sequence[tuple[Sequence[float], float]], *, l2: float = 1.0) -> tuple[list[float], float]:
    """Weights and bias maximising the likelihood of (features, label) rows, a label 1 or 0, less l2 times half the
    squared weights (the bias is not penalised): Newton's method."""
    if not rows:
        raise ValueError("no rows to learn from")
    k = len(rows[0][0]) + 1
    beta = [0.0] * k
    for _ in range(MAX_STEPS):
        grad, hess = _gradient_and_hessian(rows, beta, k)
        for a in range(k - 1):
            grad[a] -= l2 * beta[a]
            hess[a][a] += l2
        step = _solve_cholesky(hess, grad)
        beta = [b + s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < TOLERANCE:
            break
    return beta[:-1], beta[-1]


def _gradient_and_hessian(
    rows: Sequence[tuple[Sequence[float], float]], beta: list[float], k: int
) -> tuple[list[float], list[list[float]]]:
    """The likelihood's gradient and the negated Hessian at beta (the bias as a last feature of 1)."""
    grad = [0.0] * k
    hess = [[0.0] * k for _ in range(k)]
    for x, y in rows:
        v = [*x, 1.0]
        p = logistic(sum(b * xi for b, xi in zip(beta, v)))
        w = p * (1 - p)
        for a in range(k):
            grad[a] += (y - p) * v[a]
            wa = w * v[a]
            row = hess[a]
            for c in range(a, k):
                row[c] += wa * v[c]
    for a in range(k):
        for c in range(a):
            hess[a][c] = hess[c][a]
    return grad, hess


def _solve_cholesky(a: list[list[float]], b: list[float]) -> list[float]:
    """The x of a x = b for a symmetric positive definite a (the penalised Hessian): by its Cholesky factor."""
    n = len(b)
    low = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            dot = sum(low[i][m] * low[j][m] for m in range(j))
            low[i][j] = math.sqrt(max(a[i][i] - dot, 1e-12)) if i == j else (a[i][j] - dot) / low[j][j]
    y = []
    for i in range(n):
        y.append((b[i] - sum(low[i][m] * y[m] for m in range(i))) / low[i][i])
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(low[m][i] * x[m] for m in range(i + 1, n))) / low[i][i]
    return x
