// Synthesizers: the families of one-dimensional distributions a copula column can use.

/// A family of marginal distributions, named as the reference names them.
public enum DistributionFamily: String, Sendable, CaseIterable, Hashable {
    /// Normal, fitted by mean and population standard deviation.
    case norm
    /// Beta on a support just outside the data range (ends chosen by minimum Kolmogorov
    /// distance); the reference's default.
    case beta
    /// Normal truncated to the data range.
    case truncnorm
    /// Uniform on the data range.
    case uniform
    /// Gamma with its origin just below the data minimum.
    case gamma
    /// Gaussian kernel density estimate, Scott's bandwidth.
    case gaussianKDE = "gaussian_kde"

    /// The family called `name` (as the reference spells it, ignoring case, `-` same as `_`),
    /// or `nil`.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
        guard let family = Self(rawValue: key) else { return nil }
        self = family
    }
}
