extension Array where Element == UInt8 {
    /// Appends `value` as decimal ASCII digits (with a leading `-` when negative), without going through `String`.
    ///
    /// The digits are appended one byte at a time: handing the few digits to `append(contentsOf:)` went through
    /// Array's uniqueness check and a `memmove` call per number, most of the cost of writing the aggregate state's
    /// integer lists (millions of numbers at each checkpoint).
    public mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in  // UInt64.max has 20 digits
            var index = digits.count
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            for digit in digits[index...] { append(digit) }
        }
    }
}
