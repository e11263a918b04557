/// A stage that contributes one or more rows per document to tables such as `documents` and `quotes`.
///
/// Unlike an ``Aggregator``'s state, these rows are not kept in memory: each worker turns a document's rows into CSV
/// lines as it finishes the document, and the runner appends them, in input order, to the table's CSV file (with
/// the same crash-safety and resume guarantees as `documents.jsonl`). SQLite and `textmine merge` read them back from
/// there. Memory stays flat however large the corpus.
public protocol DocumentRowProducer: Stage {
    /// The tables' schemas (name, title, columns, indexes, primary key); their `rows` are ignored.
    var rowTables: [OutputTable] { get }

    /// This document's rows: one list per table of ``rowTables``, in the same order, each row with one value per
    /// column.
    func rows(for document: Document) -> [[[OutputTable.Value]]]
}
