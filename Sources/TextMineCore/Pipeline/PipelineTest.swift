/// One test of a pipeline: a text, and annotations the pipeline's stages must (`expect`) or must not (`absent`) find
/// in it. Tests live in the pipeline file's top-level `tests:` list, or in `NAME.tests.yaml` beside `NAME.yaml`, and
/// `textmine test` runs them (see ``PipelineTestRunner``):
///
/// ```yaml
/// tests:
///   - name: amounts in a headline
///     text: "Firm pays $1.3bn for rival, shares up 4%"
///     expect:
///       entities: [{type: MONEY, text: "$1.3bn"}, {type: PERCENT, text: "4%"}]
///     absent:
///       entities: [{type: PERSON}]
/// ```
///
/// The format is described once, in ``PipelineTestFormat``, for the docs and for `textmine schema`.
public struct PipelineTest: Sendable {
    /// The test's `name`, unique among the pipeline's tests.
    public var name: String
    /// The text the stages run on: the `text` value, or the contents of `file` once read
    /// (``PipelineTestDecoder/readFiles(_:)``; loading a pipeline does not read them, so `textmine run` and a Spark
    /// executor never need test files).
    public var text: String?
    /// The resolved path of `file`, when the text comes from one.
    public var file: String?
    /// The test's entry in its YAML file (a failure that concerns the whole test points here).
    public var node: ConfigNode
    /// Annotations that must be found, one per partial annotation written.
    public var expect: [PipelineExpectation]
    /// Annotations that must not be found.
    public var absent: [PipelineExpectation]

    /// Where the test is written.
    public var location: SourceLocation { node.location }
}

/// One partial annotation of a test: it matches when some annotation of ``field`` has every field it gives, with an
/// equal value (see ``AnnotationMatch``).
public struct PipelineExpectation: Sendable {
    /// The field of the document's output checked: a layer (`entities`, `quotes`, `sentences`, `tokens`, a plugin's
    /// layer) or a document-level object (`sentiment`, `features`).
    public var field: String
    /// The partial annotation as written: a mapping of output fields to values.
    public var pattern: ConfigNode

    /// Where the partial annotation is written: failures point here.
    public var location: SourceLocation { pattern.location }
}

/// The format of pipeline tests, described once: the keys of a test and what `expect`/`absent` may name. The docs,
/// the decoder (``PipelineTestDecoder``) and a JSON Schema of pipeline files all read it from here.
public enum PipelineTestFormat {
    /// The top-level key of a pipeline file (and of a `NAME.tests.yaml` file) holding the list of tests.
    public static let sectionKey = "tests"

    /// The suffix that makes `NAME.tests.yaml` the tests of `NAME.yaml`.
    public static let companionSuffix = ".tests.yaml"

    /// The keys of one test. `name` is required, and exactly one of `text` and `file`, and at least one of `expect`
    /// and `absent`.
    public static let testKeys: [OptionDescriptor] = [
        OptionDescriptor(
            "name", "string", default: "(required)", "what the test checks, unique in the pipeline; failures name it"),
        OptionDescriptor("text", "string", default: "", "the document text the pipeline's stages run on"),
        OptionDescriptor(
            "file", "path", default: "", "instead of text: a UTF-8 file, relative to the YAML file the test is in"),
        OptionDescriptor(
            "expect", "map field→[partial annotation]", default: "{}",
            "per output field, partial annotations that some annotation of that field must match"),
        OptionDescriptor(
            "absent", "map field→[partial annotation]", default: "{}",
            "per output field, partial annotations that no annotation of that field may match"),
    ]

    /// Output fields holding one object per document rather than a list of annotations: a partial annotation of
    /// them is checked against that object. `features` is always allowed (plugins add features without declaring a
    /// layer).
    public static let documentObjects: Set<String> = ["sentiment", "features"]

    /// Layers that are not a field of the document output but part of another field's annotations, with the way to
    /// test them.
    public static let nestedLayers: [String: String] = [
        Layer.quoteSentiment.name:
            "quote scores are the 'sentiment' field of each quote: quotes: [{sentiment: {label: positive}}]",
        Layer.sentenceSentiment.name:
            "sentence scores are the 'sentiment' field of each sentence: sentences: [{sentiment: {label: negative}}]",
    ]

    /// The output fields a pipeline's tests may name: the layers its stages produce that are fields of
    /// `documents.jsonl`, and `features`.
    public static func fields(producedBy entries: [Pipeline.Entry]) -> Set<String> {
        var fields: Set<String> = ["features"]
        for entry in entries {
            for layer in entry.stage.produces where nestedLayers[layer.name] == nil { fields.insert(layer.name) }
        }
        return fields
    }
}
