public import Foundation

/// An ``Aggregator`` with its state type erased, so the runner can hold aggregators of different kinds in one list.
public struct AnyAggregator: Sendable {
    /// The stage instance's name (the key of its state and summary).
    public let name: String
    private let makeStateBody: @Sendable () -> any AggregateState
    private let accumulateBody: @Sendable (Document, inout any AggregateState) -> Void
    private let mergeBody: @Sendable (inout any AggregateState, any AggregateState) -> Void
    private let reportBody: @Sendable (any AggregateState) -> AggregateReport
    private let decodeBody: @Sendable (Data) throws -> any AggregateState

    // swift-format-ignore: NeverForceUnwrap
    // The box only ever holds states this aggregator made, so each cast is to the state's own type.
    /// Wraps an aggregator.
    public init<A: Aggregator>(_ aggregator: A, name: String) {
        self.name = name
        makeStateBody = { aggregator.makeState() }
        // Take the value out of the existential and leave an empty state behind while mutating, so the state's
        // storage is uniquely referenced and updated in place instead of copied.
        accumulateBody = { document, state in
            var typed = state as! A.State
            state = aggregator.makeState()
            aggregator.accumulate(document, into: &typed)
            state = typed
        }
        mergeBody = { state, other in
            var typed = state as! A.State
            state = aggregator.makeState()
            typed.merge(other as! A.State)
            state = typed
        }
        reportBody = { aggregator.report($0 as! A.State) }
        decodeBody = { try JSONDecoder().decode(A.State.self, from: $0) }
    }

    /// Wraps a stage if it is an aggregator.
    public static func wrapping(_ stage: any Stage, name: String) -> AnyAggregator? {
        guard let aggregator = stage as? any Aggregator else { return nil }
        return open(aggregator, name: name)
    }

    private static func open<A: Aggregator>(_ aggregator: A, name: String) -> AnyAggregator {
        AnyAggregator(aggregator, name: name)
    }

    /// A fresh state.
    public func makeState() -> any AggregateState { makeStateBody() }
    /// Adds a document to a state.
    public func accumulate(_ document: Document, into state: inout any AggregateState) {
        accumulateBody(document, &state)
    }
    /// Merges `other` into `state`.
    public func merge(_ state: inout any AggregateState, _ other: any AggregateState) { mergeBody(&state, other) }
    /// Merges `other` into `state`; throws when a count overflowed (see ``OverflowReportingState``).
    public func checkedMerge(_ state: inout any AggregateState, _ other: any AggregateState) throws {
        mergeBody(&state, other)
        if let overflow = (state as? any OverflowReportingState)?.overflow {
            throw RunError(
                "merging the '\(name)' states overflows: \(overflow); a state file is damaged or was not written by textmine",
                status: .invalidData)
        }
    }

    /// Renders a state.
    public func report(_ state: any AggregateState) -> AggregateReport { reportBody(state) }

    /// Encodes a state as canonical JSON (sorted keys, or the state's own writer), as stored in `OUT/state/NAME.json`.
    public func encode(_ state: any AggregateState) throws -> Data { Data(try encodedBytes(state)) }

    /// The bytes of ``encode(_:)``, without a copy into `Data`.
    public func encodedBytes(_ state: any AggregateState) throws -> [UInt8] {
        if let writing = state as? any JSONWritingAggregateState { return try writing.jsonBytes() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(state))
    }

    /// Decodes a state saved by ``encode(_:)``.
    public func decode(_ data: Data) throws -> any AggregateState { try decodeBody(data) }
}
