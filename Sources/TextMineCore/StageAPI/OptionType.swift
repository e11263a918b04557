/// The type of a stage option, as its descriptor declares it: one value that `textmine stages` prints for people
/// (`int`, `[string]`, `path | [path]`) and `textmine schema` turns into JSON Schema for editors.
///
/// Declare the type with the cases below; an enum option takes its values from its ``OptionEnum`` type with
/// ``choice(_:)``, so the values are written once:
/// ```swift
/// OptionDescriptor("overlap", .choice(OverlapPolicy.self), default: "longest", "how overlaps are resolved")
/// OptionDescriptor("lists", .map("TYPE", .oneOrList(.path)), default: "{}", "gazetteers")
/// ```
public indirect enum OptionType: Sendable, Equatable {
    /// Any string.
    case string
    /// A whole number.
    case integer
    /// Any number.
    case number
    /// `true` or `false`.
    case boolean
    /// A file path, relative to the pipeline file or the current directory.
    case path
    /// One of a fixed set of strings.
    case oneOf([String])
    /// A list of values of one type.
    case list(OptionType)
    /// A mapping from any string key (named for people, e.g. `TYPE`) to values of one type.
    case map(key: String, OptionType)
    /// A mapping with fixed keys (``OptionField``s); other keys are errors.
    case object([OptionField])
    /// A value of any of these types.
    case anyOf([OptionType])
    /// A value of the wrapped type that people know by a name of its own (`pattern`, `seconds`, `layer`).
    case named(String, OptionType)
    /// Any YAML value (passed on unchanged, like `exec`'s `config`).
    case any
    /// A type written as free text by an older descriptor: shown as written, any value accepted by the schema.
    case described(String)

    /// The values of an ``OptionEnum``, in declaration order.
    public static func choice<E: OptionEnum>(_ type: E.Type) -> OptionType {
        .oneOf(E.allCases.map(\.rawValue))
    }

    /// One value or a list of them (read with ``OneOrMany``).
    public static func oneOrList(_ element: OptionType) -> OptionType {
        .anyOf([element, .list(element)])
    }

    /// The type as `textmine stages` prints it.
    public var text: String {
        switch self {
        case .string: "string"
        case .integer: "int"
        case .number: "number"
        case .boolean: "bool"
        case .path: "path"
        case .oneOf(let values): values.joined(separator: " | ")
        case .list(let element): "[\(element.text)]"
        case .map(let key, .anyOf(let types)): "map \(key)→(\(OptionType.anyOf(types).text))"
        case .map(let key, let value): "map \(key)→\(value.text)"
        case .object(let fields): "{" + fields.map { $0.required ? $0.key : "\($0.key)?" }.joined(separator: ", ") + "}"
        case .anyOf(let types): types.map(\.text).joined(separator: " | ")
        case .named(let name, _): name
        case .any: "any"
        case .described(let text): text
        }
    }

    /// Reads the free-text spellings descriptors used before types were declared (`int`, `bool`, `[string]`,
    /// `a | b`, `path | [path]`); anything else becomes ``described(_:)``, which the schema leaves unconstrained.
    public init(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        if trimmed.hasPrefix("["), trimmed.firstIndex(of: "]") == trimmed.index(before: trimmed.endIndex) {
            let element = OptionType(parsing: String(trimmed.dropFirst().dropLast()))
            self = if case .described = element { .described(trimmed) } else { .list(element) }
            return
        }
        let alternatives = trimmed.split(separator: "|").map { $0.trimmingSpaces() }
        if alternatives.count > 1 {
            let parsed = alternatives.map(OptionType.init(parsing:))
            if parsed.allSatisfy({ if case .described = $0 { return true } else { return false } }),
                alternatives.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } })
            {
                self = .oneOf(alternatives)
            } else if parsed.contains(where: { if case .described = $0 { return true } else { return false } }) {
                self = .described(trimmed)
            } else {
                self = .anyOf(parsed)
            }
            return
        }
        switch trimmed {
        case "string", "str": self = .string
        case "int", "integer": self = .integer
        case "number", "float", "double": self = .number
        case "bool", "boolean": self = .boolean
        case "path": self = .path
        case "any": self = .any
        default: self = .described(trimmed)
        }
    }
}

/// One key of an ``OptionType/object(_:)`` option (a rule in a list of rules, say).
public struct OptionField: Sendable, Equatable {
    /// The key in YAML.
    public var key: String
    /// The value's type.
    public var type: OptionType
    /// Whether the key must be present.
    public var required: Bool
    /// What the key means (for the schema's descriptions).
    public var summary: String

    /// Creates a field.
    public init(_ key: String, _ type: OptionType, required: Bool = false, _ summary: String = "") {
        self.key = key
        self.type = type
        self.required = required
        self.summary = summary
    }
}
