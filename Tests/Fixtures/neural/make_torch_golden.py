"""Writes torch-golden.json: figures from PyTorch for NeuralCore's golden tests.

Run: python3 make_torch_golden.py  (torch 2.x, CPU). Every input is a closed-form function of
its index (no random numbers), so the Swift test rebuilds the same inputs exactly.
"""
import json
import math

import torch
from torch import nn

torch.set_default_dtype(torch.float32)


def filled(rows, columns, scale, shift):
    return torch.tensor([[math.sin(scale * (r * columns + c) + shift) for c in range(columns)]
                         for r in range(rows)], dtype=torch.float32)


# A critic: Linear(6→5), LeakyReLU(0.2), Linear(5→1); a WGAN-GP critic loss on 4 rows, then
# two Adam steps with CTGAN's settings.
first, second = nn.Linear(6, 5), nn.Linear(5, 1)
with torch.no_grad():
    first.weight.copy_(filled(5, 6, 0.7, 0.1) * 0.5)
    first.bias.copy_(filled(1, 5, 1.3, 0.2)[0] * 0.1)
    second.weight.copy_(filled(1, 5, 0.9, 0.3) * 0.5)
    second.bias.copy_(torch.tensor([0.05]))
critic = nn.Sequential(first, nn.LeakyReLU(0.2), second)
parameters = list(critic.parameters())
optimizer = torch.optim.Adam(parameters, lr=2e-4, betas=(0.5, 0.9), weight_decay=1e-6)
x = filled(4, 6, 0.37, 0.5)
penalties, gradients = [], None
for step in range(2):
    optimizer.zero_grad()
    points = x.clone().requires_grad_(True)
    scores = critic(points)
    slope = torch.autograd.grad(scores, points, torch.ones_like(scores), create_graph=True)[0]
    penalty = ((slope.norm(2, dim=1) - 1) ** 2).mean() * 10
    loss = penalty - scores.mean()
    loss.backward()
    if step == 0:
        gradients = [p.grad.detach().flatten().tolist() for p in parameters]
    penalties.append(float(penalty.detach()))
    optimizer.step()

# Batch norm in training: forward, input gradient of a weighted sum, running statistics.
norm = nn.BatchNorm1d(3)
inputs = filled(5, 3, 0.8, 0.0).mul(2).requires_grad_(True)
weights = filled(5, 3, 0.45, 1.0)
output = norm(inputs)
(output * weights).sum().backward()

# Cross-entropy and the Gaussian KL of TVAE.
logits = filled(3, 4, 1.1, 0.4) * 2
targets = torch.tensor([2, 0, 3])
cross_entropy = nn.functional.cross_entropy(logits, targets, reduction='none')
mean, log_variance = filled(2, 3, 0.5, 0.0), filled(2, 3, 0.6, 1.5)
kl = -0.5 * torch.sum(1 + log_variance - mean ** 2 - log_variance.exp())

json.dump({
    'critic': {
        'penalties': penalties,
        'gradients': gradients,
        'parameters_after_two_steps': [p.detach().flatten().tolist() for p in parameters],
    },
    'batch_norm': {
        'output': output.detach().flatten().tolist(),
        'input_gradient': inputs.grad.flatten().tolist(),
        'running_mean': norm.running_mean.tolist(),
        'running_var': norm.running_var.tolist(),
    },
    'cross_entropy': cross_entropy.tolist(),
    'kl': float(kl),
    'torch_version': torch.__version__,
}, open('torch-golden.json', 'w'), indent=1)
