// Reports: a linear map from data values to pixels, with round ("nice") tick values.

/// Maps a data interval onto a pixel interval and chooses round tick values.
///
/// The domain is widened to multiples of a round step (1, 2 or 5 times a power of ten), so
/// the first and last ticks sit on the ends of the axis.
struct LinearScale {
    /// The data interval, low to high.
    private(set) var domain: ClosedRange<Double>
    /// The pixel interval; `range.0` is where `domain.lowerBound` lands (may be the larger
    /// pixel, as on a y axis that grows upward).
    var range: (Double, Double)
    /// The distance between ticks, in data units.
    private(set) var step: Double

    /// A scale over the values `low...high` with about `tickCount` ticks. A degenerate or
    /// non-finite interval is widened to a unit around its value.
    init(low: Double, high: Double, range: (Double, Double), tickCount: Int = 5) {
        var (lower, upper) = (low, high)
        if !lower.isFinite || !upper.isFinite {
            (lower, upper) = (0, 1)
        }
        if lower > upper { (lower, upper) = (upper, lower) }
        if lower == upper {
            let pad = lower == 0 ? 1 : abs(lower) * 0.1
            (lower, upper) = (lower - pad, upper + pad)
        }
        let step = Self.niceStep((upper - lower) / Double(max(1, tickCount)))
        self.step = step
        self.domain = (lower / step).rounded(.down) * step...(upper / step).rounded(.up) * step
        self.range = range
    }

    /// The pixel position of `value`.
    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let share = (value - domain.lowerBound) / span
        return range.0 + share * (range.1 - range.0)
    }

    /// The map as `offset + slope · value`, for loops over many points.
    var affine: (offset: Double, slope: Double) {
        let slope = (range.1 - range.0) / (domain.upperBound - domain.lowerBound)
        return (range.0 - slope * domain.lowerBound, slope)
    }

    /// The tick values from the low end of the domain to the high end.
    var ticks: [Double] {
        let count = Int(((domain.upperBound - domain.lowerBound) / step).rounded())
        return (0...max(0, min(count, 50))).map { domain.lowerBound + Double($0) * step }
    }

    /// The tick values written for people, with as many decimals as the step needs.
    func tickLabel(_ value: Double) -> String {
        NumberText.tick(abs(value) < step * 1e-9 ? 0 : value, step: step)
    }

    /// The smallest round number (1, 2 or 5 × 10^k) at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        let exponent = rough.log10Floor
        var power = 1.0
        for _ in 0..<Int(abs(exponent)) { power *= 10 }
        if exponent < 0 { power = 1 / power }
        let fraction = rough / power
        let nice: Double =
            switch fraction {
            case ...1: 1
            case ...2: 2
            case ...5: 5
            default: 10
            }
        return nice * power
    }
}
