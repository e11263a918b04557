import Foundation

/// The per-document row tables of a pipeline (from its ``DocumentRowProducer`` stages): their schemas, where their
/// partial CSV files live during a run, and how a document's rows become CSV lines.
struct RowTables: Sendable {
    struct Slot: Sendable {
        var producer: Int
        var table: Int
        var schema: OutputTable
    }

    let producers: [any DocumentRowProducer]
    /// How many row tables each producer has (its `rowTables` builds their schemas: asked once, not per document).
    let tableCounts: [Int]
    let slots: [Slot]
    let workDirectory: String

    init(pipeline: Pipeline, workDirectory: String) {
        var producers: [any DocumentRowProducer] = []
        var tableCounts: [Int] = []
        var slots: [Slot] = []
        for entry in pipeline.entries {
            guard let producer = entry.stage as? any DocumentRowProducer else { continue }
            let schemas = producer.rowTables
            for (index, schema) in schemas.enumerated() {
                slots.append(Slot(producer: producers.count, table: index, schema: schema))
            }
            producers.append(producer)
            tableCounts.append(schemas.count)
        }
        self.producers = producers
        self.tableCounts = tableCounts
        self.slots = slots
        self.workDirectory = workDirectory
    }

    func partialPath(_ slot: Slot) -> String { workDirectory + "/rows-\(slot.schema.name).csv.partial" }

    /// Whether every partial file holds at least what the checkpoint recorded.
    func isConsistent(with recorded: [String: Int]) -> Bool {
        slots.allSatisfy { slot in
            var status = stat()
            let size = stat(partialPath(slot), &status) == 0 ? Int(status.st_size) : -1
            return size >= (recorded[slot.schema.name] ?? 0)
        }
    }

    /// Opens the partial files, cut back to the checkpoint's lengths; new files start with the header line.
    func open(resumingAt recorded: [String: Int]) throws -> [AppendFile] {
        try slots.map { slot in
            let length = recorded[slot.schema.name] ?? 0
            let file = try AppendFile(path: partialPath(slot), truncatingTo: length)
            if length == 0 { try file.append(slot.schema.csvHeader) }
            return file
        }
    }

    /// The current lengths (header included) of freshly opened files.
    func lengths(of files: [AppendFile]) -> [Int] {
        files.map(\.length)
    }

    /// Lengths by table name, for the checkpoint.
    func named(_ lengths: [Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(slots.map(\.schema.name), lengths))
    }

    /// A document's rows as CSV lines, one byte buffer per slot.
    func lines(for document: Document) -> [[UInt8]] {
        guard !slots.isEmpty else { return [] }
        var lines = [[UInt8]](repeating: [], count: slots.count)
        var slotIndex = 0
        for (producer, count) in zip(producers, tableCounts) {
            let tables = producer.rows(for: document)
            for table in 0..<count where table < tables.count {
                for row in tables[table] { OutputTable.appendCSVLine(row, to: &lines[slotIndex + table]) }
            }
            slotIndex += count
        }
        return lines
    }

    /// The schemas pointing at the CSV files in `directory` (the staging folder), for the table writers (SQLite).
    func tables(in directory: String) -> [OutputTable] {
        slots.map { slot in
            var table = slot.schema
            table.rows = .file("\(directory)/\(slot.schema.name).csv")
            return table
        }
    }
}
