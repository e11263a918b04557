/// Finds documents whose id an earlier document of the same run had (`--stdin-jsonl` with an id twice, a file list
/// naming one file twice): the second and later ones are reported as `duplicate_id` and not processed, so no document
/// is counted twice and the per-document tables keep unique keys.
///
/// Sorted inputs (file lists) only need the previous id. Streams keep a 128-bit digest per id (two independent
/// 64-bit hashes, 16 bytes a document), so memory grows with the stream but never holds its texts or ids.
struct DuplicateIDs {
    private let sorted: Bool
    private var previous: String?
    private var seen: Set<Digest> = []

    private struct Digest: Hashable {
        var first: UInt64
        var second: UInt64
    }

    init(sorted: Bool) { self.sorted = sorted }

    /// Replaces every repeated id in `batch` (against the batch and everything before it) by `.duplicate`.
    mutating func mark(_ batch: inout [PendingDocument]) {
        for index in batch.indices {
            let id = batch[index].id
            if case .invalid = batch[index] { continue }
            let repeated: Bool
            if sorted {
                repeated = id == previous
                previous = id
            } else {
                var hasher = Hasher()
                hasher.combine(id)
                var stable = StableHash()
                stable.add(id)
                repeated = !seen.insert(
                    Digest(first: UInt64(bitPattern: Int64(hasher.finalize())), second: stable.value)
                ).inserted
            }
            if repeated { batch[index] = .duplicate(id: id) }
        }
    }
}
