"""The example project's own tests, as a user would write them (run by pytest; ml-ci reads their JUnit XML).

    /usr/bin/python3 -m pytest examples/tests --junitxml=mlci-results/junit/pytest.xml

MLCI_PREDICTIONS names the predictions file under test (default: examples/predictions/candidate.csv).
"""
import os

import onnx
import pandas as pd
import pytest

EXAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREDICTIONS = os.environ.get("MLCI_PREDICTIONS", os.path.join(EXAMPLES, "predictions", "candidate.csv"))


@pytest.fixture(scope="module")
def predictions():
    return pd.read_csv(PREDICTIONS)


def test_predictions_have_the_columns_model_eval_reads(predictions):
    assert list(predictions.columns) == ["label", "prediction", "score", "size_group"]


def test_scores_are_probabilities(predictions):
    assert predictions["score"].between(0, 1).all()


def test_prediction_is_the_score_thresholded_at_one_half(predictions):
    assert ((predictions["score"] >= 0.5).astype(int) == predictions["prediction"]).all()


def test_every_tumour_size_is_represented(predictions):
    assert set(predictions["size_group"]) == {"small", "medium", "large"}


def test_model_signature_is_what_the_server_expects():
    model = onnx.load(os.path.join(EXAMPLES, "models", "model.onnx"))
    onnx.checker.check_model(model)
    (inp,) = model.graph.input
    assert inp.name == "input"
    assert [d.dim_value or -1 for d in inp.type.tensor_type.shape.dim] == [-1, 30]
    assert [o.name for o in model.graph.output] == ["label", "probabilities"]
