# Facsimile: the two commands a new user needs are `make demo` and `make test`.

SWIFT ?= swift
SOURCES = Package.swift Sources Tests Benchmarks/Sources

.PHONY: all dependencies build demo test lint format docs benchmarks clean

all: build

dependencies:
	@scripts/ensure-dependencies.sh

build: dependencies
	$(SWIFT) build -c release --product facsimile

## Fits, samples and evaluates on the bundled iris table; writes into demo-output/.
demo: build
	.build/release/facsimile demo --out demo-output

## Lints the sources, runs every test, then builds the documentation with no warning allowed.
test: dependencies lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/build-documentation.sh --strict

lint:
	$(SWIFT) format lint --strict --recursive $(SOURCES)

format:
	$(SWIFT) format format --in-place --recursive $(SOURCES)

## Builds the DocC documentation into .docc-build/.
docs: dependencies
	scripts/build-documentation.sh

## Lists the benchmarks; run them with `swift run -c release Benchmarks run NAME --json`.
benchmarks: dependencies
	$(SWIFT) run -c release Benchmarks list

clean:
	rm -rf .build .docc-build
