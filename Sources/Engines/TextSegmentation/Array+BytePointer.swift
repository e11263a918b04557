extension Array where Element == UInt8 {
    /// Calls `body` with the address of the array's first byte, for the scanners that take a pointer and a length.
    ///
    /// A buffer may have no address when it is empty; then `body` gets the address of a local byte instead, which a
    /// length of 0 never reads. So building a table from an empty key cannot trap.
    func withBytePointer<Result>(_ body: (UnsafePointer<UInt8>) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { return try body(base) }
            var none: UInt8 = 0
            return try withUnsafePointer(to: &none) { try body($0) }
        }
    }
}
