// Tabular: why a path cannot be read or written, in words that say what to do instead.

import Foundation

/// Plain reasons why a file cannot be read from or written to a path, for error messages.
///
/// Foundation's own errors on Linux often reach a user as "The operation could not be
/// completed (NSCocoaErrorDomain error 512)". Every module that reads or writes a file asks
/// here first, so that a folder given where a file was meant, a missing folder or a missing
/// permission is named as such, with the fix.
///
/// ```swift
/// if let problem = FileProblem.writing(to: url) {
///     throw MyError.unwritable(path: url.path, reason: problem)
/// }
/// ```
public enum FileProblem {
    /// Why the file at `url` cannot be read, or `nil` when nothing stands in the way.
    ///
    /// The reason ends with the fix: "it is a folder; give the path of a file", say.
    public static func reading(from url: URL) -> String? {
        let path = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return "there is no such file; check the path"
        }
        if isFolder.boolValue {
            return "it is a folder; give the path of a file"
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return "you may not read it; check its permissions"
        }
        return nil
    }

    /// Why a file cannot be written at `url` (created, or replaced when it exists), or `nil`
    /// when nothing stands in the way.
    ///
    /// The reason ends with the fix: "the folder '/data/out' does not exist; create it first
    /// or choose another path", say.
    public static func writing(to url: URL) -> String? {
        let path = url.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                return "it is a folder; give the path of a file inside it"
            }
            if !FileManager.default.isWritableFile(atPath: path) {
                return "the file exists and you may not replace it; check its permissions"
            }
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            return "the folder '\(folder)' does not exist; create it first or choose another path"
        }
        guard isFolder.boolValue else {
            return "'\(folder)' is a file, not a folder; choose a path inside a folder"
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            return "you may not write in the folder '\(folder)'; choose a folder you may write to"
        }
        return nil
    }

    /// The reason to show for `error`, thrown while reading `url`: the plain reason when one
    /// is found, else the system's own words.
    public static func reading(from url: URL, failedWith error: any Error) -> String {
        reading(from: url) ?? systemReason(error)
    }

    /// The reason to show for `error`, thrown while writing `url`: the plain reason when one
    /// is found, else the system's own words.
    public static func writing(to url: URL, failedWith error: any Error) -> String {
        writing(to: url) ?? systemReason(error)
    }

    /// `reason` as it is when it already says what to do (it holds "; "), else followed by
    /// `fix`: a system's reason such as "No space left on device" says nothing of a fix.
    package static func withFix(_ reason: String, orElse fix: String) -> String {
        reason.contains("; ") ? reason : "\(reason); \(fix)"
    }

    /// The operating system's description of what failed: the POSIX error beneath a
    /// Foundation error when there is one (such as "No space left on device").
    static func systemReason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code)))
        }
        return error.localizedDescription
    }
}
