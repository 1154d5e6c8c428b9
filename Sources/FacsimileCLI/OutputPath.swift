// FacsimileCLI: checking where a command will write before it does any work.

import Facsimile
import Foundation

/// The paths a command writes to, checked before it reads, trains or samples anything: a
/// model that took minutes to train must not be lost to a mistyped folder at the end.
enum OutputPath {
    /// Throws when no file can be written at `path`, naming the option it came from.
    ///
    /// - Throws: ``CommandError`` with the reason and the fix.
    static func check(_ path: String, option: String) throws {
        if let problem = FileProblem.writing(to: URL(fileURLWithPath: path)) {
            throw CommandError("cannot write --\(option) '\(path)': \(problem)")
        }
    }

    /// Throws when `path` cannot be a folder to write files into: it is a file, or it does
    /// not exist and cannot be created. Creates it when missing.
    ///
    /// - Throws: ``CommandError`` with the reason and the fix.
    static func prepareFolder(_ folder: URL, option: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CommandError(
                    "cannot write into --\(option) '\(folder.path)': it is a file, not a "
                        + "folder; give the path of a folder (it is created when missing)")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            let reason = FileProblem.writing(to: folder, failedWith: error)
            throw CommandError(
                "cannot create the folder --\(option) '\(folder.path)': \(reason)")
        }
    }
}
