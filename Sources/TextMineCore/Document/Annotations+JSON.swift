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
            json.key(plain: "sentiment")
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
        json.key(plain: "type")
        json.string(type)
        json.key(plain: "rule")
        json.string(rule)
        json.key(plain: "stage")
        json.string(stage)
        if let value {
            if let amount = value.amount {
                json.key(plain: "value")
                json.double(amount)
            }
            if let low = value.low, let high = value.high {
                json.key(plain: "low")
                json.double(low)
                json.key(plain: "high")
                json.double(high)
            }
            if let unit = value.unit {
                json.key(plain: "unit")
                json.string(unit)
            }
        }
        if let canonical {
            json.key(plain: "canonical")
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
        json.key(plain: "content_start")
        json.int(contentStart)
        json.key(plain: "content_end")
        json.int(contentEnd)
        json.key(plain: "kind")
        json.string(kind.rawValue)
        json.key(plain: "speaker")
        if let speaker { json.string(speaker) } else { json.null() }
        if let speakerSpan {
            let (start, end) = spans.offsets(of: speakerSpan)
            json.key(plain: "speaker_start")
            json.int(start)
            json.key(plain: "speaker_end")
            json.int(end)
        }
        json.key(plain: "cue")
        if let cue { json.string(cue) } else { json.null() }
        json.key(plain: "rule")
        json.string(rule)
        json.key(plain: "stage")
        json.string(stage)
        if unclosed {
            json.key(plain: "unclosed")
            json.bool(true)
        }
        if nested {
            json.key(plain: "nested")
            json.bool(true)
        }
        if let sentiment {
            json.key(plain: "sentiment")
            sentiment.write(to: &json, spans: spans)
        }
        json.endObject()
    }
}

extension SentimentScores: JSONWritable {
    /// `{"neg", "neu", "pos", "compound", "label"?}`.
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginObject()
        json.key(plain: "neg")
        json.double(neg)
        json.key(plain: "neu")
        json.double(neu)
        json.key(plain: "pos")
        json.double(pos)
        json.key(plain: "compound")
        json.double(compound)
        if let label {
            json.key(plain: "label")
            json.string(label)
        }
        json.endObject()
    }
}
