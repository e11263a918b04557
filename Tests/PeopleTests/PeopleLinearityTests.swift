import Foundation
import People
import Testing

/// The finder's time is linear in the number of people a document names: people are found by indexes of their
/// names' words, not by walking over everyone (a document of 32,000 distinct names took 9 s before, 1.4 s after).
@Suite struct PeopleLinearity {
    /// `count` distinct people, each named in full, by surname and with a title.
    /// With `bareGivenName`, each also followed by `Ada said` (thousands of people share the first word `Ada`); with
    /// `alias`, each also given another name after `alias` that opens with the same word (`Abdul …`), said again later.
    static func text(_ count: Int, bareGivenName: Bool = false, alias: Bool = false) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var text = "Headline\n\n"
        for i in 0..<count {
            var n = i
            var surname = "Zor"
            for _ in 0..<4 {
                surname.append(letters[n % 26])
                n /= 26
            }
            text += "Ada \(surname) said the plan was fine. \(surname) agreed, and Mr \(surname) left. "
            if bareGivenName { text += "Later Ada said so. " }
            if alias {
                text += "Police held Ada \(surname) alias Abdul \(surname)k on Monday. Abdul \(surname)k left. "
            }
        }
        return text
    }

    static func seconds(_ count: Int, bareGivenName: Bool = false, alias: Bool = false) -> Double {
        let text = Self.text(count, bareGivenName: bareGivenName, alias: alias)
        var best = Double.infinity
        for _ in 0..<2 {
            let started = Date()
            _ = shippedFinder.mentions(in: text)
            best = min(best, Date().timeIntervalSince(started))
        }
        return best
    }

    /// Four times the people may cost at most ~10 times the time (quadratic work costs 16 times).
    @Test func manyPeopleCostLinearTime() {
        #expect(people(Self.text(3)).count == 9)
        let small = Self.seconds(2_000)
        let large = Self.seconds(8_000)
        #expect(large < small * 10 + 0.05, "× 8,000 took \(large) s, × 2,000 \(small) s")
    }

    /// A bare given name shared by thousands of people goes to the first introduced, comparing at most 64 of them.
    /// (Compared with the same people without the bare given names: looking at every one of them took ten times as
    /// long at 8,000.)
    @Test func aGivenNameSharedByThousandsStaysLinear() {
        let plain = Self.seconds(8_000)
        let bare = Self.seconds(8_000, bareGivenName: true)
        #expect(bare < plain * 3 + 0.1, "× 8,000 with bare given names took \(bare) s, without \(plain) s")
    }

    /// Thousands of names given after `alias` that share a first word (`Abdul …`): each later word looks at no more
    /// than 16 of them (looking at all of them made the pass quadratic).
    @Test func namesAfterAliasSharingAFirstWordStayLinear() {
        let small = Self.seconds(2_000, alias: true)
        let large = Self.seconds(8_000, alias: true)
        #expect(large < small * 10 + 0.05, "× 8,000 with alias names took \(large) s, × 2,000 \(small) s")
    }
}
