// TestSupport: comparing floating-point results with stated tolerances.

/// Whether `actual` is within `absolute + relative · |expected|` of `expected`.
///
/// Tests state both tolerances and say in a comment why they are what they are. Two NaNs are
/// close (an undefined result that should stay undefined); a NaN and a number are not.
public func isClose(
    _ actual: Double,
    _ expected: Double,
    absolute: Double = 1e-12,
    relative: Double = 1e-12
) -> Bool {
    if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
    if actual == expected { return true }
    return abs(actual - expected) <= absolute + relative * abs(expected)
}

/// Whether two sequences have equal lengths and are elementwise close (see ``isClose``).
public func areClose(
    _ actual: [Double],
    _ expected: [Double],
    absolute: Double = 1e-12,
    relative: Double = 1e-12
) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy {
            isClose($0, $1, absolute: absolute, relative: relative)
        }
}
