/// A signed sum kept exactly in 128 bits of fixed point (10⁻⁶ units), for amounts such as money whose totals can
/// exceed what 64-bit fixed point (``FixedPoint``) holds; adding is exact, so sums merge in any order. Encoded as a
/// decimal string so JSON readers lose no digits. In the core so a plugin's aggregator can keep exact sums too.
public struct ExactSum: Codable, Sendable, Equatable {
    /// The sum in units of 10⁻⁶.
    public var units: Int128

    /// Zero.
    public init() { units = 0 }

    /// Adds a value, rounded to the nearest unit; non-finite values are ignored.
    public mutating func add(_ value: Double) {
        guard value.isFinite else { return }
        let scaled = (value * FixedPoint.scale).rounded()
        guard abs(scaled) < 1e36 else { return }
        units += Int128(scaled)
    }

    /// Adds another sum, saturating instead of trapping; true when it overflowed (sums come from state files too, so a
    /// damaged one must give an error, not a crash).
    @discardableResult
    public mutating func add(_ other: ExactSum) -> Bool {
        let (sum, overflow) = units.addingReportingOverflow(other.units)
        units = overflow ? (other.units > 0 ? .max : .min) : sum
        return overflow
    }

    /// The sum as a number.
    public var value: Double { Double(units) / FixedPoint.scale }

    /// Decodes the decimal string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let units = Int128(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an integer: \(text)"))
        }
        self.units = units
    }

    /// Encodes the units as a decimal string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(units))
    }
}
