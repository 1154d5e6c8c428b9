// Facsimile: the version of the package.

/// The version of the Facsimile package, as `facsimile --version` prints it and model files
/// record it.
public enum FacsimileVersion {
    /// The version, in semantic-versioning form.
    public static let current = "0.1.0"
}
