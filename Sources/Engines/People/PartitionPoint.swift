/// The index of the first element of `elements` for which `isAtOrAfter` holds, or `elements.count`: a binary search
/// over elements ordered so that the predicate is false for a prefix and true after it (ranges sorted by start, names
/// in text order). One helper for the engines' look-ups by offset.
@inlinable
public func partitionPoint<T>(_ elements: [T], _ isAtOrAfter: (T) -> Bool) -> Int {
    var lo = 0
    var hi = elements.count
    while lo < hi {
        let m = (lo + hi) >> 1
        if isAtOrAfter(elements[m]) { hi = m } else { lo = m + 1 }
    }
    return lo
}

/// The index of the first range in `ranges` (sorted by lower bound) that starts at or after `offset`, or
/// `ranges.count`.
func firstRange(startingAtOrAfter offset: Int, in ranges: [Range<Int>]) -> Int {
    partitionPoint(ranges) { $0.lowerBound >= offset }
}
