#!/usr/bin/env bash
# Builds the DocC documentation of every public module into .docc-build/Facsimile.doccarchive.
#
# Symbol graphs come from the compiler; the catalog in Documentation/Facsimile.docc adds the
# landing page and the articles.
set -euo pipefail
cd "$(dirname "$0")/.."

graphs=.build/symbol-graphs
rm -rf "$graphs" .docc-build
mkdir -p "$graphs" .docc-build

swift build --target Facsimile \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"

docc convert Documentation/Facsimile.docc \
    --additional-symbol-graph-dir "$graphs" \
    --fallback-display-name Facsimile \
    --fallback-bundle-identifier org.facsimile.Facsimile \
    --output-path .docc-build/Facsimile.doccarchive

echo "Documentation written to .docc-build/Facsimile.doccarchive"
