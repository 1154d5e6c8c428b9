#!/usr/bin/env python3
"""Makes mixture-parity.json: sklearn's variational mixture, configured as the reference's
mode-specific normalisation configures it, on excerpts of shared datasets.

Usage: python3 make_mixture_fixtures.py [--data ../../../../../shared/datasets]

For each column the fixture holds the values (numerical columns mean-filled, as Facsimile's
preprocessing leaves them), the k-means labels sklearn starts from (random_state 42), and the
fitted mixture: expected weights, means, standard deviations (square roots of the expected
covariances), iterations, lower bound, and the posterior (predict_proba) at a few probe values.
Fits from other random states show how much the result depends on the k-means start.
"""
import argparse
import json
import os
import warnings

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.mixture import BayesianGaussianMixture
from sklearn.utils import check_random_state

warnings.filterwarnings("ignore")

COLUMNS = {
    "credit": ["Seniority", "Age", "Income", "Assets", "Amount"],
    "diamonds": ["carat", "depth", "price"],
}
ROWS = 1500


def mixture(random_state, components):
    return BayesianGaussianMixture(
        n_components=components, weight_concentration_prior_type="dirichlet_process",
        weight_concentration_prior=0.001, random_state=random_state)


def describe(model):
    return {
        "weights": model.weights_.tolist(),
        "means": model.means_.ravel().tolist(),
        "standard_deviations": np.sqrt(model.covariances_).ravel().tolist(),
        "active": int((model.weights_ > 0.005).sum()),
        "iterations": int(model.n_iter_),
        "lower_bound": float(model.lower_bound_),
        "converged": bool(model.converged_),
    }


def column_record(dataset, name, values):
    x = values.reshape(-1, 1)
    components = min(len(values), 10)
    labels = KMeans(n_clusters=components, n_init=1,
                    random_state=check_random_state(42)).fit(x).labels_
    model = mixture(42, components).fit(x)
    probes = np.quantile(values, [0.01, 0.25, 0.5, 0.75, 0.99])
    record = {
        "dataset": dataset, "column": name, "values": values.tolist(),
        "kmeans_labels": labels.tolist(), "sklearn": describe(model),
        "probes": probes.tolist(),
        "probe_posteriors": model.predict_proba(probes.reshape(-1, 1)).tolist(),
        "other_seeds": [describe(mixture(seed, components).fit(x)) for seed in range(5)],
    }
    return record


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(here, *[".."] * 5, "shared", "datasets"))
    arguments = parser.parse_args()
    records = []
    for dataset, names in COLUMNS.items():
        frame = pd.read_csv(os.path.join(arguments.data, f"{dataset}.csv"))
        frame = frame.sample(n=ROWS, random_state=7).reset_index(drop=True)
        for name in names:
            column = frame[name].astype(float)
            records.append(column_record(dataset, name, column.fillna(column.mean()).to_numpy()))
    with open(os.path.join(here, "mixture-parity.json"), "w") as file:
        json.dump({"rows": ROWS, "columns": records}, file)


if __name__ == "__main__":
    main()
