import CCHCApp
import Foundation
import ScenarioFiles

/// The loaded scenario, its version and its saved results as the pages read them, kept while nothing they come from
/// changes: the files of every scenario folder (a variant reads the scenario it extends) and the scenario's report
/// files, compared by name, size and modification time on each request. Reading a page then costs a few file
/// attributes instead of loading the scenario, hashing its files and decoding its plan.
final class PageDataCache: @unchecked Sendable {
    struct Data {
        var loaded: LoadedScenario
        var version: String
        var saved: SavedResults
        /// The files' names, sizes and modification times the data was read from, one per line.
        var stamp: String
    }

    private struct Entry {
        var stamp: [String]
        var data: Data
    }

    /// The cache shared by every page route of the process.
    static let shared = PageDataCache()

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// The data of scenario `id`, loaded again only when a file it comes from changed.
    func data(_ id: String, services: WebServices) throws(LibraryError) -> Data {
        let library = services.library
        let key = library.scenariosFolder.path + "\u{0}" + id
        let stamp = try Self.stamp(id, library)
        lock.lock()
        let entry = entries[key]
        lock.unlock()
        if let entry, entry.stamp == stamp { return entry.data }
        let loaded = try library.open(id)
        let version = try library.version(id)
        let data = Data(
            loaded: loaded, version: version, saved: SavedResults(id, loaded: loaded, services: services),
            stamp: stamp.joined(separator: "\n"))
        lock.lock()
        if entries.count > 64 { entries.removeAll() }
        entries[key] = Entry(stamp: stamp, data: data)
        lock.unlock()
        return data
    }

    /// Name, size and modification time of every file the data of `id` comes from.
    static func stamp(_ id: String, _ library: ScenarioLibrary) throws(LibraryError) -> [String] {
        _ = try library.folder(id)
        let fm = FileManager.default
        var stamp: [String] = []
        let describe = { (folder: URL) in
            let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
            for name in names.sorted() {
                let path = folder.appendingPathComponent(name).path
                guard let described = Self.sizeAndTime(path) else { continue }
                stamp.append("\(path)|\(described)")
            }
        }
        let scenarios = ((try? fm.contentsOfDirectory(atPath: library.scenariosFolder.path)) ?? []).sorted()
        for name in scenarios where ScenarioLibrary.isValidID(name) {
            describe(library.scenariosFolder.appendingPathComponent(name, isDirectory: true))
        }
        describe(library.reportsFolder.appendingPathComponent(id, isDirectory: true))
        return stamp
    }

    /// A file's size and modification time (nanoseconds) from one `stat` call: Foundation's attributes also look up
    /// the owner's and group's names, which costs more than the whole page.
    static func sizeAndTime(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return "\(info.st_size)|\(time.tv_sec).\(time.tv_nsec)"
    }
}

/// Rendered pages, kept while everything they are made from is the same: the scenario's files and saved results (by
/// ``PageDataCache/Data/stamp``), the URL with its query, and who asks (language, user, role, CSRF token, notice).
/// Fifty readers of one calendar then cost one rendering, not fifty.
final class RenderedPageCache: @unchecked Sendable {
    /// The cache shared by every page route of the process.
    static let shared = RenderedPageCache()

    private let lock = NSLock()
    private var pages: [String: String] = [:]

    /// The page for `key`, rendered by `render` only when it is not kept yet.
    func page(_ key: [String], render: () -> String) -> String {
        let joined = key.joined(separator: "\u{0}")
        lock.lock()
        let kept = pages[joined]
        lock.unlock()
        if let kept { return kept }
        let text = render()
        lock.lock()
        if pages.count > 256 { pages.removeAll() }
        pages[joined] = text
        lock.unlock()
        return text
    }
}
