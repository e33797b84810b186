import Testing

@testable import ScenarioGenerator

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // Vigna's splitmix64.c with x = 0: the first outputs.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func integersStayInRangeAndCoverIt() {
        var rng = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let x = rng.int(in: 3...9)
            #expect((3...9).contains(x))
            seen.insert(x)
        }
        #expect(seen == Set(3...9))
        #expect(rng.int(in: 5...5) == 5)
    }

    @Test func weightedChoiceFollowsTheWeights() {
        var rng = SplitMix64(seed: 9)
        var heads = 0
        for _ in 0..<10_000 where rng.weighted([(true, 0.8), (false, 0.2)]) { heads += 1 }
        #expect((7_700...8_300).contains(heads))
    }

    @Test func shuffleIsAPermutationAndDeterministic() {
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5)
        let x = a.shuffled(Array(0..<50)), y = b.shuffled(Array(0..<50))
        #expect(x == y)
        #expect(x.sorted() == Array(0..<50))
        #expect(x != Array(0..<50))
    }
}
