/// A ``Gazetteer``'s byte trie laid out for the scan: nodes numbered breadth-first, so the children of a node are
/// consecutive numbers and a node's edges are its children's labels, a few bytes side by side.
///
/// Why not walk ``TrieEdges`` (a hash table of all edges): the walk runs at every word start that begins a phrase, one
/// look-up per byte, and on the news lists most of the entities stage's own time was cache misses in that table (each
/// probe lands at a random slot of a few hundred kilobytes). Here a failed step reads a handful of adjacent label bytes,
/// and the upper levels of the trie, where nearly every walk ends, stay in the first kilobytes. The root's children are
/// a 256-entry table. Built once per stage from the hash table the phrases were inserted into; memory is 13 bytes a
/// node (plus the root table). Each node ends the phrases of a set of lists (a bit per list, up to 64), so the lists of
/// a stage share one trie and one scan.
struct CompactTrie: Sendable {
    /// The child of the root for each byte, -1 when no phrase begins with it.
    private let rootChild: [Int32]
    /// Children of node `n` are the nodes `childStart[n] ..< childStart[n + 1]` (one entry more than there are nodes).
    private let childStart: [Int32]
    /// The byte on the edge into each node; a node's children are in increasing byte order.
    private let label: [UInt8]
    /// The lists whose phrases end at a node, one bit per list (0: none).
    private let terminal: [UInt64]

    /// Renumbers a trie given as its edges (`(parent, byte, child)`, node 0 the root) and its terminal masks.
    init(edges: [(parent: Int32, byte: UInt8, child: Int32)], terminal oldTerminal: [UInt64]) {
        let nodeCount = oldTerminal.count
        // The edges grouped by parent (a counting sort), each group in byte order.
        var firstEdge = [Int](repeating: 0, count: nodeCount + 1)
        for edge in edges { firstEdge[Int(edge.parent) + 1] += 1 }
        for node in 0..<nodeCount { firstEdge[node + 1] += firstEdge[node] }
        var fill = firstEdge
        var grouped = [(byte: UInt8, child: Int32)](repeating: (0, 0), count: edges.count)
        for edge in edges {
            grouped[fill[Int(edge.parent)]] = (edge.byte, edge.child)
            fill[Int(edge.parent)] += 1
        }
        for node in 0..<nodeCount { grouped[firstEdge[node]..<firstEdge[node + 1]].sort { $0.byte < $1.byte } }

        // Breadth-first numbering: visiting nodes in their new order hands out their children's numbers in a row.
        var order: [Int32] = [0]  // old number of each new node
        order.reserveCapacity(nodeCount)
        var label: [UInt8] = [0]
        var terminal: [UInt64] = [oldTerminal[0]]
        var childStart: [Int32] = []
        childStart.reserveCapacity(nodeCount + 1)
        var visit = 0
        while visit < order.count {
            let old = Int(order[visit])
            childStart.append(Int32(order.count))
            for (byte, child) in grouped[firstEdge[old]..<firstEdge[old + 1]] {
                order.append(child)
                label.append(byte)
                terminal.append(oldTerminal[Int(child)])
            }
            visit += 1
        }
        childStart.append(Int32(order.count))
        var rootChild = [Int32](repeating: -1, count: 256)
        for node in Int(childStart[0])..<Int(childStart[1]) { rootChild[Int(label[node])] = Int32(node) }
        self.rootChild = rootChild
        self.childStart = childStart
        self.label = label
        self.terminal = terminal
    }

    /// Whether the trie holds no phrase.
    var isEmpty: Bool { childStart[1] == childStart[0] }

    /// Whether some phrase begins with `byte`.
    @inline(__always) func startsPhrase(_ byte: UInt8) -> Bool { rootChild[Int(byte)] >= 0 }

    /// Walks from the root along `bytes[start...]` (each byte mapped by `map`) and calls `reached` with the end of each
    /// prefix that is a phrase and the lists it is a phrase of, shortest first.
    @inline(__always)
    func walk(
        _ bytes: UnsafePointer<UInt8>, from start: Int, count: Int, map: (UInt8) -> UInt8,
        reached: (Int, UInt64) -> Void
    ) {
        childStart.withUnsafeBufferPointer { childStart in
            label.withUnsafeBufferPointer { label in
                terminal.withUnsafeBufferPointer { terminal in
                    var node = Int(rootChild[Int(map(bytes[start]))])
                    guard node >= 0 else { return }
                    var index = start + 1
                    while true {
                        if terminal[node] != 0 { reached(index, terminal[node]) }
                        guard index < count else { return }
                        let byte = map(bytes[index])
                        var child = Int(childStart[node])
                        let end = Int(childStart[node + 1])
                        while child < end, label[child] < byte { child += 1 }
                        guard child < end, label[child] == byte else { return }
                        node = child
                        index += 1
                    }
                }
            }
        }
    }
}
