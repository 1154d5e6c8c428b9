"""Reference side of the NeuralCore benchmarks: the same CTGAN and TVAE steps in PyTorch.

Usage: python3 neural.py [ctgan-step] [tvae-step] [ctgan-memory] [normal-noise-1m]
                         [--threads N]

Prints one JSON line per benchmark, in the shape of `Benchmarks run --json`. The steps follow
ctgan 0.12.1 (`CTGAN.fit` and `TVAE.fit`) line for line on random data of the contract's shape:
150 data columns laid out as 12 continuous columns (1 tanh scalar + 9 mode indicators) and 3
discrete columns of 10 categories, 30 condition columns, batch 500, pac 10. The data sampler
(numpy condition vectors, row lookup) is replaced by the same cheap random draws as the Swift
side, so both sides time the networks. torch.set_num_threads is set to --threads (default: the
number of CPUs, which is also what OpenBLAS uses on the Swift side by default).

`ctgan-step` runs the critic step as ctgan does, with the generator's forward pass recorded
(its backward pass then runs too, although only the critic is updated). `ctgan-step-nograd`
is the same step with that forward pass under `torch.no_grad()`, which is what the Swift side
does: it measures the speed of the two libraries on the same arithmetic.
"""

import json
import os
import statistics
import sys
import time

import numpy as np
import torch
from torch import nn
from torch.nn import functional

BATCH, PAC, EMBEDDING, CONDITION, DATA = 500, 10, 128, 30, 150
SPANS = []
for block in range(12):
    SPANS.append((block * 10, block * 10 + 1, 'tanh'))
    SPANS.append((block * 10 + 1, block * 10 + 10, 'softmax'))
for block in range(3):
    SPANS.append((120 + block * 10, 130 + block * 10, 'softmax'))
DISCRETE = [(120, 130), (130, 140), (140, 150)]


def random_rows(rows, rng):
    parts = []
    for start, end, kind in SPANS:
        if kind == 'tanh':
            parts.append(rng.uniform(-0.99, 0.99, size=(rows, 1)))
        else:
            picks = rng.integers(0, end - start, size=rows)
            parts.append(np.eye(end - start)[picks])
    return torch.from_numpy(np.concatenate(parts, axis=1).astype('float32'))


class Residual(nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.fc = nn.Linear(inputs, outputs)
        self.bn = nn.BatchNorm1d(outputs)

    def forward(self, x):
        return torch.cat([torch.relu(self.bn(self.fc(x))), x], dim=1)


class Critic(nn.Module):
    def __init__(self, inputs):
        super().__init__()
        self.pacdim = inputs * PAC
        self.seq = nn.Sequential(
            nn.Linear(self.pacdim, 256), nn.LeakyReLU(0.2), nn.Dropout(0.5),
            nn.Linear(256, 256), nn.LeakyReLU(0.2), nn.Dropout(0.5), nn.Linear(256, 1))

    def forward(self, x):
        return self.seq(x.view(-1, self.pacdim))

    def gradient_penalty(self, real, fake, weight=10):
        alpha = torch.rand(real.size(0) // PAC, 1, 1)
        alpha = alpha.repeat(1, PAC, real.size(1)).view(-1, real.size(1))
        mixed = alpha * real + (1 - alpha) * fake
        if not mixed.requires_grad:  # only in ctgan-step-nograd, where fake is a constant
            mixed.requires_grad_(True)
        scores = self(mixed)
        gradients = torch.autograd.grad(
            outputs=scores, inputs=mixed, grad_outputs=torch.ones(scores.size()),
            create_graph=True, retain_graph=True, only_inputs=True)[0]
        norms = gradients.view(-1, PAC * real.size(1)).norm(2, dim=1) - 1
        return (norms ** 2).mean() * weight


class CTGANStep:
    def __init__(self, generator_without_grad=False):
        self.generator_without_grad = generator_without_grad
        width = EMBEDDING + CONDITION
        self.generator = nn.Sequential(
            Residual(width, 256), Residual(width + 256, 256), nn.Linear(width + 512, DATA))
        self.critic = Critic(DATA + CONDITION)
        self.optimizer_g = torch.optim.Adam(
            self.generator.parameters(), lr=2e-4, betas=(0.5, 0.9), weight_decay=1e-6)
        self.optimizer_d = torch.optim.Adam(
            self.critic.parameters(), lr=2e-4, betas=(0.5, 0.9), weight_decay=1e-6)
        self.rng = np.random.default_rng(1)
        self.real = random_rows(BATCH, self.rng)

    def conditions(self):
        columns = self.rng.integers(0, 3, size=BATCH)
        categories = self.rng.integers(0, 10, size=BATCH)
        vector = np.zeros((BATCH, CONDITION), dtype='float32')
        vector[np.arange(BATCH), columns * 10 + categories] = 1
        mask = np.zeros((BATCH, 3), dtype='float32')
        mask[np.arange(BATCH), columns] = 1
        return torch.from_numpy(vector), torch.from_numpy(mask)

    @staticmethod
    def activate(raw):
        parts = []
        for start, end, kind in SPANS:
            if kind == 'tanh':
                parts.append(torch.tanh(raw[:, start:end]))
            else:
                parts.append(functional.gumbel_softmax(raw[:, start:end], tau=0.2))
        return torch.cat(parts, dim=1)

    def condition_loss(self, raw, vector, mask):
        losses = []
        for index, (start, end) in enumerate(DISCRETE):
            target = torch.argmax(vector[:, index * 10:(index + 1) * 10], dim=1)
            losses.append(functional.cross_entropy(raw[:, start:end], target, reduction='none'))
        return (torch.stack(losses, dim=1) * mask).sum() / raw.size(0)

    def run(self):
        # Critic step, exactly as ctgan: the generator runs with gradients recorded.
        noise = torch.normal(mean=torch.zeros(BATCH, EMBEDDING), std=torch.ones(BATCH, EMBEDDING))
        vector, _ = self.conditions()
        noise = torch.cat([noise, vector], dim=1)
        permutation = np.arange(BATCH)
        self.rng.shuffle(permutation)
        shuffled = vector[permutation]
        if self.generator_without_grad:
            with torch.no_grad():
                fake = self.activate(self.generator(noise))
        else:
            fake = self.activate(self.generator(noise))
        fake_cat = torch.cat([fake, vector], dim=1)
        real_cat = torch.cat([self.real, shuffled], dim=1)
        y_fake = self.critic(fake_cat)
        y_real = self.critic(real_cat)
        penalty = self.critic.gradient_penalty(real_cat, fake_cat)
        loss_d = -(torch.mean(y_real) - torch.mean(y_fake))
        self.optimizer_d.zero_grad(set_to_none=False)
        penalty.backward(retain_graph=True)
        loss_d.backward()
        self.optimizer_d.step()

        # Generator step.
        noise = torch.normal(mean=torch.zeros(BATCH, EMBEDDING), std=torch.ones(BATCH, EMBEDDING))
        vector, mask = self.conditions()
        noise = torch.cat([noise, vector], dim=1)
        raw = self.generator(noise)
        y_fake = self.critic(torch.cat([self.activate(raw), vector], dim=1))
        loss_g = -torch.mean(y_fake) + self.condition_loss(raw, vector, mask)
        self.optimizer_g.zero_grad(set_to_none=False)
        loss_g.backward()
        self.optimizer_g.step()
        return {'critic_loss': float(loss_d.detach()), 'generator_loss': float(loss_g.detach())}


class TVAEStep:
    def __init__(self):
        self.encoder = nn.Sequential(nn.Linear(DATA, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU())
        self.fc1 = nn.Linear(128, EMBEDDING)
        self.fc2 = nn.Linear(128, EMBEDDING)
        self.decoder = nn.Sequential(
            nn.Linear(EMBEDDING, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(),
            nn.Linear(128, DATA))
        self.sigma = nn.Parameter(torch.ones(DATA) * 0.1)
        parameters = (list(self.encoder.parameters()) + list(self.fc1.parameters())
                      + list(self.fc2.parameters()) + list(self.decoder.parameters())
                      + [self.sigma])
        self.optimizer = torch.optim.Adam(parameters, weight_decay=1e-5)
        self.real = random_rows(BATCH, np.random.default_rng(1))

    def run(self):
        self.optimizer.zero_grad()
        real = self.real
        feature = self.encoder(real)
        mu, logvar = self.fc1(feature), self.fc2(feature)
        std = torch.exp(0.5 * logvar)
        emb = torch.randn_like(std) * std + mu
        rec = self.decoder(emb)
        loss = []
        for start, end, kind in SPANS:
            if kind == 'tanh':
                deviation = self.sigma[start]
                eq = real[:, start] - torch.tanh(rec[:, start])
                loss.append((eq ** 2 / 2 / (deviation ** 2)).sum())
                loss.append(torch.log(deviation) * real.size()[0])
            else:
                loss.append(functional.cross_entropy(
                    rec[:, start:end], torch.argmax(real[:, start:end], dim=-1), reduction='sum'))
        kld = -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp())
        total = sum(loss) * 2 / real.size()[0] + kld / real.size()[0]
        total.backward()
        self.optimizer.step()
        self.sigma.data.clamp_(0.01, 1.0)
        return {'loss': float(total.detach())}


def resident_bytes():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
    return 0


def timed(name, step, repetitions):
    step.run()
    seconds, counters = [], {}
    for _ in range(repetitions):
        start = time.perf_counter()
        counters = step.run()
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    line = {'benchmark': name, 'median_seconds': seconds[len(seconds) // 2],
            'min_seconds': seconds[0], 'max_seconds': seconds[-1], 'repetitions': repetitions,
            'torch_threads': torch.get_num_threads(),
            'openblas_num_threads_env': os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}
    line.update(counters)
    print(json.dumps(line), flush=True)


def memory(step, steps=10_000):
    start = time.perf_counter()
    at_1000 = 0
    for index in range(1, steps + 1):
        step.run()
        if index == 1000:
            at_1000 = resident_bytes()
    print(json.dumps({'benchmark': 'ctgan-memory', 'median_seconds': time.perf_counter() - start,
                      'repetitions': 1, 'resident_bytes_at_1000': at_1000,
                      'resident_bytes_at_10000': resident_bytes()}), flush=True)


class NormalNoise:
    """One million standard normal values, as torch.randn draws them."""

    def run(self):
        noise = torch.randn(1000, 1000)
        return {'first': float(noise[0, 0])}


def main(arguments):
    threads = os.cpu_count()
    if '--threads' in arguments:
        threads = int(arguments[arguments.index('--threads') + 1])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    known = ('ctgan-step', 'ctgan-step-nograd', 'tvae-step', 'ctgan-memory', 'normal-noise-1m')
    names = [a for a in arguments if a in known]
    for name in names or ['ctgan-step', 'ctgan-step-nograd', 'tvae-step']:
        if name == 'ctgan-step':
            timed(name, CTGANStep(), 30)
        elif name == 'ctgan-step-nograd':
            timed(name, CTGANStep(generator_without_grad=True), 30)
        elif name == 'tvae-step':
            timed(name, TVAEStep(), 50)
        elif name == 'normal-noise-1m':
            timed(name, NormalNoise(), 20)
        else:
            memory(CTGANStep())


if __name__ == '__main__':
    main(sys.argv[1:])
