// Synthesizers: the model file container: header, payload, checksum, atomic writes.

import Foundation
import Tabular

/// The container of a model file.
///
/// ```
/// offset  size  content
/// 0       8     magic "FCSMODEL"
/// 8       4     format version, little-endian UInt32 (currently 1)
/// 12      8     payload length P, little-endian UInt64
/// 20      P     payload (see TableSynthesizer+Coding.swift)
/// 20+P    4     CRC-32 (IEEE 802.3, reflected, as zlib) of bytes 0 ..< 20+P
/// ```
/// Checks on reading, in order: magic (else ``ModelFileError/notAModelFile(path:)``), version
/// (``ModelFileError/newerVersion(path:found:supported:)``), length
/// (``ModelFileError/truncated(path:bytes:expected:)``), checksum
/// (``ModelFileError/checksumMismatch(path:stored:computed:)``).
public enum ModelFile {
    /// The magic bytes every model file starts with.
    public static let magic: [UInt8] = Array("FCSMODEL".utf8)
    /// The format version this build writes and the newest it reads.
    public static let formatVersion = 1
    static let headerSize = 20

    /// Wraps a payload in header and checksum.
    public static func container(payload: [UInt8]) -> [UInt8] {
        var writer = ModelWriter()
        writer.append(raw: magic)
        let version = UInt32(formatVersion)
        writer.append(raw: (0..<4).map { UInt8(truncatingIfNeeded: version >> (8 * $0)) })
        writer.write(UInt64(payload.count))
        writer.append(raw: payload)
        let crc = CRC32.checksum(writer.bytes)
        writer.append(raw: (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * $0)) })
        return writer.bytes
    }

    /// Checks a container and returns its payload.
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - path: The file's path, for messages.
    /// - Throws: ``ModelFileError`` naming what is wrong.
    public static func payload(of bytes: [UInt8], path: String) throws(ModelFileError) -> [UInt8] {
        let prefix = Array(bytes.prefix(magic.count))
        guard prefix == Array(magic.prefix(prefix.count)) else { throw .notAModelFile(path: path) }
        guard bytes.count >= headerSize else {
            if bytes.count < magic.count && bytes.isEmpty { throw .notAModelFile(path: path) }
            throw .truncated(path: path, bytes: bytes.count, expected: headerSize + 4)
        }
        let version = (0..<4).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        guard version <= formatVersion else {
            throw .newerVersion(path: path, found: version, supported: formatVersion)
        }
        var reader = ModelReader(bytes: bytes, offset: 12)
        let length = try reader.readUInt64()
        guard length <= UInt64(Int.max - headerSize - 4),
            bytes.count >= headerSize + Int(length) + 4
        else {
            let expected = length > UInt64(Int.max / 2) ? Int.max : headerSize + Int(length) + 4
            throw .truncated(path: path, bytes: bytes.count, expected: expected)
        }
        let end = headerSize + Int(length)
        guard bytes.count == end + 4 else {
            throw .malformed("'\(path)' has \(bytes.count - end - 4) bytes after its checksum")
        }
        let stored = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[end + $1]) << UInt32(8 * $1) }
        let computed = CRC32.checksum(bytes[0..<end])
        guard stored == computed else {
            throw .checksumMismatch(path: path, stored: stored, computed: computed)
        }
        return Array(bytes[headerSize..<end])
    }

    /// Writes bytes atomically: to a temporary file beside the target, then renamed over it,
    /// so a failure never leaves half a file.
    ///
    /// - Throws: ``ModelFileError/io(path:reason:)``.
    public static func writeAtomically(_ bytes: [UInt8], to url: URL) throws(ModelFileError) {
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .io(path: url.path, reason: FileProblem.writing(to: url, failedWith: error))
        }
    }

    /// Reads a whole file.
    ///
    /// - Throws: ``ModelFileError/io(path:reason:)``.
    public static func read(_ url: URL) throws(ModelFileError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw .io(path: url.path, reason: FileProblem.reading(from: url, failedWith: error))
        }
    }
}

/// CRC-32 as in zlib and PNG (polynomial 0xEDB88320, reflected, initial and final XOR
/// 0xFFFFFFFF); `checksum("123456789") == 0xCBF43926`.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `bytes`.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32
    where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }
}
