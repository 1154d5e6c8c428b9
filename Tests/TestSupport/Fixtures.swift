// TestSupport: where the test fixtures live, for every test target.

import Foundation

/// Locates the files under `Tests/Fixtures`, which the repository carries so that tests never
/// read anything outside it.
public enum Fixtures {
    /// The `Tests/Fixtures` folder of this checkout.
    public static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The fixture at `relativePath` below `Tests/Fixtures`, for example `"datasets/iris.csv"`.
    public static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// A fresh, empty temporary folder for a test's output.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("facsimile-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
