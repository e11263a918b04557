/// The documented keys of the `input:` and `output:` sections, for `textmine schema`. A test
/// (``OptionsAudit/problems(decoding:documented:subject:)``) checks that they are exactly the keys the decoders read.
extension InputOptions {
    /// The keys of `input:`.
    public static let documentedOptions: [OptionDescriptor] = [
        OptionDescriptor(
            "paths", .oneOrList(.path), default: "[]", "folders or files to read when the command line names none"),
        OptionDescriptor(
            "include", .oneOrList(.string), default: "[\"**/*.txt\"]",
            "globs (relative to each input folder) a file must match; ** matches any number of folders"),
        OptionDescriptor("exclude", .oneOrList(.string), default: "[]", "globs that exclude files"),
        OptionDescriptor(
            "max_bytes", .anyOf([.integer, .named("size", .string)]), default: "10MB",
            "larger files are skipped and reported: bytes, or a size like 512KB, 10MB, 1GB (powers of 1024)"),
        OptionDescriptor(
            "invalid_utf8", .choice(InvalidUTF8Policy.self), default: "replace",
            "replace bad bytes with U+FFFD (and warn), or skip the document"),
        OptionDescriptor(
            "follow_symlinks", .boolean, default: "false", "follow symbolic links (each real file is still read once)"),
    ]
}

extension OutputOptions {
    /// The keys of `output:`.
    public static let documentedOptions: [OptionDescriptor] = [
        OptionDescriptor(
            "dir", .path, default: "out", "where results go (relative to the current directory); --out overrides it"),
        OptionDescriptor(
            "formats", .list(.choice(Format.self)), default: "[jsonl, csv]",
            "formats to write besides documents.jsonl and summary.json (csv tables, textmine.sqlite, report.html)"),
        OptionDescriptor(
            "omit_layers", .list(.named("layer", .string)), default: "[]",
            "layers left out of documents.jsonl (still computed for later stages), e.g. [tokens]"),
        OptionDescriptor("span_text", .boolean, default: "true", "each span in documents.jsonl carries its text"),
    ]
}
