import Foundation

/// Plain words for a `DecodingError` or a Foundation JSON error, instead of Swift's or Foundation's debug text
/// (`NSCocoaErrorDomain error 3840`, `keyNotFound(CodingKeys(stringValue: …))`) reaching users.
public enum DecodingProblem {
    /// "what is wrong (at key.path)".
    public static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "" : " (at \(text))"
        }
        switch error {
        case DecodingError.dataCorrupted(let context):
            if let underlying = context.underlyingError {
                return "not valid JSON: " + describe(underlying) + path(context.codingPath)
            }
            return context.debugDescription + path(context.codingPath)
        case DecodingError.keyNotFound(let key, let context):
            return "missing field '\(key.stringValue)'" + path(context.codingPath)
        case DecodingError.typeMismatch(let type, let context):
            return "expected \(Self.name(of: type))" + path(context.codingPath)
        case DecodingError.valueNotFound(let type, let context):
            return "expected \(Self.name(of: type)), found null" + path(context.codingPath)
        case let error as RunError:
            return error.message
        case let error as OutputError:
            return error.description
        default:
            let nsError = error as NSError
            // Foundation's file errors: the path and the system's reason, not "NSCocoaErrorDomain error 512".
            if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
                underlying.domain == NSPOSIXErrorDomain
            {
                let path = (nsError.userInfo[NSFilePathErrorKey] as? String).map { "'\($0)': " } ?? ""
                return path + String(cString: strerror(Int32(underlying.code)))
            }
            if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
            if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
            return nsError.domain == NSCocoaErrorDomain ? "the data is not in the expected format" : "\(error)"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let text = "\(type)"
            return text.hasPrefix("Array") ? "a list" : text.hasPrefix("Dictionary") ? "an object" : "a \(text)"
        }
    }
}
