// Facsimile: the umbrella module. `import Facsimile` brings every public module.

@_exported import JSONFormat
@_exported import Linalg
@_exported import Metadata
@_exported import Metrics
@_exported import NeuralCore
@_exported import Reports
@_exported import Synthesizers
@_exported import Tabular
