import Foundation

extension ReportDirectory {
    /// Writes files of bytes (text or binary, such as Word and Excel files) as one step: every file is staged as a
    /// temporary file in the folder first, then all are renamed into place with SIGINT and SIGTERM held back, so an
    /// interruption leaves either the previous files or the new ones. Nothing is renamed if a file cannot be staged.
    public func writeAll(data files: [(name: String, data: Data)]) throws(Failure) {
        var staged: [(temp: URL, target: URL)] = []
        func cleanUp() { for s in staged { try? FileManager.default.removeItem(at: s.temp) } }
        for file in files {
            let target = url.appendingPathComponent(file.name)
            let temp = url.appendingPathComponent(".\(file.name).\(getpid()).tmp")
            do {
                try file.data.write(to: temp)
            } catch {
                cleanUp()
                try? FileManager.default.removeItem(at: temp)
                throw .cannotWrite(target.path, error.localizedDescription)
            }
            staged.append((temp, target))
        }
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        for (index, s) in staged.enumerated() where rename(s.temp.path, s.target.path) != 0 {
            let why = String(cString: strerror(errno))
            for rest in staged[index...] { try? FileManager.default.removeItem(at: rest.temp) }
            throw .cannotWrite(s.target.path, why)
        }
    }
}
