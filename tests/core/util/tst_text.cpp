#include "util/text.h"

#include <QtTest>

using namespace tb::core;

class TestText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isValidUtf8_rejectsOverlongsAndSurrogates()
    {
        QVERIFY(text::isValidUtf8("plain ascii"));
        QVERIFY(text::isValidUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80"));
        QVERIFY(!text::isValidUtf8("\xC0\xAF"));         // overlong '/'
        QVERIFY(!text::isValidUtf8("\xED\xA0\x80"));     // UTF-16 surrogate
        QVERIFY(!text::isValidUtf8("\xE2\x82"));         // truncated
        QVERIFY(!text::isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    }

    void repairUtf8_replacesEachBadByteAndCountsThem()
    {
        std::size_t count = 0;
        const auto fixed = text::repairUtf8("a\xFF" "b\xC3", &count);
        QCOMPARE(QString::fromStdString(fixed), QStringLiteral("a\uFFFDb\uFFFD"));
        QCOMPARE(count, std::size_t(2));
    }

    void unescapeHtml_decodesOnceOnly()
    {
        QCOMPARE(text::unescapeHtml("a &lt; b &amp;&amp; c &gt; d"), std::string("a < b && c > d"));
        QCOMPARE(text::unescapeHtml("&amp;lt;"), std::string("&lt;"));
        QCOMPARE(text::unescapeHtml("&#39;&#x1F600;"), std::string("'\xF0\x9F\x98\x80"));
        QCOMPARE(text::unescapeHtml("AT&T & co &unknown;"), std::string("AT&T & co &unknown;"));
        QCOMPARE(text::unescapeHtml("&# 65;&#+65;&#x;&#65"), std::string("&# 65;&#+65;&#x;&#65"));
    }

    void normaliseForMatching_dropsDirectionMarksAndFoldsNbsp()
    {
        const std::string in = "\xEF\xBB\xBF" "12:00\xE2\x80\xAFPM \xE2\x80\x8E\xE2\x80\xAA+1 555\xE2\x80\xAC\xC2\xA0x";
        QCOMPARE(text::normaliseForMatching(in), std::string("12:00 PM +1 555 x"));
    }

    void hashHex_isStableAcrossRuns()
    {
        QCOMPARE(text::hashHex(""), std::string("cbf29ce484222325"));
        QCOMPARE(text::hashHex("a"), std::string("af63dc4c8601ec8c"));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
