// NeuralCore: the optimizer protocol and the error for invalid hyper-parameters.

/// Updates parameters from their accumulated gradients (PyTorch's `torch.optim`).
public protocol Optimizer: AnyObject {
    /// The parameters this optimizer updates, in a fixed order.
    var parameters: [Parameter] { get }

    /// Applies one update to every parameter that has a gradient; parameters without one
    /// (no backward pass reached them) are left alone, as in PyTorch.
    func step()

    /// The optimizer's internal state (moments, step counts) by name, for saving.
    func state() -> StateDictionary

    /// Restores state saved by ``state()`` from an optimizer over parameters of the same shapes.
    ///
    /// - Throws: ``StateError`` naming missing entries or mismatched shapes.
    func load(_ state: StateDictionary) throws(StateError)
}

extension Optimizer {
    /// Forgets every parameter's gradient, before the next backward pass.
    public func zeroGradients() {
        for parameter in parameters {
            parameter.zeroGradient()
        }
    }
}

/// One or more optimizer hyper-parameters outside their valid range.
///
/// Hyper-parameters often come from users (command-line flags), so they are checked with a
/// thrown error rather than a precondition; every bad value is reported at once.
public struct HyperparameterError: Error, CustomStringConvertible, Equatable {
    /// One bad hyper-parameter: its name, its value and what it must be.
    public struct Problem: Sendable, Equatable {
        /// The parameter's name, as the initializer spells it.
        public let name: String

        /// The value given.
        public let value: Float

        /// What a valid value is, for example "at least 0".
        public let requirement: String
    }

    /// Every problem found.
    public let problems: [Problem]

    /// One sentence per problem, with the fix.
    public var description: String {
        problems.map { "\($0.name) is \($0.value); it must be \($0.requirement)" }
            .joined(separator: "; ")
    }

    /// Checks `checks` (name, value, whether it is valid, requirement) and throws on any
    /// failure.
    static func validate(_ checks: [(String, Float, Bool, String)]) throws(HyperparameterError) {
        let problems = checks.filter { !$0.2 || $0.1.isNaN }
            .map { Problem(name: $0.0, value: $0.1, requirement: $0.3) }
        if !problems.isEmpty {
            throw HyperparameterError(problems: problems)
        }
    }
}
