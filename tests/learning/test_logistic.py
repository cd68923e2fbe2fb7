"""learning/logistic.py: the fit the line model's and the pair scorer's trainers share learns which way each feature
points, keeps its penalty off the bias, and refuses to learn from nothing; the probability never overflows."""

import pytest

from learning.logistic import fit, logistic, predict


def test_the_fit_learns_which_feature_tells_the_label():
    # the first feature is the label, the second noise that says nothing of it
    rows = [([float(k % 2), float(k % 3 == 0)], k % 2) for k in range(60)]
    weights, bias = fit(rows)
    assert weights[0] > 2 and abs(weights[1]) < 0.5
    assert logistic(bias + weights[0]) > 0.8 > 0.2 > logistic(bias)


def test_the_penalty_shrinks_the_weights_and_spares_the_bias():
    # three rows in four labelled 1 whatever the features: only the bias has anything to learn
    rows = [([0.0, 0.0], 1)] * 30 + [([0.0, 0.0], 0)] * 10
    weights, bias = fit(rows)
    assert weights == [0.0, 0.0]
    assert logistic(bias) == pytest.approx(0.75)
    separable = [([1.0], 1)] * 20 + [([0.0], 0)] * 20
    loose, tight = fit(separable, l2=0.1)[0][0], fit(separable, l2=10.0)[0][0]
    assert loose > tight > 0


def test_no_rows_are_refused():
    with pytest.raises(ValueError, match="no rows"):
        fit([])


@pytest.mark.parametrize("z", [-1000.0, -60.0, 0.0, 60.0, 1000.0])
def test_the_probability_of_any_sum_is_a_probability(z):
    assert 0.0 <= logistic(z) <= 1.0  # no OverflowError from exp, however far the sum
    assert logistic(z) + logistic(-z) == pytest.approx(1.0)


def test_a_fitted_model_predicts_the_logistic_of_its_weighted_sum():
    assert predict([2.0, -1.0], 0.5, [1.0, 3.0]) == pytest.approx(logistic(-0.5))
    assert predict([], 0.0, []) == 0.5
