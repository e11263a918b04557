/// The `input:` section of a pipeline file: which files of the input folders become documents, and what to do with
/// bad ones.
public struct InputOptions: Decodable, Sendable, Equatable {
    /// What to do with bytes that are not valid UTF-8.
    public enum InvalidUTF8Policy: String, OptionEnum {
        /// Replace bad sequences with U+FFFD, process the document and record a warning.
        case replace
        /// Skip the document and record it in `failures.jsonl`.
        case skip
    }

    /// Folders or files to read when the command line names none.
    public var paths: [String] = []
    /// Glob patterns (relative to each input folder) a file must match; `**` matches any number of folders.
    public var include: [String] = ["**/*.txt"]
    /// Glob patterns that exclude files.
    public var exclude: [String] = []
    /// Files larger than this are skipped and reported (bytes; `10MB`, `512KB` accepted).
    public var maxBytes: Int = 10 * 1024 * 1024
    /// Policy for invalid UTF-8.
    public var invalidUTF8: InvalidUTF8Policy = .replace
    /// Whether symbolic links are followed (each real file is still read once).
    public var followSymlinks = false

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case paths, include, exclude
        case maxBytes = "max_bytes"
        case invalidUTF8 = "invalid_utf8"
        case followSymlinks = "follow_symlinks"
    }

    /// Decodes the section; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        paths = try container.decode(OneOrMany<String>.self, forKey: .paths, default: OneOrMany()).values
        include = try container.decode(OneOrMany<String>.self, forKey: .include, default: OneOrMany()).values
        if include.isEmpty { include = ["**/*.txt"] }
        exclude = try container.decode(OneOrMany<String>.self, forKey: .exclude, default: OneOrMany()).values
        maxBytes = try container.decode(ByteSize.self, forKey: .maxBytes, default: ByteSize(bytes: maxBytes)).bytes
        invalidUTF8 = try container.decode(InvalidUTF8Policy.self, forKey: .invalidUTF8, default: invalidUTF8)
        followSymlinks = try container.decode(Bool.self, forKey: .followSymlinks, default: followSymlinks)
    }
}

/// A size in bytes, written in YAML as `1000`, `512KB`, `10MB` or `1GB` (powers of 1024).
public struct ByteSize: Decodable, Sendable, Equatable {
    /// The number of bytes.
    public var bytes: Int

    /// Wraps a number of bytes.
    public init(bytes: Int) { self.bytes = bytes }

    /// Decodes a number or a size with a unit.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let bytes = Self.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "max_bytes must be a size like 10000000, 512KB or 10MB, found '\(text)'"))
        }
        self.bytes = bytes
    }

    /// The number of bytes, or nil when the text is not a size.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces().uppercased()
        let units: [(String, Int)] = [
            ("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1),
        ]
        for (suffix, multiplier) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingSpaces()
            guard let value = Int(number), value >= 0 else { return nil }
            return value * multiplier
        }
        guard let value = Int(trimmed), value >= 0 else { return nil }
        return value
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// The `output:` section of a pipeline file.
public struct OutputOptions: Decodable, Sendable, Equatable {
    /// An output format.
    public enum Format: String, OptionEnum {
        /// `documents.jsonl`, one line per document (always written).
        case jsonl
        /// One CSV file per table.
        case csv
        /// `textmine.sqlite`.
        case sqlite
        /// `report.html`.
        case html
    }

    /// Where results go (relative to the current directory); `--out` overrides it.
    public var dir: String = "out"
    /// Which formats to write besides `documents.jsonl` and `summary.json`.
    public var formats: [Format] = [.jsonl, .csv]
    /// Layers to leave out of `documents.jsonl` (e.g. `[tokens]`); they are still computed for later stages.
    public var omitLayers: [String] = []
    /// Whether each span in `documents.jsonl` carries its `text`.
    public var spanText = true

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case dir, formats
        case omitLayers = "omit_layers"
        case spanText = "span_text"
    }

    /// Decodes the section; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dir = try container.decode(String.self, forKey: .dir, default: dir)
        formats = try container.decode([Format].self, forKey: .formats, default: formats)
        omitLayers = try container.decode([String].self, forKey: .omitLayers, default: omitLayers)
        spanText = try container.decode(Bool.self, forKey: .spanText, default: spanText)
    }
}
