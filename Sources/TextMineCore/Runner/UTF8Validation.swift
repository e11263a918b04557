/// UTF-8 validation without decoding.
public enum UTF8Validation {
    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or nil when all bytes are valid.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF:
                    length = 2
                    scalar = UInt32(byte & 0x1F)
                    minimum = 0x80
                case 0xE0...0xEF:
                    length = 3
                    scalar = UInt32(byte & 0x0F)
                    minimum = 0x800
                case 0xF0...0xF4:
                    length = 4
                    scalar = UInt32(byte & 0x07)
                    minimum = 0x10000
                default: return index
                }
                guard index + length <= count else { return index }
                for offset in 1..<length {
                    let next = buffer[index + offset]
                    guard next & 0xC0 == 0x80 else { return index }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
                index += length
            }
            return nil
        }
    }
}
