// Tabular: the bytes of a CSV input, all in memory or read from a file a block at a time.

import Foundation

/// A window onto the bytes of a CSV input, checked to be UTF-8 text without NUL bytes.
///
/// In memory the window is the whole input. From a file it holds a block of about 2 MiB
/// (more when one record is longer), so reading a large file never holds all of its text:
/// ``advance(keepingFrom:)`` drops what is consumed and reads the next block.
final class CSVSource {
    /// How many bytes a file read asks for, unless told otherwise.
    static let defaultBlockBytes = 1 << 21

    /// How many bytes each file read asks for.
    let blockBytes: Int

    /// The name used in error messages.
    let name: String

    /// The size of the input in bytes as the file system reports it, for estimates only: a
    /// pipe or a link reports no useful size, so the end is where a read returns nothing.
    let totalBytes: Int

    /// The bytes in the window.
    private(set) var bytes: UnsafeBufferPointer<UInt8>

    /// The offset in the input of the window's first byte.
    private(set) var start = 0

    /// Whether the window reaches the end of the input.
    private(set) var isComplete: Bool

    private let url: URL?
    private var handle: FileHandle?
    private var storage: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    private var validatedEnd = 0

    /// A source over bytes in memory, which must outlive it.
    ///
    /// - Throws: ``CSVError/notText(file:byteOffset:)`` or
    ///   ``CSVError/invalidUTF8(file:line:byteOffset:)``.
    init(memory: UnsafeBufferPointer<UInt8>, name: String) throws(CSVError) {
        self.name = name
        self.totalBytes = memory.count
        self.bytes = memory
        self.isComplete = true
        self.url = nil
        self.blockBytes = Self.defaultBlockBytes
        try validateNewBytes()
    }

    /// A source reading the file at `url` in blocks of `blockBytes` (small ones in tests).
    ///
    /// - Throws: ``CSVError`` when the file is missing, unreadable or not UTF-8 text.
    init(file url: URL, name: String, blockBytes: Int = defaultBlockBytes) throws(CSVError) {
        precondition(blockBytes > 0, "CSVSource: blockBytes \(blockBytes) must be positive")
        self.blockBytes = blockBytes
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if let problem = FileProblem.reading(from: url) {
            throw .unreadable(path: path, reason: problem)
        }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            self.totalBytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
            self.handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(path: path, reason: FileProblem.reading(from: url, failedWith: error))
        }
        self.name = name
        self.url = url
        self.bytes = UnsafeBufferPointer(start: nil, count: 0)
        self.isComplete = false
        repeat {
            try advance(keepingFrom: 0)
        } while bytes.count < 3 && !isComplete  // a byte-order mark must be seen whole
    }

    deinit {
        storage?.deallocate()
        try? handle?.close()
    }

    /// A new source over the same input, at its start.
    func restarted() throws(CSVError) -> CSVSource {
        guard let url else { return try CSVSource(memory: bytes, name: name) }
        return try CSVSource(file: url, name: name, blockBytes: blockBytes)
    }

    /// Drops the bytes before `offset` (an offset in the input) and reads the next block.
    ///
    /// - Throws: ``CSVError`` when reading fails or the new bytes are not UTF-8 text.
    func advance(keepingFrom offset: Int) throws(CSVError) {
        guard !isComplete, let handle else { return }
        let kept = start + bytes.count - offset
        keep(from: offset - start, count: kept)
        start = offset

        let block: Data
        do {
            block = try handle.read(upToCount: blockBytes) ?? Data()
        } catch {
            throw .unreadable(path: url?.path ?? name, reason: FileProblem.systemReason(error))
        }
        guard let storage else { return }
        _ = block.copyBytes(
            to: UnsafeMutableBufferPointer(start: storage + kept, count: block.count))
        bytes = UnsafeBufferPointer(start: storage, count: kept + block.count)
        isComplete = block.isEmpty
        try validateNewBytes()
    }

    /// Moves `count` bytes from `offset` in the window to its front, making room for a block.
    private func keep(from offset: Int, count: Int) {
        let needed = count + blockBytes
        if needed > capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, capacity * 2))
            if let storage {
                grown.initialize(from: storage + offset, count: count)
                storage.deallocate()
            }
            storage = grown
            capacity = max(needed, capacity * 2)
        } else if let storage, count > 0 {
            UnsafeMutableRawPointer(storage).copyMemory(
                from: UnsafeRawPointer(storage + offset), byteCount: count)
        }
    }

    /// Checks the bytes not yet checked, throwing with the line and offset of a problem.
    private func validateNewBytes() throws(CSVError) {
        let from = validatedEnd - start
        let unchecked = UnsafeBufferPointer(rebasing: bytes[from...])
        let (validCount, problem) = TextValidation.check(unchecked, isFinal: isComplete)
        validatedEnd += validCount
        switch problem {
        case .nulByte(let offset):
            throw .notText(file: name, byteOffset: validatedEnd - validCount + offset)
        case .invalidUTF8(let offset):
            let byteOffset = validatedEnd - validCount + offset
            throw .invalidUTF8(file: name, line: try line(at: byteOffset), byteOffset: byteOffset)
        case nil:
            return
        }
    }

    /// The line (from 1) of the byte at `offset`, reading the input again from its start.
    private func line(at offset: Int) throws(CSVError) -> Int {
        if start == 0 {
            return TextValidation.lineBreaks(in: UnsafeBufferPointer(rebasing: bytes[..<offset]))
                + 1
        }
        guard let url else { return 0 }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(
                path: url.path, reason: FileProblem.reading(from: url, failedWith: error))
        }
        return data.prefix(offset).count { $0 == 10 } + 1
    }
}
