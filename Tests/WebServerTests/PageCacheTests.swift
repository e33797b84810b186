import Foundation
import Testing

@testable import WebServer

/// The rendered-page cache renders once per key, and again as soon as any part of the key (the files' stamp, the URL,
/// who asks) differs; the stamp follows a file's size and modification time.
@Suite struct PageCacheTests {
    @Test func aPageIsRenderedOncePerKeyAndAgainWhenTheKeyChanges() {
        let cache = RenderedPageCache()
        var renders = 0
        let render = { (text: String) -> String in
            renders += 1
            return text
        }
        #expect(cache.page(["a", "stamp-1", "/lich", "vi"]) { render("one") } == "one")
        #expect(cache.page(["a", "stamp-1", "/lich", "vi"]) { render("two") } == "one")
        #expect(renders == 1)
        #expect(cache.page(["a", "stamp-2", "/lich", "vi"]) { render("three") } == "three")
        #expect(cache.page(["a", "stamp-1", "/lich", "en"]) { render("four") } == "four")
        #expect(renders == 3)
    }

    @Test func theStampFollowsSizeAndModificationTime() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stamp-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("abc".utf8).write(to: file)
        let first = try #require(PageDataCache.sizeAndTime(file.path))
        #expect(first.hasPrefix("3|"))
        try Data("abcdef".utf8).write(to: file)
        let second = try #require(PageDataCache.sizeAndTime(file.path))
        #expect(second.hasPrefix("6|"))
        #expect(PageDataCache.sizeAndTime(file.path + ".missing") == nil)
    }
}
