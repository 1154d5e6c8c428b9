// NeuralCoreTests: programmer mistakes that must stay traps.

import NeuralCore
import Testing

@Suite("Preconditions")
struct PreconditionTests {
    @Test func mismatchedMatrixProductTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = Tensor.matmul(Tensor(zeros: [2, 3]), Tensor(zeros: [2, 3]))
        }
    }

    @Test func shapesThatDoNotBroadcastTrap() async {
        await #expect(processExitsWith: .failure) {
            _ = Tensor(zeros: [2, 3]) + Tensor(zeros: [2])
        }
    }

    @Test func backwardFromANonScalarTraps() async {
        await #expect(processExitsWith: .failure) {
            Variable(Tensor(zeros: [2]), requiresGradient: true).backward()
        }
    }
}
