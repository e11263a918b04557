import Foundation

/// Where OUT may not be: the root folder (every run would write beside the system's folders) or inside an input
/// folder (the next run would read its own outputs as documents).
enum OutputPlacement {
    /// Why `output` cannot hold the outputs of a run over `inputs`, or nil.
    static func problem(output: String, inputs: [String]) -> String? {
        let out = canonical(output)
        if out == "/" { return "--out / is the root folder; give a folder of its own" }
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue else {
                continue
            }
            let root = canonical(input)
            if out == root || out.hasPrefix(root == "/" ? "/" : root + "/") {
                return
                    "the output folder '\(output)' is inside the input folder '\(input)': a later run would read the outputs as documents; choose an OUT outside it"
            }
        }
        return nil
    }

    /// An absolute path with symbolic links and `..` resolved (as far as it exists).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let text = url.path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
