#!/usr/bin/python3
"""Writes the benchmark model: an MLP float32[-1, 64] -> 3 x (1024, ReLU) -> float32[-1, 10] (softmax), ~2.2 M
parameters (~9 MB) with seeded random weights, to the path given (bench/.data/mlp.onnx; generated, not committed).
Usage: /usr/bin/python3 bench/serve/make_mlp.py OUT.onnx"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(7)
sizes = [64, 1024, 1024, 1024, 10]
nodes, inits, prev = [], [], 'input'
for i in range(len(sizes) - 1):
    w = (rng.standard_normal((sizes[i], sizes[i + 1])) / np.sqrt(sizes[i])).astype(np.float32)
    b = np.zeros(sizes[i + 1], dtype=np.float32)
    inits += [numpy_helper.from_array(w, f'W{i}'), numpy_helper.from_array(b, f'B{i}')]
    nodes += [helper.make_node('MatMul', [prev, f'W{i}'], [f'm{i}']), helper.make_node('Add', [f'm{i}', f'B{i}'], [f'a{i}'])]
    prev = f'a{i}'
    if i < len(sizes) - 2:
        nodes.append(helper.make_node('Relu', [prev], [f'r{i}']))
        prev = f'r{i}'
nodes.append(helper.make_node('Softmax', [prev], ['scores'], axis=-1))
graph = helper.make_graph(nodes, 'mlp', [helper.make_tensor_value_info('input', TensorProto.FLOAT, ['batch', 64])],
                          [helper.make_tensor_value_info('scores', TensorProto.FLOAT, ['batch', 10])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='mlci-bench')
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
