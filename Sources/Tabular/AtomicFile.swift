// Tabular: writing a file through a temporary file that is renamed into place.

import Foundation

/// A file being written atomically: bytes go to a hidden temporary file in the destination's
/// folder, which ``commit()`` renames over the destination. Until then the destination is
/// untouched; ``discard()`` (or a failure) removes the temporary file.
final class AtomicFile {
    let destination: URL
    let temporary: URL
    private var handle: FileHandle?

    /// Creates the temporary file beside `destination`.
    ///
    /// - Throws: ``CSVError/unwritable(path:reason:)``.
    init(destination: URL) throws(CSVError) {
        self.destination = destination
        if let problem = FileProblem.writing(to: destination) {
            throw .unwritable(path: destination.path, reason: problem)
        }
        let folder = destination.deletingLastPathComponent()
        self.temporary = folder.appendingPathComponent(
            ".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw .unwritable(
                path: destination.path,
                reason: "a file cannot be created in its folder; choose a folder you may write to")
        }
        do {
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: destination.path, reason: FileProblem.systemReason(error))
        }
    }

    deinit {
        discard()
    }

    /// Appends `bytes` to the temporary file.
    ///
    /// - Throws: ``CSVError/unwritable(path:reason:)``; the temporary file is then removed.
    func write(_ bytes: [UInt8]) throws(CSVError) {
        guard let handle else {
            throw .unwritable(path: destination.path, reason: "the file was already closed")
        }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            discard()
            throw .unwritable(path: destination.path, reason: FileProblem.systemReason(error))
        }
    }

    /// Closes the temporary file and renames it over the destination.
    ///
    /// - Throws: ``CSVError/unwritable(path:reason:)``; the temporary file is then removed.
    func commit() throws(CSVError) {
        guard let handle else {
            throw .unwritable(path: destination.path, reason: "the file was already closed")
        }
        self.handle = nil
        do {
            try handle.close()
            try Self.rename(temporary, over: destination)
        } catch let error as CSVError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: destination.path, reason: FileProblem.systemReason(error))
        }
    }

    /// Renames `source` to `destination`, replacing it in one step.
    ///
    /// This is POSIX `rename(2)`, the one system call this module makes outside Foundation:
    /// `FileManager.replaceItemAt` fails with "file doesn't exist" on this Linux Foundation,
    /// and `moveItem` refuses an existing destination (removing it first would not be atomic).
    private static func rename(_ source: URL, over destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw CSVError.unwritable(
                path: destination.path, reason: "renaming the finished file failed (\(reason))")
        }
    }

    /// Closes and removes the temporary file, leaving the destination as it was.
    func discard() {
        guard let handle else { return }
        self.handle = nil
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
