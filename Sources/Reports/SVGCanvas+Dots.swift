// Reports: scatter plot dots: many points written as one SVG path, a pixel at most once.

extension SVGCanvas {
    /// Many dots drawn as one path (a zero-length segment per point with round caps), at
    /// whole pixels: about 10 bytes per point instead of 40 for a `<circle>`. Points are given
    /// in data units and placed by the two scales; non-finite ones are skipped, and so is a
    /// point on a pixel the path already covers (one path is painted once, so a repeated
    /// pixel would not darken it: dropping it changes nothing on screen).
    ///
    /// - Complexity: O(p), written byte by byte: this is the page's hottest loop.
    mutating func dots(
        xs: [Double], ys: [Double], x: LinearScale, y: LinearScale, color: String,
        size: Double = 3.5, opacity: Double = 0.55
    ) {
        guard !xs.isEmpty else { return }
        pathStart(color: color, size: size, opacity: opacity)
        var covered = PixelSet(width: width, height: height)
        let (xMap, yMap) = (x.affine, y.affine)
        let count = min(xs.count, ys.count)
        // At most "M", two integers of 20 digits and a sign each, " " and "h0" per point.
        sink.write(atMost: count * 46) { start in
            xs.withUnsafeBufferPointer { xs in
                ys.withUnsafeBufferPointer { ys in
                    covered.withBits { covered in
                        var cursor = start
                        for index in 0..<count {
                            let px = xMap.offset + xMap.slope * xs[index]
                            let py = yMap.offset + yMap.slope * ys[index]
                            guard abs(px) < 1e9, abs(py) < 1e9 else { continue }  // also NaN
                            let (column, row) = (Self.nearest(px), Self.nearest(py))
                            guard covered.insert(column, row) else { continue }
                            cursor.pointee = UInt8(ascii: "M")
                            cursor = Self.write(column, at: cursor + 1)
                            cursor.pointee = UInt8(ascii: " ")
                            cursor = Self.write(row, at: cursor + 1)
                            cursor[0] = UInt8(ascii: "h")
                            cursor[1] = UInt8(ascii: "0")
                            cursor += 2
                        }
                        return cursor - start
                    }
                }
            }
        }
        sink.append("\"/>")
    }

    /// The whole number nearest to `value` (halves upward), for |value| < 10⁹, without a call
    /// into the C library.
    @inline(__always)
    static func nearest(_ value: Double) -> Int {
        let shifted = value + 0.5
        let truncated = Int(shifted)
        return Double(truncated) > shifted ? truncated - 1 : truncated
    }

    /// Writes the decimal digits of `value` (|value| < 10⁹) at `cursor` and returns the
    /// position after them; pixels below 1000 take a short path.
    @inline(__always)
    private static func write(_ value: Int, at cursor: UnsafeMutablePointer<UInt8>)
        -> UnsafeMutablePointer<UInt8>
    {
        let zero = UInt8(ascii: "0")
        switch value {
        case 0..<10:
            cursor[0] = zero + UInt8(value)
            return cursor + 1
        case 10..<100:
            cursor[0] = zero + UInt8(value / 10)
            cursor[1] = zero + UInt8(value % 10)
            return cursor + 2
        case 100..<1000:
            cursor[0] = zero + UInt8(value / 100)
            cursor[1] = zero + UInt8(value / 10 % 10)
            cursor[2] = zero + UInt8(value % 10)
            return cursor + 3
        default:
            var start = cursor
            if value < 0 {
                cursor.pointee = UInt8(ascii: "-")
                start += 1
            }
            return ByteSink.write(UInt64(value.magnitude), minimumDigits: 1, at: start)
        }
    }
}

/// The whole pixels of a picture already drawn on, one bit each.
struct PixelSet {
    private let columns: Int
    private let rows: Int
    private var words: [UInt64]

    /// An empty set over a `width` × `height` picture.
    init(width: Double, height: Double) {
        columns = Int(max(0, min(1e5, width.rounded(.up)))) + 1
        rows = Int(max(0, min(1e5, height.rounded(.up)))) + 1
        words = [UInt64](repeating: 0, count: (columns * rows + 63) / 64)
    }

    /// Runs `body` with the set's bits in hand (no copy-on-write check per pixel).
    mutating func withBits<Result>(_ body: (inout Bits) -> Result) -> Result {
        let (columns, rows) = (self.columns, self.rows)
        return words.withUnsafeMutableBufferPointer { words in
            var bits = Bits(columns: columns, rows: rows, words: words)
            return body(&bits)
        }
    }

    /// The bits of a ``PixelSet``, borrowed for a loop.
    struct Bits {
        let columns: Int
        let rows: Int
        let words: UnsafeMutableBufferPointer<UInt64>

        /// Adds the pixel `(column, row)`; `false` when it was already there. Pixels outside
        /// the picture are never recorded, so they always count as new.
        @inline(__always)
        func insert(_ column: Int, _ row: Int) -> Bool {
            guard column >= 0, column < columns, row >= 0, row < rows else { return true }
            let bit = row * columns + column
            let mask = UInt64(1) << UInt64(bit & 63)
            guard words[bit >> 6] & mask == 0 else { return false }
            words[bit >> 6] |= mask
            return true
        }
    }
}
