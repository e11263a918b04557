/// The stage types a `textmine` binary knows, by name.
///
/// The core has no built-in list: the executable hands one in (the built-ins, the bundled plugins, and any stage a
/// user's own binary adds), in the style of swift-log's bootstrap.
public struct StageRegistry: Sendable {
    /// The registered types, in registration order.
    public let types: [any Stage.Type]
    private let byName: [String: any Stage.Type]

    /// Creates a registry. Later registrations of a name replace earlier ones, so a binary can swap a built-in.
    public init(_ types: [any Stage.Type]) {
        var byName: [String: any Stage.Type] = [:]
        var ordered: [any Stage.Type] = []
        for type in types {
            if byName[type.descriptor.name] != nil {
                ordered.removeAll { $0.descriptor.name == type.descriptor.name }
            }
            byName[type.descriptor.name] = type
            ordered.append(type)
        }
        self.types = ordered
        self.byName = byName
    }

    /// The registered names, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// The descriptors, sorted by name.
    public var descriptors: [StageDescriptor] { names.compactMap { byName[$0]?.descriptor } }

    /// The type registered under `name`.
    public func type(named name: String) -> (any Stage.Type)? { byName[name] }

    /// A registry with more types added (or replaced).
    public func adding(_ more: [any Stage.Type]) -> StageRegistry { StageRegistry(types + more) }

    /// Decodes a stage's options from its node and builds it.
    ///
    /// - Throws: ``ConfigError`` with every problem in the options.
    public func makeStage(_ type: any Stage.Type, options: ConfigNode, context: StageContext) throws -> any Stage {
        try Self.build(type, options: options, context: context)
    }

    private static func build<S: Stage>(_ type: S.Type, options: ConfigNode, context: StageContext) throws -> any Stage
    {
        let (decoded, diagnostics) = ConfigDecoding.decodeCollecting(
            S.Options.self, from: options, subject: "stage '\(S.descriptor.name)'")
        guard let decoded else { throw ConfigError(diagnostics) }
        do {
            let stage = try S(options: decoded, context: context)
            if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
            return stage
        } catch let error as ConfigError {
            // Options that decoded partly still get the stage's own checks, so one pass reports everything.
            throw ConfigError(diagnostics + error.diagnostics.filter { !diagnostics.contains($0) })
        }
    }
}
