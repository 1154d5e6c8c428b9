#!/usr/bin/env bash
# Builds the DocC documentation into .docc-build/: one archive per public module, and
# Facsimile.doccarchive with the getting-started article (Documentation/Facsimile.docc).
#
# Symbol graphs come from the compiler. A module's own catalog, where it has one
# (Sources/<Module>/Documentation.docc), adds its overview and articles.
set -euo pipefail
cd "$(dirname "$0")/.."

graphs=.build/symbol-graphs
rm -rf "$graphs" .docc-build
mkdir -p "$graphs" .docc-build

swift build --target Facsimile \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"

empty_catalog=$(mktemp -d)/Empty.docc
mkdir -p "$empty_catalog"

for module in Facsimile Tabular JSONFormat Metadata Linalg NeuralCore Synthesizers Metrics \
    Reports; do
    module_graphs=$(mktemp -d)
    cp "$graphs/$module.symbols.json" "$module_graphs/"
    cp "$graphs/$module"@*.symbols.json "$module_graphs/" 2>/dev/null || true

    catalog="Sources/$module/Documentation.docc"
    [ "$module" = Facsimile ] && catalog=Documentation/Facsimile.docc
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
