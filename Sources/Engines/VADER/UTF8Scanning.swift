// Byte-level helpers that reproduce the Python string operations VADER relies
// on (`str.split()`, `str.strip(string.punctuation)`, `len`, iteration by code
// point) directly on UTF-8.

/// Sentinel returned by `decodeScalar` for an invalid or truncated sequence.
@usableFromInline let invalidScalar: UInt32 = 0xFFFF_FFFF

/// Decodes the scalar starting at `p[i]` (`i < n`). Returns the scalar value and
/// the sequence length; invalid bytes decode as `(invalidScalar, 1)`.
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
    let b0 = p[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    if b0 < 0xC2 { return (invalidScalar, 1) }
    if b0 < 0xE0 {
        guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return (invalidScalar, 1) }
        return (UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
    }
    if b0 < 0xF0 {
        guard i + 2 < n else { return (invalidScalar, 1) }
        let b1 = p[i + 1]
        let b2 = p[i + 2]
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
            !(b0 == 0xE0 && b1 < 0xA0), !(b0 == 0xED && b1 >= 0xA0)
        else { return (invalidScalar, 1) }
        return (UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
    }
    if b0 < 0xF5 {
        guard i + 3 < n else { return (invalidScalar, 1) }
        let b1 = p[i + 1]
        let b2 = p[i + 2]
        let b3 = p[i + 3]
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80,
            !(b0 == 0xF0 && b1 < 0x90), !(b0 == 0xF4 && b1 >= 0x90)
        else { return (invalidScalar, 1) }
        return (
            UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6
                | UInt32(b3 & 0x3F), 4
        )
    }
    return (invalidScalar, 1)
}

/// Length in bytes of the Python whitespace character (`str.isspace()`) at
/// `p[i]`, or 0. Covers \t \n \v \f \r, U+001C–U+001F, space, U+0085, U+00A0,
/// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
@inline(__always)
func whitespaceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
    let b = p[i]
    if b < 0x80 {
        return (b == 0x20 || b &- 0x09 < 5 || b &- 0x1C < 4) ? 1 : 0
    }
    switch b {
    case 0xC2:
        guard i + 1 < n else { return 0 }
        let b1 = p[i + 1]
        return (b1 == 0x85 || b1 == 0xA0) ? 2 : 0
    case 0xE1:
        guard i + 2 < n else { return 0 }
        return (p[i + 1] == 0x9A && p[i + 2] == 0x80) ? 3 : 0
    case 0xE2:
        guard i + 2 < n else { return 0 }
        let b1 = p[i + 1]
        let b2 = p[i + 2]
        if b1 == 0x80 {
            return (b2 <= 0x8A && b2 >= 0x80) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0
        }
        return (b1 == 0x81 && b2 == 0x9F) ? 3 : 0
    case 0xE3:
        guard i + 2 < n else { return 0 }
        return (p[i + 1] == 0x80 && p[i + 2] == 0x80) ? 3 : 0
    default:
        return 0
    }
}

/// Python's `string.punctuation`: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
@inline(__always)
func isASCIIPunctuation(_ b: UInt8) -> Bool {
    // bits 33...47 and 58...64 of the low word; 91...96 and 123...126 of the high word
    let low: UInt64 = 0xFC00_FFFE_0000_0000
    let high: UInt64 = 0x7800_0001_F800_0001
    if b < 64 { return (low >> UInt64(b)) & 1 == 1 }
    if b < 128 { return (high >> UInt64(b - 64)) & 1 == 1 }
    return false
}
