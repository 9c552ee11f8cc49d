#include "import/importrunner.h"
#include "privacy/scrubber.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace tb::core;

namespace {

ParticipantInfo person(std::int64_t id, const std::string &key, const std::string &name, const std::string &handle)
{
    ParticipantInfo p;
    p.id = id;
    p.key = key;
    p.displayName = name;
    p.handle = handle;
    return p;
}

// Invented people. Pseudonyms follow root ids, bots get none: 1 A, 2 B, 3 C, 4 D, 6 E, 7 F, 10 G.
std::vector<ParticipantInfo> people()
{
    std::vector<ParticipantInfo> list;
    list.push_back(person(1, "slack:U024BE7LH", "Alice Smith", "alice"));
    list.push_back(person(2, "slack:U0BOB12345", "Bob Jones", "bjones"));
    list.back().isMe = true;
    list.push_back(person(3, "telegram:maria", "\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0", "maria_i"));
    list.push_back(person(4, "whatsapp:\xE6\x9D\x8E\xE9\x9B\xB7", "\xE6\x9D\x8E\xE9\x9B\xB7", "lilei"));
    list.push_back(person(6, "slack:U0SAMC1234", "Sam Carter", "samc"));
    list.push_back(person(7, "slack:U0SAMW1234", "Sam Wilson", "samw"));
    list.push_back(person(8, "whatsapp:A. Smith", "A. Smith", ""));
    list.back().aliasOf = 1;
    list.push_back(person(9, "slack:B0DEPLOY12", "Deploy Bot", "deploybot"));
    list.back().isBot = true;
    list.push_back(person(10, "twitter:42", "Will Turner", "wturner"));
    return list;
}

ScrubOptions only(ScrubCategory category)
{
    ScrubOptions o;
    for (std::size_t k = 0; k < ScrubCategoryCount; ++k)
        o.setEnabled(static_cast<ScrubCategory>(k), static_cast<ScrubCategory>(k) == category);
    return o;
}

QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

class TestScrubber final : public QObject {
    Q_OBJECT

private:
    void addRows(const std::vector<std::pair<const char *, const char *>> &rows)
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const auto &[in, out] : rows)
            QTest::newRow(in) << QString::fromUtf8(in) << QString::fromUtf8(out);
    }

    void checkRow()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Scrubber scrubber(ScrubOptions {}, people());
        const auto got = q(scrubber.scrubText(input.toStdString()));
        QVERIFY2(got == expected, qPrintable(QStringLiteral("scrubbing \"%1\" gave \"%2\", expected \"%3\"")
                                                  .arg(input, got, expected)));
    }

private Q_SLOTS:
    void scrubText_emails_replacedButCodeLikeTextKept_data()
    {
        addRows({{"write to alice.smith@example.com today", "write to [email] today"},
                 {"mail: x+tag@sub.example.co.uk.", "mail: [email]."},
                 {"a@b and user@localhost", "a@b and user@localhost"},
                 {"icon@2x.png", "icon@2x.png"},
                 {"x@y.z", "x@y.z"}});
    }
    void scrubText_emails_replacedButCodeLikeTextKept() { checkRow(); }

    void scrubText_phones_replacedButDatesCountsAndPricesKept_data()
    {
        addRows({{"+49 151 12345678", "[phone]"},
                 {"call +1 (555) 123-4567!", "call [phone]!"},
                 {"(555) 123-4567", "[phone]"},
                 {"555-123-4567", "[phone]"},
                 {"555.123.4567", "[phone]"},
                 {"030 1234567", "[phone]"},
                 {"+49 (0)30 1234567", "[phone]"},
                 {"ring 01511234567 now", "ring [phone] now"},
                 {"call 555 123 4567 now", "call [phone] now"},
                 {"+442079460958", "[phone]"},
                 {"on 2024-03-01 12:30", "on 2024-03-01 12:30"},
                 {"on 01.03.2024 at 12:30:45", "on 01.03.2024 at 12:30:45"},
                 {"from 1/3/2024 to 31/12/2024", "from 1/3/2024 to 31/12/2024"},
                 {"version 1.2.3 and 10.4.22", "version 1.2.3 and 10.4.22"},
                 {"costs $1,299.99 or \xE2\x82\xAC""1.234.567", "costs $1,299.99 or \xE2\x82\xAC""1.234.567"},
                 {"1 000 000 people", "1 000 000 people"},
                 {"order 1234567 shipped", "order 1234567 shipped"},
                 {"2019-2024", "2019-2024"},
                 {"at 1700000000 epoch", "at 1700000000 epoch"},
                 {"scores 12 34 56 78", "scores 12 34 56 78"},
                 {"ticket #5551234567", "ticket #5551234567"},
                 {"pi 3.14159265358", "pi 3.14159265358"},
                 {"ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0"},
                 {"2024-03-01T12:30:00Z", "2024-03-01T12:30:00Z"},
                 {"+33 1 23 45 67 89 or 01 23 45 67 89", "[phone] or [phone]"},
                 {"1-800-555-0199", "[phone]"}});
    }
    void scrubText_phones_replacedButDatesCountsAndPricesKept() { checkRow(); }

    void scrubText_ips_replacedWithRangeChecks_data()
    {
        addRows({{"ping 192.168.0.1.", "ping [ip]."},
                 {"host 10.0.0.1:8080", "host [ip]:8080"},
                 {"version 1.2.3.4", "version [ip]"},
                 {"v1.2.3.4", "v1.2.3.4"},
                 {"999.1.1.1 and 1.2.3.4.5", "999.1.1.1 and 1.2.3.4.5"},
                 {"fe80::1ff:fe23:4567:890a", "[ip]"},
                 {"localhost is ::1", "localhost is [ip]"},
                 {"2001:db8::8a2e:370:7334", "[ip]"},
                 {"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "[ip]"},
                 {"::ffff:192.0.2.128", "[ip]"},
                 {"std::vector at 12:30:45", "std::vector at 12:30:45"},
                 {"mac 00:1A:2B:3C:4D:5E", "mac 00:1A:2B:3C:4D:5E"}});
    }
    void scrubText_ips_replacedWithRangeChecks() { checkRow(); }

    void scrubText_cards_onlyLuhnValid_data()
    {
        addRows({{"card 4111 1111 1111 1111 exp", "card [card] exp"},
                 {"4111-1111-1111-1111", "[card]"},
                 {"4111111111111111", "[card]"},
                 {"amex 378282246310005", "amex [card]"},
                 {"4111 1111 1111 1112", "4111 1111 1111 1112"}});
    }
    void scrubText_cards_onlyLuhnValid() { checkRow(); }

    void scrubText_platformIds_replaced_data()
    {
        addRows({{"<@U024BE7LH> look", "@Person A look"},
                 {"<@U999ZZZ99|zed> hi", "@[user] hi"},
                 {"in <#C024BE7LH|general>", "in #general"},
                 {"in <#C024BE7LH>", "in #[id]"},
                 {"user U0XYZ12345 joined", "user [id] joined"},
                 {"user U024BE7LH joined", "user Person A joined"},
                 {"msg 123456789012345678 gone", "msg [id] gone"},
                 {"<@123456789012345678> and <@!223456789012345678>", "@[user] and @[user]"},
                 {"from 4915112345678@s.whatsapp.net", "from [id]"},
                 {"group 120363000000000000@g.us", "group [id]"},
                 {"CAPITALS and C3PO stay", "CAPITALS and C3PO stay"}});
    }
    void scrubText_platformIds_replaced() { checkRow(); }

    void scrubText_urls_replacedKeepingWrittenLabels_data()
    {
        addRows({{"see https://example.com/a?b=c.", "see [url]."},
                 {"(see https://en.wikipedia.org/wiki/Foo_(bar))", "(see [url])"},
                 {"www.example.org/path, ok", "[url], ok"},
                 {"HTTPS://EXAMPLE.COM", "[url]"},
                 {"<https://example.com|the docs>", "the docs"},
                 {"<https://example.com|example.com>", "[url]"},
                 {"<https://example.com>", "[url]"},
                 {"<https://example.com|Alice's notes>", "Person A's notes"},
                 {"<mailto:bob@example.com|bob@example.com>", "[email]"},
                 {"http and httpd.conf", "http and httpd.conf"}});
    }
    void scrubText_urls_replacedKeepingWrittenLabels() { checkRow(); }

    void scrubText_mentions_knownPeopleGetPseudonyms_data()
    {
        addRows({{"@alice thanks", "@Person A thanks"},
                 {"@Alice Smith done", "@Person A done"},
                 {"@stranger hi", "@[user] hi"},
                 {"@here and @channel", "@here and @channel"},
                 {"cc @bjones.", "cc @Person B."},
                 {"@4915112345678 ok", "@[user] ok"}});
    }
    void scrubText_mentions_knownPeopleGetPseudonyms() { checkRow(); }

    void scrubText_names_wholeWordsAndLongestFirst_data()
    {
        addRows({{"Alice's idea", "Person A's idea"},
                 {"Alice\xE2\x80\x99s idea", "Person A\xE2\x80\x99s idea"},
                 {"Malice and Alicea", "Malice and Alicea"},
                 {"alice smith said", "Person A said"},
                 {"ALICE  SMITH said", "Person A said"},
                 {"A. Smith wrote", "Person A wrote"},
                 {"Bob Jones, Bob and bjones", "Person B, Person B and Person B"},
                 {"\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F \xD0\xBF\xD1\x80\xD0\xB8\xD1\x88\xD0\xBB\xD0\xB0",
                  "Person C \xD0\xBF\xD1\x80\xD0\xB8\xD1\x88\xD0\xBB\xD0\xB0"},
                 {"\xD0\x9C\xD0\x90\xD0\xA0\xD0\x98\xD0\xAF \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0", "Person C"},
                 {"\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F\xD0\xBD\xD0\xB0", "\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F\xD0\xBD\xD0\xB0"},
                 {"\xE6\x88\x91\xE5\x92\x8C\xE6\x9D\x8E\xE9\x9B\xB7\xE5\x8E\xBB", "\xE6\x88\x91\xE5\x92\x8CPerson D\xE5\x8E\xBB"},
                 {"Sam said hi to Sam Carter", "Sam said hi to Person E"},
                 {"Deploy Bot posted", "Deploy Bot posted"},
                 {"Smith alone", "Smith alone"}});
    }
    void scrubText_names_wholeWordsAndLongestFirst() { checkRow(); }

    void scrubText_switchOff_leavesThatCategory_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kept");
        QTest::newRow("email") << "email" << "a.b@example.com" << "a.b@example.com";
        QTest::newRow("phone") << "phone" << "+49 151 12345678" << "+49 151 12345678";
        QTest::newRow("url") << "url" << "https://example.com/x" << "https://example.com/x";
        QTest::newRow("ip") << "ip" << "10.1.2.3 and ::1" << "10.1.2.3 and ::1";
        QTest::newRow("card") << "card" << "4111 1111 1111 1111" << "4111 1111 1111 1111";
        QTest::newRow("platform-id") << "platform-id" << "<@U999ZZZ99> 123456789012345678"
                                     << "<@U999ZZZ99> 123456789012345678";
        QTest::newRow("mention") << "mention" << "@stranger" << "@stranger";
        QTest::newRow("name") << "name" << "Alice Smith" << "Alice Smith";
    }
    void scrubText_switchOff_leavesThatCategory()
    {
        QFETCH(QString, category);
        QFETCH(QString, input);
        QFETCH(QString, kept);
        const auto which = scrubCategoryFromString(category.toStdString());
        QVERIFY(which);
        ScrubOptions off;
        off.setEnabled(*which, false);
        const std::string text = input.toStdString() + " / ann@example.com +49 151 12345678 Alice";
        const Scrubber scrubber(off, people());
        ScrubReport report;
        const auto got = q(scrubber.scrubText(text, &report));
        QVERIFY2(got.startsWith(kept), qPrintable(QStringLiteral("with %1 off, \"%2\" became \"%3\"").arg(category, input, got)));
        QCOMPARE(report.count(*which), std::uint64_t(0));
        // The same text with only this category on does change: the switch is what kept it.
        const Scrubber onlyThis(only(*which), people());
        QVERIFY2(q(onlyThis.scrubText(input.toStdString())) != input,
                 qPrintable(QStringLiteral("%1 alone should replace something in \"%2\"").arg(category, input)));
    }

    void scrubText_urlsOffIdsOn_replacesTweetIdOnly()
    {
        ScrubOptions o;
        o.urls = false;
        const Scrubber scrubber(o, people());
        QCOMPARE(q(scrubber.scrubText("https://x.com/alice/status/1780000000000000000?s=20")),
                 QStringLiteral("https://x.com/alice/status/[id]?s=20"));
    }

    void pseudonyms_sameAcrossInstancesAndInputOrder()
    {
        auto reversed = people();
        std::reverse(reversed.begin(), reversed.end());
        const Scrubber first(ScrubOptions {}, people());
        const Scrubber second(ScrubOptions {}, reversed);
        const std::string text = "Will met Bob Jones, Alice and \xE6\x9D\x8E\xE9\x9B\xB7";
        QCOMPARE(q(first.scrubText(text)), q(second.scrubText(text)));
        QCOMPARE(q(first.scrubText(text)), QStringLiteral("Person G met Person B, Person A and Person D"));
        QCOMPARE(first.names().pseudonymOfParticipant(8), std::optional<std::string>("Person A"));
        QVERIFY2(!first.names().pseudonymOfParticipant(9), "a bot gets no pseudonym");
    }

    void pseudonymFor_countsPastZ()
    {
        QCOMPARE(q(NameDirectory::pseudonymFor(0)), QStringLiteral("Person A"));
        QCOMPARE(q(NameDirectory::pseudonymFor(25)), QStringLiteral("Person Z"));
        QCOMPARE(q(NameDirectory::pseudonymFor(26)), QStringLiteral("Person AA"));
        QCOMPARE(q(NameDirectory::pseudonymFor(27)), QStringLiteral("Person AB"));
        QCOMPARE(q(NameDirectory::pseudonymFor(26 + 26 * 26)), QStringLiteral("Person AAA"));
    }

    void forProject_mergedAcrossSources_onePseudonym()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        QVERIFY(store);
        auto import = [&](const std::string &path, const Participant &p) {
            ImportBatch batch;
            batch.participants.push_back(p);
            const auto id = (*store)->beginImport(path, "test");
            return id && (*store)->write(*id, batch) && (*store)->finishImport(*id, "complete");
        };
        QVERIFY(import("/exports/slack", {"slack:U0QUINN123", "Quinn Harper", "qharper", false}));
        QVERIFY(import("/exports/whatsapp", {"whatsapp:Q", "Quinny", "", false}));
        QVERIFY(import("/exports/twitter", {"twitter:77", "Rowan Vale", "rvale", false}));
        std::int64_t quinn = 0, quinny = 0;
        for (const auto &p : (*store)->participants(ParticipantCounts::Skip)) {
            if (p.key == "slack:U0QUINN123")
                quinn = p.id;
            else if (p.key == "whatsapp:Q")
                quinny = p.id;
        }
        QVERIFY((*store)->setAliasOf(quinny, quinn));

        const Scrubber scrubber = Scrubber::forProject(**store, ScrubOptions {});
        QCOMPARE(q(scrubber.scrubText("Quinn Harper aka Quinny aka @qharper met Rowan")),
                 QStringLiteral("Person A aka Person A aka @Person A met Person B"));
        const Scrubber again = Scrubber::forProject(**store, ScrubOptions {});
        QCOMPARE(q(again.scrubText("Quinny")), QStringLiteral("Person A"));
    }

    void scrub_keepMyName_leavesMeOnly()
    {
        ScrubOptions o;
        o.keepMyName = true;
        const Scrubber scrubber(o, people());
        QCOMPARE(q(scrubber.scrubText("Bob Jones and Alice, @bjones")), QStringLiteral("Bob Jones and Person A, @bjones"));
    }

    void scrub_lowercaseFirstNamesOff_sparesOrdinaryWords()
    {
        const Scrubber loose(ScrubOptions {}, people());
        QCOMPARE(q(loose.scrubText("I will ask Will")), QStringLiteral("I Person G ask Person G"));
        ScrubOptions o;
        o.lowercaseFirstNames = false;
        const Scrubber strict(o, people());
        QCOMPARE(q(strict.scrubText("I will ask Will")), QStringLiteral("I will ask Person G"));
        QCOMPARE(q(strict.scrubText("will turner")), QStringLiteral("Person G"));
    }

    void scrub_record_everyFieldAndReportPlaces()
    {
        TrainingRecord r;
        r.ordinal = 7;
        r.messages.push_back({TurnRole::System, "You are Bob Jones.", "", std::nullopt});
        r.messages.push_back({TurnRole::User, "Hi \xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F, mail a@ex.com", "Alice_Smith", std::nullopt});
        r.messages.push_back({TurnRole::Assistant, "ok", "Bob Jones", std::nullopt});
        r.promptCompletion = PromptCompletion {"Alice:", " +1 555 123 4567"};
        r.rejected = ChatTurn {TurnRole::Assistant, "call 030 1234567", "bjones", std::nullopt};
        const Scrubber scrubber(ScrubOptions {}, people());
        ScrubReport report;
        QVERIFY(scrubber.scrub(r, report));

        QCOMPARE(q(r.messages[0].content), QStringLiteral("You are Person B."));
        QCOMPARE(q(r.messages[1].content), QStringLiteral("Hi Person C, mail [email]"));
        QVERIFY2(r.messages[1].name == "Person_A", "a name field without spaces keeps the format's shape");
        QCOMPARE(q(r.messages[2].name), QStringLiteral("Person B"));
        QCOMPARE(q(r.promptCompletion->prompt), QStringLiteral("Person A:"));
        QCOMPARE(q(r.promptCompletion->completion), QStringLiteral(" [phone]"));
        QCOMPARE(q(r.rejected->content), QStringLiteral("call [phone]"));
        QCOMPARE(q(r.rejected->name), QStringLiteral("Person_B"));

        QCOMPARE(report.count(ScrubCategory::Name), std::uint64_t(6));
        QCOMPARE(report.count(ScrubCategory::Email), std::uint64_t(1));
        QCOMPARE(report.count(ScrubCategory::Phone), std::uint64_t(2));
        QCOMPARE(report.total(), std::uint64_t(9));
        QCOMPARE(report.recordsChanged(), std::uint64_t(1));
        // Turn 1's content: "Hi Мария, mail a@ex.com": Мария at code point 3 (byte 3), the email at
        // code point 15 (byte 20), which is code point 18 of the scrubbed text.
        const auto &e = report.entries();
        const auto it = std::find_if(e.begin(), e.end(), [](const ScrubReplacement &x) {
            return x.category == ScrubCategory::Email;
        });
        QVERIFY(it != e.end());
        QCOMPARE(it->ordinal, std::uint64_t(7));
        QVERIFY(it->field == ScrubField::TurnContent);
        QCOMPARE(it->turn, 1);
        QCOMPARE(q(it->original), QStringLiteral("a@ex.com"));
        QCOMPARE(q(it->replacement), QStringLiteral("[email]"));
        QCOMPARE(it->offset, std::size_t(15));
        QCOMPARE(it->byteOffset, std::size_t(20));
        QCOMPARE(it->scrubbedOffset, std::size_t(18));
        const auto name = std::prev(it);
        QVERIFY(name->category == ScrubCategory::Name);
        QCOMPARE(name->offset, std::size_t(3));
        QCOMPARE(name->scrubbedOffset, std::size_t(3));
        const auto field = std::find_if(e.begin(), e.end(), [](const ScrubReplacement &x) {
            return x.field == ScrubField::RejectedName;
        });
        QVERIFY(field != e.end());
        QCOMPARE(q(field->original), QStringLiteral("bjones"));
    }

    void report_capsDetailedEntriesButCountsAll()
    {
        ScrubOptions o;
        o.maxReportEntries = 3;
        const Scrubber scrubber(o, people());
        ScrubReport report(o.maxReportEntries);
        for (int k = 0; k < 5; ++k) {
            TrainingRecord r;
            r.ordinal = static_cast<std::uint64_t>(k);
            r.messages.push_back({TurnRole::User, "a1@example.com b2@example.com", "", std::nullopt});
            scrubber.scrub(r, report);
        }
        QCOMPARE(report.count(ScrubCategory::Email), std::uint64_t(10));
        QCOMPARE(report.entries().size(), std::size_t(3));
        QCOMPARE(report.omitted(), std::uint64_t(7));
        QCOMPARE(report.recordsSeen(), std::uint64_t(5));
    }

    void scrub_parallelThreads_sameAsSerial()
    {
        const Scrubber scrubber(ScrubOptions {}, people());
        std::vector<TrainingRecord> records(400);
        for (std::size_t k = 0; k < records.size(); ++k) {
            records[k].ordinal = k;
            records[k].messages.push_back({TurnRole::User,
                                           "Alice at alice" + std::to_string(k) + "@example.com, +49 151 1234" + std::to_string(1000 + k),
                                           "", std::nullopt});
        }
        auto serial = records;
        ScrubReport serialReport;
        for (auto &r : serial)
            scrubber.scrub(r, serialReport);
        ScrubReport a, b;
        std::thread first([&] { for (std::size_t k = 0; k < 200; ++k) scrubber.scrub(records[k], a); });
        std::thread second([&] { for (std::size_t k = 200; k < 400; ++k) scrubber.scrub(records[k], b); });
        first.join();
        second.join();
        a.merge(b);
        QVERIFY2(records == serial, "records scrubbed on two threads differ from a serial scrub");
        QCOMPARE(a.total(), serialReport.total());
        QVERIFY(a.entries() == serialReport.entries());
    }
};

QTEST_GUILESS_MAIN(TestScrubber)
#include "tst_scrubber.moc"
