"""Writes ctgan-step.json: three whole CTGAN training iterations (each a critic update, then a
generator update) computed by ctgan 0.12 on PyTorch, for CTGANStepParityTests.

Run: python3 make_ctgan_step.py  (ctgan 0.12.x, torch 2.x, CPU).

The networks are ctgan's own `Generator` and `Discriminator`, the activation and the condition
loss are `CTGAN._apply_activate` and `CTGAN._cond_loss`, and the statements of the two steps
follow `CTGAN.fit`. Every random quantity is drawn here once and written to the file, so the
Swift test feeds the same values: the initial weights, the noise, the conditions, the row
permutation and the real rows, the Gumbel noise (ctgan's `functional.gumbel_softmax` is
replaced by the same formula with the noise given), the dropout masks (ctgan's `Dropout`
layers are replaced by layers multiplying by a given mask / 0.5, which is what
`nn.Dropout` computes) and the penalty's `alpha` (`torch.rand` answers it during
`calc_gradient_penalty`).

The encoded row: tanh scalar, 3 modes, tanh scalar, 2 modes, 3 categories (width 10); the
condition is the one discrete column (width 3); embedding 8, generator and critic (16, 16),
pac 2, batch 8.
"""
import json
import sys
import types

import numpy as np
import torch
from ctgan.data_transformer import SpanInfo
from ctgan.synthesizers import ctgan as ctgan_module
from ctgan.synthesizers.ctgan import CTGAN, Discriminator, Generator
from torch import nn, optim

torch.manual_seed(20260)
rng = np.random.default_rng(20260)
# The small setup of the fixture, or with --iris-sized CTGAN's default sizes on an iris-like
# row (4 continuous columns of 10 modes, one 3-category column) for one iteration, which
# takes the multi-threaded paths; that file (ctgan-step-iris-sized.json, ~15 MB) is not kept.
IRIS_SIZED = '--iris-sized' in sys.argv
if IRIS_SIZED:
    BATCH, EMBEDDING, PAC, HIDDEN, ITERATIONS, MODES = 500, 128, 10, 256, 1, [10, 10, 10, 10]
else:
    BATCH, EMBEDDING, PAC, HIDDEN, ITERATIONS, MODES = 8, 8, 2, 16, 3, [3, 2]
CONDITION = 3
SPANS = [[SpanInfo(1, 'tanh'), SpanInfo(modes, 'softmax')] for modes in MODES]
SPANS.append([SpanInfo(CONDITION, 'softmax')])
BOUNDS = []  # (start, end, kind) of every span
for column in SPANS:
    for span in column:
        start = BOUNDS[-1][1] if BOUNDS else 0
        BOUNDS.append((start, start + span.dim, span.activation_fn))
WIDTH = BOUNDS[-1][1]
CHOICE_SPANS = [(start, end) for start, end, kind in BOUNDS if kind == 'softmax']
DISCRETE_START = BOUNDS[-1][0]


class MaskedDropout(nn.Module):
    """`nn.Dropout(0.5)` with its masks taken from a queue."""

    def __init__(self):
        super().__init__()
        self.masks = []

    def forward(self, input_):
        return input_ * (self.masks.pop(0) / 0.5)


def tensor(array):
    return torch.tensor(np.asarray(array), dtype=torch.float32)


def flat(value):
    """Float32 values in 9 significant digits: enough to give each back exactly."""
    return [float(f'{x:.9g}') for x in value.detach().flatten().tolist()]


def named(pairs):
    """Values by PyTorch name without the `seq.` prefix, which NeuralCore's names lack."""
    return {k.removeprefix('seq.'): flat(v) for k, v in pairs if 'num_batches' not in k}


model = CTGAN(embedding_dim=EMBEDDING, generator_dim=(HIDDEN, HIDDEN),
              discriminator_dim=(HIDDEN, HIDDEN), batch_size=BATCH, pac=PAC)
model._transformer = types.SimpleNamespace(output_info_list=SPANS)
generator = Generator(EMBEDDING + CONDITION, (HIDDEN, HIDDEN), WIDTH)
discriminator = Discriminator(WIDTH + CONDITION, (HIDDEN, HIDDEN), pac=PAC)
droppers = {}
for index, layer in enumerate(discriminator.seq):
    if isinstance(layer, nn.Dropout):
        droppers[index] = discriminator.seq[index] = MaskedDropout()
initial = {
    'generator': named(generator.state_dict().items()),
    'critic': named(discriminator.state_dict().items()),
}
optimizerG = optim.Adam(generator.parameters(), lr=2e-4, betas=(0.5, 0.9), weight_decay=1e-6)
optimizerD = optim.Adam(discriminator.parameters(), lr=2e-4, betas=(0.5, 0.9),
                        weight_decay=1e-6)


def rounded(array):
    """Random inputs to 6 decimals, so that the file stays small; both sides use these."""
    return np.round(array, 6).tolist()


def random_inputs(passes):
    """The random quantities of one step; `gumbel` is full width, zero in scalar columns, and
    each dropout layer (2 and 5) has one mask per pass through the critic."""
    categories = rng.integers(0, CONDITION, BATCH)
    gumbel = np.zeros((BATCH, WIDTH))
    for start, end in CHOICE_SPANS:
        gumbel[:, start:end] = -np.log(rng.exponential(size=(BATCH, end - start)))
    gumbel = rounded(gumbel)
    masks = {str(i): [rng.integers(0, 2, (BATCH // PAC, HIDDEN)).tolist()
                      for _ in range(passes)] for i in (2, 5)}
    return {
        'noise': rounded(rng.standard_normal((BATCH, EMBEDDING))),
        'categories': categories.tolist(),
        'gumbel': gumbel,
        'masks': masks,
    }


def feed_gumbel(gumbel):
    """Replaces ctgan's Gumbel draw: each call takes the next choice span's columns."""
    spans = list(CHOICE_SPANS)

    def gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1):
        start, end = spans.pop(0)
        return ((logits + gumbel[:, start:end]) / tau).softmax(dim)

    ctgan_module.functional = types.SimpleNamespace(
        gumbel_softmax=gumbel_softmax, cross_entropy=nn.functional.cross_entropy)


def condition(categories):
    c1 = torch.zeros(BATCH, CONDITION)
    c1[torch.arange(BATCH), torch.tensor(categories)] = 1
    return c1, torch.ones(BATCH, 1)


def real_rows(categories):
    """Encoded rows holding the given categories: scalars in (−1, 1), one-hot modes."""
    rows = np.zeros((BATCH, WIDTH))
    for (start, _, _), (_, end, _) in zip(BOUNDS[0:-1:2], BOUNDS[1:-1:2]):
        rows[:, start] = rng.uniform(-0.9, 0.9, BATCH)
        rows[np.arange(BATCH), start + 1 + rng.integers(0, end - start - 1, BATCH)] = 1
    rows[np.arange(BATCH), DISCRETE_START + np.asarray(categories)] = 1
    return rounded(rows)


def critic_step():
    """One critic update, as the inner loop of `CTGAN.fit`."""
    inputs = random_inputs(3)  # fake pass, real pass, penalty pass
    perm = rng.permutation(BATCH)
    inputs['permutation'] = perm.tolist()
    inputs['real'] = real_rows(np.asarray(inputs['categories'])[perm])
    inputs['alpha'] = rounded(rng.uniform(size=BATCH // PAC))
    for index in (2, 5):
        droppers[index].masks = [tensor(m) for m in inputs['masks'][str(index)]]
    feed_gumbel(tensor(inputs['gumbel']))

    c1, m1 = condition(inputs['categories'])
    fakez = torch.cat([tensor(inputs['noise']), c1], dim=1)
    c2 = c1[torch.tensor(perm)]
    fake = generator(fakez)
    fakeact = model._apply_activate(fake)
    real = tensor(inputs['real'])
    fake_cat = torch.cat([fakeact, c1], dim=1)
    real_cat = torch.cat([real, c2], dim=1)
    y_fake = discriminator(fake_cat)
    y_real = discriminator(real_cat)
    original_rand = torch.rand
    torch.rand = lambda *shape, **options: tensor(inputs['alpha']).view(-1, 1, 1)
    pen = discriminator.calc_gradient_penalty(real_cat, fake_cat, 'cpu', PAC)
    torch.rand = original_rand
    loss_d = -(torch.mean(y_real) - torch.mean(y_fake))
    optimizerD.zero_grad(set_to_none=False)
    pen.backward(retain_graph=True)
    loss_d.backward()
    gradients = named((k, p.grad) for k, p in discriminator.named_parameters())
    optimizerD.step()
    return {
        'inputs': inputs,
        'fakeActivated': flat(fakeact),
        'wasserstein': float(loss_d.detach()),
        'penalty': float(pen.detach()),
        'gradients': gradients,
        'parameters': named(discriminator.named_parameters()),
    }


def generator_step():
    """One generator update, as the end of the loop of `CTGAN.fit`."""
    inputs = random_inputs(1)
    for index in (2, 5):
        droppers[index].masks = [tensor(m) for m in inputs['masks'][str(index)]]
    feed_gumbel(tensor(inputs['gumbel']))

    c1, m1 = condition(inputs['categories'])
    fakez = torch.cat([tensor(inputs['noise']), c1], dim=1)
    fake = generator(fakez)
    fakeact = model._apply_activate(fake)
    y_fake = discriminator(torch.cat([fakeact, c1], dim=1))
    cross_entropy = model._cond_loss(fake, c1, m1)
    loss_g = -torch.mean(y_fake) + cross_entropy
    optimizerG.zero_grad(set_to_none=False)
    loss_g.backward()
    gradients = named((k, p.grad) for k, p in generator.named_parameters())
    optimizerG.step()
    return {
        'inputs': inputs,
        'raw': flat(fake),
        'activated': flat(fakeact),
        'crossEntropy': float(cross_entropy.detach()),
        'loss': float(loss_g.detach()),
        'gradients': gradients,
        'parameters': named(generator.named_parameters()),
        'buffers': named((k, v) for k, v in generator.state_dict().items() if 'running' in k),
    }


# Three iterations, so that Adam's moments and bias corrections are followed past step 1
# (where every update is ±lr whatever the gradient's size).
iterations = []
for _ in range(ITERATIONS):
    critic = critic_step()
    iterations.append({'criticStep': critic, 'generatorStep': generator_step()})
setup = {
    'batch': BATCH, 'embedding': EMBEDDING, 'pack': PAC, 'hidden': HIDDEN,
    'spans': [{'start': start, 'end': end, 'isScalar': kind == 'tanh'}
              for start, end, kind in BOUNDS],
}
output = 'ctgan-step-iris-sized.json' if IRIS_SIZED else 'ctgan-step.json'
json.dump({
    'setup': setup,
    'initial': initial,
    'iterations': iterations,
    'torchVersion': torch.__version__,
}, open(output, 'w'), separators=(',', ':'))
