/// How each built-in annotation type appears in `documents.jsonl` (README, "Output contract"): fields in a fixed
/// order, offsets in code points, optional fields left out when unset. Kept beside the types so a new field is
/// written where it is declared.

extension Token: JSONWritable {
    /// `{"start", "end", "text"}`.
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginObject()
        spans.fields(of: span, into: &json)
        json.endObject()
    }
}

extension Sentence: JSONWritable {
    /// `{"start", "end", "text", "sentiment"?}`.
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginObject()
        spans.fields(of: span, into: &json)
        if let sentiment {
            json.key("sentiment")
            sentiment.write(to: &json, spans: spans)
        }
        json.endObject()
    }
}

extension Entity: JSONWritable {
    /// `{"start", "end", "text", "type", "rule", "stage"}`, then a normalised value's `value` or `low`/`high` and
    /// `unit`, then `canonical`.
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginObject()
        spans.fields(of: span, into: &json)
        json.key("type")
        json.string(type)
        json.key("rule")
        json.string(rule)
        json.key("stage")
        json.string(stage)
        if let value {
            if let amount = value.amount {
                json.key("value")
                json.double(amount)
            }
            if let low = value.low, let high = value.high {
                json.key("low")
                json.double(low)
                json.key("high")
                json.double(high)
            }
            if let unit = value.unit {
                json.key("unit")
                json.string(unit)
            }
        }
        if let canonical {
            json.key("canonical")
            json.string(canonical)
        }
        json.endObject()
    }
}

extension Quote: JSONWritable {
    /// `{"start", "end", "text", "content_start", "content_end", "kind", "speaker", "speaker_start"?,
    /// "speaker_end"?, "cue", "rule", "stage", "unclosed"?, "nested"?, "sentiment"?}`; `speaker` and `cue` are
    /// always present (null when unknown).
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginObject()
        spans.fields(of: span, into: &json)
        let (contentStart, contentEnd) = spans.offsets(of: contentSpan)
        json.key("content_start")
        json.int(contentStart)
        json.key("content_end")
        json.int(contentEnd)
        json.key("kind")
        json.string(kind.rawValue)
        json.key("speaker")
        if let speaker { json.string(speaker) } else { json.null() }
        if let speakerSpan {
            let (start, end) = spans.offsets(of: speakerSpan)
            json.key("speaker_start")
            json.int(start)
            json.key("speaker_end")
            json.int(end)
        }
        json.key("cue")
        if let cue { json.string(cue) } else { json.null() }
        json.key("rule")
        json.string(rule)
        json.key("stage")
        json.string(stage)
        if unclosed {
            json.key("unclosed")
            json.bool(true)
        }
        if nested {
            json.key("nested")
            json.bool(true)
        }
        if let sentiment {
            json.key("sentiment")
            sentiment.write(to: &json, spans: spans)
        }
        json.endObject()
    }
}

extension SentimentScores: JSONWritable {
    /// `{"neg", "neu", "pos", "compound", "label"?}`.
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginObject()
        json.key("neg")
        json.double(neg)
        json.key("neu")
        json.double(neu)
        json.key("pos")
        json.double(pos)
        json.key("compound")
        json.double(compound)
        if let label {
            json.key("label")
            json.string(label)
        }
        json.endObject()
    }
}
