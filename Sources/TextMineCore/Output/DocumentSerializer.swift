/// Writes one document as one line of `documents.jsonl`, following the output contract (README, "Output contract"):
/// offsets in Unicode code points, end exclusive; only the layers that ran; fields in a fixed order so output is
/// byte-identical across runs, `--jobs` values and machines.
public struct DocumentSerializer: Sendable {
    /// The `schema_version` written on every line. Bumped on any incompatible change of the contract.
    public static let schemaVersion = 1

    /// Layers to leave out.
    public var omittedLayers: Set<String>
    /// Whether spans carry their `text`.
    public var spanText: Bool

    /// Creates a serializer.
    public init(omittedLayers: Set<String> = [], spanText: Bool = true) {
        self.omittedLayers = omittedLayers
        self.spanText = spanText
    }

    /// The document's JSON line, newline included.
    public func line(for document: Document) -> [UInt8] {
        var json = JSONWriter(capacity: document.utf8.count * 2 + 256)
        let index = document.codePoints
        document.withUTF8 { text in
            json.beginObject()
            json.key(plain: "schema_version")
            json.int(Self.schemaVersion)
            json.key(plain: "id")
            json.string(document.id)
            json.key(plain: "group")
            json.string(document.group)
            json.key(plain: "headline")
            json.string(utf8: UnsafeBufferPointer(rebasing: text[document.headlineSpan.range]))
            json.key(plain: "length")
            json.int(index.codePointOffset(ofByte: text.count))
            writeLayers(
                of: document, text: text, index: index, into: &json,
                includeBuiltin: { document.producers[$0.name] != nil && !omittedLayers.contains($0.name) },
                includeExtension: { !omittedLayers.contains($0) })
            if !document.features.isEmpty {
                json.key(plain: "features")
                json.value(.object(document.features))
            }
            json.endObject()
        }
        json.bytes.append(0x0A)
        return json.bytes
    }

    /// The named layers of a document as one JSON object `{"LAYER": value, …}`, each written exactly as in
    /// `documents.jsonl` (code point offsets). `exec` stages send this as a request's `layers`.
    ///
    /// Names are output field names (`tokens`, `sentences`, `entities`, `quotes`, `sentiment`, or a plugin layer);
    /// a layer the document does not hold is left out.
    public func layersObject(_ names: Set<String>, of document: Document) -> [UInt8] {
        var json = JSONWriter(capacity: document.utf8.count + 64)
        let index = document.codePoints
        document.withUTF8 { text in
            json.beginObject()
            writeLayers(
                of: document, text: text, index: index, into: &json,
                includeBuiltin: { names.contains($0.name) }, includeExtension: { names.contains($0) })
            json.endObject()
        }
        return json.bytes
    }

    /// The built-in span layers in output order, each with the annotations it writes. A layer is written once the
    /// stage producing it ran (``Document/producers``), even when it found nothing.
    static let spanLayers: [(layer: Layer, annotations: @Sendable (Document) -> any JSONWritable)] = [
        (.tokens, \.tokens),
        (.sentences, \.sentences),
        (.entities, \.entities),
        (.quotes, \.quotes),
    ]

    /// Writes the layer fields (tokens … plugin layers) of a document into an open object: first the span layers,
    /// then the layers present only when set (document sentiment, plugin layers in name order). Each writes itself
    /// (``JSONWritable``).
    private func writeLayers(
        of document: Document, text: UnsafeBufferPointer<UInt8>, index: CodePointIndex, into json: inout JSONWriter,
        includeBuiltin include: (Layer) -> Bool, includeExtension: (String) -> Bool
    ) {
        let spans = SpanWriter(text: text, codePoints: index, includeText: spanText)
        for (layer, annotations) in Self.spanLayers where include(layer) {
            json.key(layer.name)
            annotations(document).write(to: &json, spans: spans)
        }
        for (name, value) in Self.setLayers(of: document) where includeExtension(name) {
            json.key(name)
            value.write(to: &json, spans: spans)
        }
    }

    /// The layers a document holds only when set: its sentiment, then plugin layers by name.
    private static func setLayers(of document: Document) -> [(name: String, value: any JSONWritable)] {
        var layers: [(name: String, value: any JSONWritable)] = []
        if let sentiment = document.sentiment { layers.append((Layer.documentSentiment.name, sentiment)) }
        for name in document.extensionLayerNames {
            if let layer = document.writableLayer(named: name) { layers.append((name, layer)) }
        }
        return layers
    }
}
