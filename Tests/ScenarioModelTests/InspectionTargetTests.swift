import ScenarioModel
import Testing

@Suite struct InspectionTargetTests {
    @Test(arguments: [
        (0.5, 22, 11), (0.35, 90, 32), (0.35, 20, 7), (0.6, 22, 14), (1.0, 5, 5), (0.0, 5, 0), (0.3, 10, 3),
    ])
    func requiredCountIsCeilingWithoutDrift(share: Double, total: Int, expected: Int) {
        #expect(InspectionTarget(name: "t", kinds: [.commune], minShare: share).requiredCount(total: total) == expected)
    }

    @Test func kindsSortBuiltInsFirst() {
        #expect(
            [UnitKind(rawValue: "zoo"), .school, .commune].sorted() == [.commune, .school, UnitKind(rawValue: "zoo")])
    }
}
