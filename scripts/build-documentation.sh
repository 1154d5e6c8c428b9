#!/usr/bin/env bash
# Builds the DocC documentation into .docc-build/: one archive per public module, and
# Facsimile.doccarchive with the getting-started article (Documentation/Facsimile.docc).
#
# Symbol graphs come from the compiler. A module's own catalog, where it has one
# (Sources/<Module>/Documentation.docc), adds its overview and articles.
#
# With --strict (as `make test` runs it), any DocC warning (a broken symbol link, an
# undocumented parameter) fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
strict=false
[ "${1:-}" = --strict ] && strict=true

# A build path of its own, built from scratch each time: the compiler writes a module's symbol
# graph only when it compiles the module, and the umbrella's graph (which carries every
# re-exported module's symbols) is not rebuilt when only a dependency's doc comments change.
scratch=.build/documentation
graphs=$scratch/symbol-graphs
rm -rf "$scratch" .docc-build
mkdir -p "$graphs" .docc-build

swift build --target Facsimile --scratch-path "$scratch" \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"

empty_catalog=$(mktemp -d)/Empty.docc
mkdir -p "$empty_catalog"

# The umbrella archive holds every module's symbols, so it also takes every module's articles
# (not their root pages): a doc comment's <doc:Detection> then resolves there too.
umbrella_catalog=$(mktemp -d)/Facsimile.docc
cp -R Documentation/Facsimile.docc/. "$umbrella_catalog"
for article in Sources/*/Documentation.docc/*.md; do
    owner=$(basename "$(dirname "$(dirname "$article")")")
    [ "$(basename "$article" .md)" = "$owner" ] || cp "$article" "$umbrella_catalog/"
done

for module in Facsimile Tabular JSONFormat Metadata Linalg NeuralCore Synthesizers Metrics \
    Reports; do
    module_graphs=$(mktemp -d)
    cp "$graphs/$module.symbols.json" "$module_graphs/"
    cp "$graphs/$module"@*.symbols.json "$module_graphs/" 2>/dev/null || true

    catalog="Sources/$module/Documentation.docc"
    [ "$module" = Facsimile ] && catalog="$umbrella_catalog"
    [ -d "$catalog" ] || catalog="$empty_catalog"

    docc convert "$catalog" \
        --additional-symbol-graph-dir "$module_graphs" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "org.facsimile.$module" \
        --output-path ".docc-build/$module.doccarchive" \
        > ".docc-build/$module.log" 2>&1 || {
        cat ".docc-build/$module.log" >&2
        exit 1
    }
    grep -i "warning" ".docc-build/$module.log" >&2 || true
    rm -rf "$module_graphs"
done

echo "Documentation written to .docc-build/ (one .doccarchive per module)"
if $strict && grep -qi "warning" .docc-build/*.log; then
    echo "error: DocC reported the warnings above; fix them (see .docc-build/<module>.log)" >&2
    exit 1
fi
