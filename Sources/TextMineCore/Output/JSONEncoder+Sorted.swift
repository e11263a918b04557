import Foundation

extension JSONEncoder {
    /// A JSON encoder with sorted keys, for stable files.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
