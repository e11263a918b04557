import Foundation

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
            json.key("schema_version"); json.int(Self.schemaVersion)
            json.key("id"); json.string(document.id)
            json.key("group"); json.string(document.group)
            json.key("headline"); json.string(utf8: UnsafeBufferPointer(rebasing: text[document.headlineSpan.range]))
            json.key("length"); json.int(index.codePointOffset(ofByte: text.count))
            writeLayers(
                of: document, text: text, index: index, into: &json,
                includeBuiltin: { document.producers[$0.name] != nil && !omittedLayers.contains($0.name) },
                includeExtension: { !omittedLayers.contains($0) })
            if !document.features.isEmpty {
                json.key("features"); json.value(.object(document.features))
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

    /// Writes the layer fields (tokens … plugin layers) of a document into an open object.
    private func writeLayers(
        of document: Document, text: UnsafeBufferPointer<UInt8>, index: CodePointIndex, into json: inout JSONWriter,
        includeBuiltin include: (Layer) -> Bool, includeExtension: (String) -> Bool
    ) {
        func spanFields(_ span: Span) {
            let (start, end) = index.codePoints(of: span)
            json.key("start"); json.int(start)
            json.key("end"); json.int(end)
            if spanText {
                json.key("text"); json.string(utf8: UnsafeBufferPointer(rebasing: text[span.range]))
            }
        }

        if include(.tokens) {
            json.key("tokens")
            json.beginArray()
            for token in document.tokens {
                json.beginObject(); spanFields(token.span); json.endObject()
            }
            json.endArray()
        }
        if include(.sentences) {
            json.key("sentences")
            json.beginArray()
            for sentence in document.sentences {
                json.beginObject()
                spanFields(sentence.span)
                if let sentiment = sentence.sentiment { json.key("sentiment"); write(sentiment, to: &json) }
                json.endObject()
            }
            json.endArray()
        }
        if include(.entities) {
            json.key("entities")
            json.beginArray()
            for entity in document.entities {
                json.beginObject()
                spanFields(entity.span)
                json.key("type"); json.string(entity.type)
                json.key("rule"); json.string(entity.rule)
                json.key("stage"); json.string(entity.stage)
                if let value = entity.value {
                    if let amount = value.amount { json.key("value"); json.double(amount) }
                    if let low = value.low, let high = value.high {
                        json.key("low"); json.double(low)
                        json.key("high"); json.double(high)
                    }
                    if let unit = value.unit { json.key("unit"); json.string(unit) }
                }
                if let canonical = entity.canonical { json.key("canonical"); json.string(canonical) }
                json.endObject()
            }
            json.endArray()
        }
        if include(.quotes) {
            json.key("quotes")
            json.beginArray()
            for quote in document.quotes {
                json.beginObject()
                spanFields(quote.span)
                let (contentStart, contentEnd) = index.codePoints(of: quote.contentSpan)
                json.key("content_start"); json.int(contentStart)
                json.key("content_end"); json.int(contentEnd)
                json.key("kind"); json.string(quote.kind.rawValue)
                json.key("speaker")
                if let speaker = quote.speaker { json.string(speaker) } else { json.null() }
                if let span = quote.speakerSpan {
                    let (start, end) = index.codePoints(of: span)
                    json.key("speaker_start"); json.int(start)
                    json.key("speaker_end"); json.int(end)
                }
                json.key("cue")
                if let cue = quote.cue { json.string(cue) } else { json.null() }
                json.key("rule"); json.string(quote.rule)
                json.key("stage"); json.string(quote.stage)
                if quote.unclosed { json.key("unclosed"); json.bool(true) }
                if quote.nested { json.key("nested"); json.bool(true) }
                if let sentiment = quote.sentiment { json.key("sentiment"); write(sentiment, to: &json) }
                json.endObject()
            }
            json.endArray()
        }
        if let sentiment = document.sentiment, includeExtension(Layer.documentSentiment.name) {
            json.key("sentiment"); write(sentiment, to: &json)
        }
        for name in document.extensionLayerNames where includeExtension(name) {
            json.key(name)
            // Plugin layers: every span object ({"start", "end", …} with integers) is bytes inside, code points here.
            let value = document.extensionLayers[name]!
            let plain = (value as? SpannedJSON)?.value ?? Self.encodeExtension(value)
            json.value(SpannedJSON.mapSpans(plain) { index.codePointOffset(ofByte: min(max($0, 0), text.count)) })
        }
    }

    private func write(_ scores: SentimentScores, to json: inout JSONWriter) {
        json.beginObject()
        json.key("neg"); json.double(scores.neg)
        json.key("neu"); json.double(scores.neu)
        json.key("pos"); json.double(scores.pos)
        json.key("compound"); json.double(scores.compound)
        if let label = scores.label { json.key("label"); json.string(label) }
        json.endObject()
    }

    /// A typed plugin layer as JSON (through its `Encodable` conformance).
    private static func encodeExtension(_ value: any Sendable & Encodable) -> JSONValue {
        if let json = value as? JSONValue { return json }
        guard let data = try? JSONEncoder().encode(value) else { return .null }
        return (try? JSONDecoder().decode(JSONValue.self, from: data)) ?? .null
    }
}
