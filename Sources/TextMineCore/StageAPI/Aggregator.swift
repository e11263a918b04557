/// A stage that also gathers corpus-level results: counts, tables, rankings.
///
/// Each worker keeps its own ``State``; the runner merges the workers' states at the end, `textmine merge` merges
/// the states of separate runs (shards, machines, Spark partitions), and the merged state is rendered into
/// ``OutputTable``s. For parallel, sharded and merged runs to give exactly the single-run answer, ``AggregateState/
/// merge(_:)`` must be associative and commutative *exactly*: keep sums of fractional values in integer fixed point
/// (see ``FixedPoint``), never as `Double`s added in arrival order.
public protocol Aggregator: Stage {
    /// The per-worker, mergeable state.
    associatedtype State: AggregateState

    /// A fresh, empty state.
    func makeState() -> State

    /// Adds one finished document to a state. Documents arrive in any order.
    func accumulate(_ document: Document, into state: inout State)

    /// Renders a (merged) state into the tables and summary this stage contributes to the outputs.
    func report(_ state: State) -> AggregateReport
}

extension Aggregator {
    /// Aggregators usually leave documents unchanged.
    public func process(_ document: inout Document) throws {}
}

/// The mergeable state of an ``Aggregator``.
///
/// Laws (tested for the built-ins by random splits): `a.merge(b)` equals `b.merge(a)`, merging is associative, and
/// merging an empty state changes nothing. The state is `Codable` so separate runs can be merged later.
public protocol AggregateState: Codable, Sendable, Equatable {
    /// Folds `other` into this state.
    mutating func merge(_ other: Self)
}

/// A state that notes when a merge overflowed one of its counts instead of trapping: states read from files (by
/// `textmine merge` or a resume) can hold any number, and a damaged file must give an error, not a crash.
public protocol OverflowReportingState: AggregateState {
    /// What overflowed, once a merge into this state did.
    var overflow: String? { get }
}

/// An ``AggregateState`` that writes its JSON itself rather than through `JSONEncoder`: for states with millions of
/// values, where the encoder's intermediate copies would set the peak memory of a run.
///
/// The bytes must be JSON that `init(from:)` reads back (with `JSONDecoder`) to an equal state, and the same bytes
/// for equal states, so state files of equal runs are identical.
public protocol JSONWritingAggregateState: AggregateState {
    /// The state as JSON.
    func jsonBytes() throws -> [UInt8]
}

/// What an aggregator contributes to the outputs: tables (CSV, SQLite, HTML) and summary fields.
public struct AggregateReport: Sendable, Equatable {
    /// Tables, each written as `NAME.csv` and as an SQLite table.
    public var tables: [OutputTable]
    /// Fields merged into `summary.json` under the stage's name.
    public var summary: [String: JSONValue]

    /// Creates a report.
    public init(tables: [OutputTable] = [], summary: [String: JSONValue] = [:]) {
        self.tables = tables
        self.summary = summary
    }
}
