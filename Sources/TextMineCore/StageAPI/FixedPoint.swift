/// Exact fixed-point arithmetic for mergeable sums of fractional values.
///
/// `Double` addition is not associative, so sums built in a different order (another `--jobs`, another shard split)
/// differ in their last bits. Sums kept as integers in units of 10⁻⁶ merge exactly.
public enum FixedPoint {
    /// Units per 1.0.
    public static let scale: Double = 1_000_000

    /// Converts a value to fixed point (rounded to the nearest unit).
    @inlinable
    public static func units(_ value: Double) -> Int64 { Int64((value * scale).rounded()) }

    /// Converts fixed point back to a value.
    @inlinable
    public static func value(_ units: Int64) -> Double { Double(units) / scale }
}
