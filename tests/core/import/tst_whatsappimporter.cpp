#include "domain/message.h"
#include "import/whatsapp/whatsappchatname.h"
#include "import/whatsapp/whatsappimporter.h"
#include "input/inputsource.h"
#include "support/testsupport.h"
#include "util/timeutil.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace tb;
using namespace tb::core;

namespace {

const WhatsAppImporter kImporter;
const std::string kChatFile = "WhatsApp Chat with Sam.txt";

std::string iso(const Message &m)
{
    return m.timestampMs ? timeutil::toIsoUtc(*m.timestampMs) : std::string("none");
}

std::string author(const Message &m)
{
    return m.authorKey.empty() ? std::string() : m.authorKey.substr(std::string("whatsapp:").size());
}

ImportBatch importText(const std::string &content, const ImportOptions &options = {},
                       const std::string &fileName = kChatFile)
{
    return test::runImporterOnText(kImporter, fileName, content, options);
}

ImportBatch importData(const QString &relative, const ImportOptions &options = {})
{
    const QString path = test::dataPath(QStringLiteral("whatsapp/") + relative);
    return test::runImporterOnText(kImporter, QFileInfo(path).fileName().toStdString(), test::readFile(path), options);
}

const Finding *findingWith(const ImportBatch &batch, Severity severity, const std::string &part)
{
    for (const auto &f : batch.findings) {
        if (f.severity == severity && f.reason.find(part) != std::string::npos)
            return &f;
    }
    return nullptr;
}

std::uint32_t flagsFromLetters(const QString &letters)
{
    std::uint32_t flags = 0;
    flags |= letters.contains(QLatin1Char('S')) ? MessageFlag::System : 0u;
    flags |= letters.contains(QLatin1Char('M')) ? MessageFlag::Media : 0u;
    flags |= letters.contains(QLatin1Char('D')) ? MessageFlag::Deleted : 0u;
    flags |= letters.contains(QLatin1Char('E')) ? MessageFlag::Edited : 0u;
    return flags;
}

std::string kindOf(const ImportBatch &batch)
{
    return batch.conversations.empty() ? std::string("none") : std::string(toString(batch.conversations[0].kind));
}

QByteArray show(const Message &m)
{
    return QByteArray::fromStdString(m.origin + " [" + iso(m) + "] <" + author(m) + "> " + m.text +
                                     " flags=" + std::to_string(m.flags));
}

// chat-miner joins the lines of a message with a space and drops (new) or renames (old) system
// lines; we keep the line breaks, so the comparisons join our lines the same way.
std::string joinedLines(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

// chat-miner-old's targets turn NBSP into a plain space; we keep what the person typed.
std::string withPlainSpaces(std::string text)
{
    for (std::size_t at; (at = text.find("\xC2\xA0")) != std::string::npos;)
        text.replace(at, 2, " ");
    return text;
}

std::vector<std::vector<std::string>> readCsv(const std::string &content)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (quoted) {
            if (c == '"' && i + 1 < content.size() && content[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.empty() || !rows.back().empty())
        rows.back().push_back(std::move(field));
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

} // namespace

class TestWhatsAppImporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void header_eachLayout_parsesTimestampAuthorAndText_data();
    void header_eachLayout_parsesTimestampAuthorAndText();
    void header_mixedLayouts_eachReadOnItsOwn();
    void sample_hikingChat_importsAsDirectMessage();
    void body_multiLineAndOddNames_keepsLinesAndAuthors();
    void body_androidSpecialLines_getFlags();
    void body_invisibleMarks_strippedFromTextKeptInRaw();
    void body_authorNamedLikeChat_onlyMarkedLinesAreSystem();
    void zip_iosExportWithMedia_importsChatAndSkipsAttachments();
    void dateOrder_ambiguous_warnsAndUsesDayFirst();
    void dateOrder_override_isHonoured();
    void dateOrder_overrideContradicted_warnsAndDropsImpossibleDates();
    void dateOrder_chronology_decidesWhenNoFieldExceeds12();
    void dateOrder_midFileSwitch_decidedPerLayout();
    void dateOrder_noYear_leavesTimestampEmptyWithWarning();
    void file_leadingLines_reportedWithLineNumbers();
    void file_crlf_linesEndClean();
    void file_invalidUtf8_repairedWithWarning();
    void file_utf16_readAsText();
    void detect_notAChat_isRejected();
    void folder_withNonChatText_skipsItWithInfo();
    void keys_newerExport_keepsKeysOfOldMessages();
    void keys_identicalMessages_areNumbered();
    void chatName_fromFileNames_data();
    void chatName_fromFileNames();
    void conformance_chatMiner_matchesTarget_data();
    void conformance_chatMiner_matchesTarget();
    void conformance_chatMinerOld_matchesTargetCsv_data();
    void conformance_chatMinerOld_matchesTargetCsv();
    void conformance_chatHistoryManager_switchGivesSaneDates();
};

void TestWhatsAppImporter::header_eachLayout_parsesTimestampAuthorAndText_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expectedTime");
    QTest::addColumn<QByteArray>("expectedAuthor");
    QTest::addColumn<QByteArray>("expectedText");
    QTest::addColumn<QString>("expectedFlags");
    const std::string table = test::readFile(test::dataPath(QStringLiteral("whatsapp/layouts.tsv")));
    if (table.empty()) // a failing _data function would leave QFETCH without columns
        QTest::newRow("layouts.tsv missing") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QString();
    for (const QByteArray &row : QByteArray::fromStdString(table).split('\n')) {
        if (row.isEmpty() || row.startsWith('#'))
            continue;
        const auto cells = row.split('\t');
        QVERIFY2(cells.size() == 6, row.constData());
        QTest::newRow(cells[0].constData()) << cells[1] << cells[2] << cells[3] << cells[4] << QString::fromUtf8(cells[5]);
    }
}

void TestWhatsAppImporter::header_eachLayout_parsesTimestampAuthorAndText()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expectedTime);
    QFETCH(QByteArray, expectedAuthor);
    QFETCH(QByteArray, expectedText);
    QFETCH(QString, expectedFlags);
    if (line.isEmpty())
        QFAIL("tests/data/whatsapp/layouts.tsv is not readable; run the test through ctest so TB_SOURCE_DIR is set");
    MemoryInput input(kChatFile);
    input.add(kChatFile, line.toStdString() + "\n");
    QVERIFY2(kImporter.detect(input) > 0, "a single header line should be detected as a WhatsApp chat");
    const auto batch = importText(line.toStdString() + "\n");
    QVERIFY2(batch.messages.size() == 1, test::describeFindings(batch));
    const Message &m = batch.messages[0];
    QCOMPARE(QByteArray::fromStdString(iso(m)), expectedTime);
    QCOMPARE(QByteArray::fromStdString(author(m)), expectedAuthor);
    QCOMPARE(QByteArray::fromStdString(m.text), expectedText);
    QCOMPARE(m.flags, flagsFromLetters(expectedFlags));
    QVERIFY2(test::countFindings(batch, Severity::Error) == 0, test::describeFindings(batch));
    QVERIFY2(m.origin == kChatFile + ":1", m.origin.c_str());
    if (expectedTime == "none")
        QVERIFY2(test::countFindings(batch, Severity::Warning) >= 1, "a header without a timestamp should be reported");
}

void TestWhatsAppImporter::header_mixedLayouts_eachReadOnItsOwn()
{
    // Nothing of one header (here the Japanese era) may leak into the next one.
    const auto batch = importText("[3/27/R4, 21:41:35] Ana: era\n19:23, 28 Aug 2013 - Ben: named\n"
                                  "[3/27/2565 BE, 21:41:35] Ana: buddhist\n2013-08-28, 7:03 a.m. - Ben: year first\n");
    QVERIFY2(batch.messages.size() == 4, test::describeFindings(batch));
    QCOMPARE(iso(batch.messages[0]), std::string("2022-03-27T21:41:35Z"));
    QCOMPARE(iso(batch.messages[1]), std::string("2013-08-28T19:23:00Z"));
    QCOMPARE(iso(batch.messages[2]), std::string("2022-03-27T21:41:35Z"));
    QCOMPARE(iso(batch.messages[3]), std::string("2013-08-28T07:03:00Z"));
}

void TestWhatsAppImporter::sample_hikingChat_importsAsDirectMessage()
{
    const QString path = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample/WhatsApp Chat with Sam Rivera.txt");
    auto input = InputSource::open(path.toStdString());
    QVERIFY2(input.ok(), "the bundled sample should open");
    QCOMPARE(kImporter.detect(**input), 95);
    const auto batch = test::runImporter(kImporter, **input);
    QCOMPARE(batch.messages.size(), std::size_t(61));
    QCOMPARE(batch.conversations.size(), std::size_t(1));
    QCOMPARE(batch.conversations[0].key, std::string("whatsapp:Sam Rivera"));
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::DirectMessage)));
    QCOMPARE(batch.participants.size(), std::size_t(2));
    QVERIFY2(findingWith(batch, Severity::Info, "read as day/month/year"), test::describeFindings(batch));
    QCOMPARE(test::countFindings(batch, Severity::Warning), 0);
    int system = 0, media = 0, deleted = 0, edited = 0, multiLine = 0;
    for (const auto &m : batch.messages) {
        system += (m.flags & MessageFlag::System) != 0;
        media += (m.flags & MessageFlag::Media) != 0;
        deleted += (m.flags & MessageFlag::Deleted) != 0;
        edited += (m.flags & MessageFlag::Edited) != 0;
        multiLine += m.text.find('\n') != std::string::npos;
        QVERIFY2(m.timestampMs.has_value(), show(m));
    }
    QCOMPARE(system, 1);
    QCOMPARE(media, 5);
    QCOMPARE(deleted, 1);
    QCOMPARE(edited, 1);
    QCOMPARE(multiLine, 4);
    const Message *packing = test::findMessageByText(batch, "Packing list, tell me what I'm missing:\n- 2 L water each\n"
                                                            "- sandwiches\n- trail mix\n- rain jackets\n- first aid kit\n"
                                                            "- sunscreen\n- headlamp (just in case)");
    QVERIFY2(packing, "the seven-line packing list should be one message");
    QCOMPARE(iso(*packing), std::string("2024-06-15T12:30:00Z"));
}

void TestWhatsAppImporter::body_multiLineAndOddNames_keepsLinesAndAuthors()
{
    const auto batch = importData(QStringLiteral("multiline.txt"));
    QVERIFY2(batch.messages.size() == 9, test::describeFindings(batch));
    const Message *list = test::findMessageByText(batch, "Packing list so far:\n\n- boots\n- rain jacket\n\nanything else?");
    QVERIFY2(list, "empty continuation lines should stay inside the message");
    QCOMPARE(author(*list), std::string("Priya Nair-Okafor"));
    const Message *colon = test::findMessageByText(batch, "Who: names can hold a colon");
    QVERIFY2(colon && author(*colon) == "Dr", "the author ends at the first \": \"");
    const Message *spaced = test::findMessageByText(batch, "the map says : turn left : then right");
    QVERIFY2(spaced && author(*spaced) == "Zo\xC3\xAB \xF0\x9F\x8C\xB2 Lind", "emoji names and \" : \" in text survive");
    QVERIFY2(test::findMessageByText(batch, "I'm not in your contacts yet") &&
                 author(*test::findMessageByText(batch, "I'm not in your contacts yet")) == "Marco",
             "\"~ Marco\" is the participant Marco");
    QCOMPARE(author(*test::findMessageByText(batch, "me neither")), std::string("Luz"));
    QCOMPARE(author(*test::findMessageByText(batch, "it's me, the number")), std::string("+44 7700 900123"));
    const Message *dates = test::findMessageByText(batch, "Remember these dates:\n12/03/2021 was the first trip\n"
                                                          "1/2/3 - not a header either\n15/05/2024 at 10:00 - neither is this");
    QVERIFY2(dates, "continuation lines that start like dates are not headers");
    std::set<std::string> keys;
    for (const auto &p : batch.participants)
        keys.insert(p.key);
    QVERIFY2(keys.count("whatsapp:Marco") && keys.count("whatsapp:Luz") && keys.count("whatsapp:+44 7700 900123"),
             "participants are keyed by the cleaned name");
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::Group)));
}

void TestWhatsAppImporter::body_androidSpecialLines_getFlags()
{
    const auto batch = importData(QStringLiteral("flags-android.txt"));
    QVERIFY2(batch.messages.size() == 16, test::describeFindings(batch));
    auto flagsOf = [&](const std::string &text) {
        const Message *m = test::findMessageByText(batch, text);
        return m ? m->flags : 0xFFFFFFFFu;
    };
    QCOMPARE(flagsOf("Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or "
                     "share them. Learn more."),
             std::uint32_t(MessageFlag::System));
    QCOMPARE(flagsOf("Noor created group \"Hiking Crew\""), std::uint32_t(MessageFlag::System));
    QCOMPARE(flagsOf("Noor added Priya"), std::uint32_t(MessageFlag::System));
    const Message *subject = test::findMessageByText(batch, "Noor changed the subject from \"Hike\" to \"Hiking Crew: May\"");
    QVERIFY2(subject && subject->authorKey.empty() && subject->flags == MessageFlag::System,
             "a system line with \": \" inside is not split into author and text");
    QCOMPARE(flagsOf("<Media omitted>"), std::uint32_t(MessageFlag::Media));
    QCOMPARE(flagsOf("<media omitted>"), std::uint32_t(MessageFlag::Media));
    QCOMPARE(flagsOf("IMG-20240520-WA0001.jpg (file attached)\nthe trailhead"), std::uint32_t(MessageFlag::Media));
    QCOMPARE(flagsOf("location: https://maps.google.com/?q=46.5,8.0"), std::uint32_t(MessageFlag::Media));
    QCOMPARE(flagsOf("null"), std::uint32_t(MessageFlag::Media));
    QCOMPARE(flagsOf("This message was deleted"), std::uint32_t(MessageFlag::Deleted));
    QCOMPARE(flagsOf("You deleted this message"), std::uint32_t(MessageFlag::Deleted));
    const Message *edited = test::findMessageByText(batch, "We start at 7");
    QVERIFY2(edited && edited->flags == MessageFlag::Edited, "the edit marker is stripped and flagged");
    QCOMPARE(edited->rawText, std::string("We start at 7 <This message was edited>"));
    QCOMPARE(flagsOf("Wir starten um 8"), std::uint32_t(MessageFlag::Edited));
    const Message *timer = test::findMessageByText(
        batch, "Noor updated the message timer. New messages will disappear from this chat 7 days after they're sent.");
    QVERIFY2(timer && timer->flags == MessageFlag::System && author(*timer) == "Noor",
             "an attributed timer notice is a system line that keeps its author");
    QCOMPARE(flagsOf("Priya left"), std::uint32_t(MessageFlag::System));
    QCOMPARE(flagsOf("I left my poles at home"), std::uint32_t(0));
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::Group)));
}

void TestWhatsAppImporter::body_invisibleMarks_strippedFromTextKeptInRaw()
{
    const std::string body = "\xE2\x80\x8F" "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x81\xA6world\xE2\x81\xA9 \xEF\xBB\xBFok\xC2\xA0!";
    const auto batch = importText("14/05/2024, 09:00 - Ana: " + body + "\n14/05/2024, 09:01 - Ben: x\n");
    QVERIFY2(batch.messages.size() == 2, test::describeFindings(batch));
    QCOMPARE(batch.messages[0].rawText, body);
    QCOMPARE(batch.messages[0].text, std::string("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D world ok\xC2\xA0!"));
    QCOMPARE(batch.messages[0].flags, std::uint32_t(0));
}

void TestWhatsAppImporter::body_authorNamedLikeChat_onlyMarkedLinesAreSystem()
{
    // An iOS 1:1 chat: the contact's name is the chat's name, and WhatsApp's own lines carry it too.
    const auto batch = importText("[14/05/2024, 09:00:00] Sam: \xE2\x80\x8EMessages and calls are end-to-end encrypted.\r\n"
                                  "[14/05/2024, 09:01:00] Sam: I added sugar and left early\r\n"
                                  "[14/05/2024, 09:02:00] Ana: ok\r\n");
    QVERIFY2(batch.messages.size() == 3, test::describeFindings(batch));
    QVERIFY2(batch.messages[0].authorKey.empty() && batch.messages[0].flags == MessageFlag::System, show(batch.messages[0]));
    QVERIFY2(author(batch.messages[1]) == "Sam" && batch.messages[1].flags == 0, show(batch.messages[1]));
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::DirectMessage)));
    QCOMPARE(batch.participants.size(), std::size_t(2));
}

void TestWhatsAppImporter::zip_iosExportWithMedia_importsChatAndSkipsAttachments()
{
    const QString path = test::dataPath(QStringLiteral("whatsapp/WhatsApp Chat - Trail Crew.zip"));
    auto input = InputSource::open(path.toStdString());
    QVERIFY2(input.ok(), "the test zip should open");
    QCOMPARE(kImporter.detect(**input), 95);
    const auto batch = test::runImporter(kImporter, **input);
    QVERIFY2(batch.messages.size() == 11, test::describeFindings(batch));
    QCOMPARE(batch.conversations.size(), std::size_t(1));
    QCOMPARE(batch.conversations[0].key, std::string("whatsapp:Trail Crew"));
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::Group)));
    QVERIFY2(findingWith(batch, Severity::Info, "skipped, not a WhatsApp chat"), test::describeFindings(batch));
    QCOMPARE(test::countFindings(batch, Severity::Warning), 0);
    QCOMPARE(test::countFindings(batch, Severity::Error), 0);
    std::set<std::string> people;
    for (const auto &p : batch.participants)
        people.insert(p.displayName);
    QVERIFY2((people == std::set<std::string>{"Noor", "Priya", "Sam"}), "the group's name is not a participant");
    const Message &notice = batch.messages[0];
    QVERIFY2(notice.authorKey.empty() && notice.flags == MessageFlag::System && notice.text.rfind("Messages and calls", 0) == 0,
             show(notice));
    QCOMPARE(iso(notice), std::string("2024-05-14T18:00:01Z"));
    QCOMPARE(notice.rawText.substr(0, 3), std::string("\xE2\x80\x8E"));
    QCOMPARE(batch.messages[2].text, std::string("Noor added Priya and Sam"));
    QCOMPARE(batch.messages[3].text, std::string("Who's in for Saturday?"));
    QCOMPARE(batch.messages[4].flags, std::uint32_t(MessageFlag::Media));
    QCOMPARE(batch.messages[5].flags, std::uint32_t(MessageFlag::Media));
    QCOMPARE(batch.messages[6].flags, std::uint32_t(MessageFlag::Media));
    QCOMPARE(batch.messages[7].flags, std::uint32_t(MessageFlag::Deleted));
    QCOMPARE(batch.messages[8].text, std::string("Meet at 7"));
    QCOMPARE(batch.messages[8].flags, std::uint32_t(MessageFlag::Edited));
    QCOMPARE(batch.messages[9].flags, std::uint32_t(MessageFlag::Media));
    QCOMPARE(batch.messages[10].text, std::string("See you\nall there"));
    QCOMPARE(iso(batch.messages[10]), std::string("2024-05-14T23:59:59Z"));
    for (const auto &m : batch.messages)
        QVERIFY2(m.rawText.find('\r') == std::string::npos && m.text.find('\r') == std::string::npos, show(m));
}

void TestWhatsAppImporter::dateOrder_ambiguous_warnsAndUsesDayFirst()
{
    const auto batch = importData(QStringLiteral("ambiguous.txt"));
    QCOMPARE(batch.messages.size(), std::size_t(3));
    const Finding *warning = findingWith(batch, Severity::Warning, "--date-order mdy");
    QVERIFY2(warning && warning->line == 1, test::describeFindings(batch));
    QVERIFY2(warning->reason.find("day/month/year") != std::string::npos, warning->reason.c_str());
    QVERIFY2(findingWith(batch, Severity::Info, "read as day/month/year"), test::describeFindings(batch));
    QCOMPARE(iso(batch.messages[0]), std::string("2024-02-01T10:00:00Z"));
    QCOMPARE(iso(batch.messages[2]), std::string("2024-04-03T09:00:00Z"));
}

void TestWhatsAppImporter::dateOrder_override_isHonoured()
{
    ImportOptions options;
    options.dateOrder = DateOrder::MonthDayYear;
    const auto batch = importData(QStringLiteral("ambiguous.txt"), options);
    QCOMPARE(batch.messages.size(), std::size_t(3));
    QCOMPARE(test::countFindings(batch, Severity::Warning), 0);
    QVERIFY2(findingWith(batch, Severity::Info, "read as month/day/year: as requested"), test::describeFindings(batch));
    QCOMPARE(iso(batch.messages[0]), std::string("2024-01-02T10:00:00Z"));
    QCOMPARE(iso(batch.messages[2]), std::string("2024-03-04T09:00:00Z"));
}

void TestWhatsAppImporter::dateOrder_overrideContradicted_warnsAndDropsImpossibleDates()
{
    ImportOptions options;
    options.dateOrder = DateOrder::MonthDayYear;
    const auto batch = importData(QStringLiteral("switch.txt"), options);
    QCOMPARE(batch.messages.size(), std::size_t(4));
    const Finding *contradiction = findingWith(batch, Severity::Warning, "cannot be a month");
    QVERIFY2(contradiction && contradiction->line == 4, test::describeFindings(batch));
    QVERIFY2(findingWith(batch, Severity::Warning, "does not exist"), test::describeFindings(batch));
    QCOMPARE(iso(batch.messages[2]), std::string("2023-02-07T08:00:00Z"));
    QCOMPARE(iso(batch.messages[3]), std::string("none"));
}

void TestWhatsAppImporter::dateOrder_chronology_decidesWhenNoFieldExceeds12()
{
    const auto batch = importData(QStringLiteral("chronology.txt"));
    QCOMPARE(batch.messages.size(), std::size_t(3));
    QCOMPARE(test::countFindings(batch, Severity::Warning), 0);
    QVERIFY2(findingWith(batch, Severity::Info, "read as month/day/year: no field exceeds 12"), test::describeFindings(batch));
    QCOMPARE(iso(batch.messages[0]), std::string("2023-01-12T10:00:00Z"));
    QCOMPARE(iso(batch.messages[1]), std::string("2023-02-01T10:00:00Z"));
}

void TestWhatsAppImporter::dateOrder_midFileSwitch_decidedPerLayout()
{
    const auto batch = importData(QStringLiteral("switch.txt"));
    QCOMPARE(batch.messages.size(), std::size_t(4));
    QCOMPARE(test::countFindings(batch, Severity::Warning), 0);
    QVERIFY2(findingWith(batch, Severity::Info, "lines 1-2 (layout \"n/n/yy, hh:mm -\") read as month/day/year"),
             test::describeFindings(batch));
    QVERIFY2(findingWith(batch, Severity::Info, "lines 3-4 (layout \"n/n/yyyy, hh:mm -\") read as day/month/year"),
             test::describeFindings(batch));
    const char *expected[] = {"2023-06-30T16:14:00Z", "2023-07-01T09:00:00Z", "2023-07-02T08:00:00Z", "2023-07-13T08:00:00Z"};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(iso(batch.messages[i]), std::string(expected[i]));
}

void TestWhatsAppImporter::dateOrder_noYear_leavesTimestampEmptyWithWarning()
{
    const auto batch = importData(QStringLiteral("no-year.txt"));
    QCOMPARE(batch.messages.size(), std::size_t(3));
    for (const auto &m : batch.messages)
        QVERIFY2(!m.timestampMs, show(m));
    const Finding *warning = findingWith(batch, Severity::Warning, "without a year");
    QVERIFY2(warning && warning->line == 1 && warning->reason.rfind("3 ", 0) == 0, test::describeFindings(batch));
    QCOMPARE(batch.messages[2].flags, std::uint32_t(MessageFlag::System));
}

void TestWhatsAppImporter::file_leadingLines_reportedWithLineNumbers()
{
    const auto batch = importData(QStringLiteral("leading-lines.txt"));
    QCOMPARE(batch.messages.size(), std::size_t(1));
    const Finding *warning = findingWith(batch, Severity::Warning, "lines 1-2 come before the first message header");
    QVERIFY2(warning && warning->line == 1, test::describeFindings(batch));
    QVERIFY2(warning->reason.find("Exported from my old phone") != std::string::npos, warning->reason.c_str());
}

void TestWhatsAppImporter::file_crlf_linesEndClean()
{
    const auto batch = importText("14/05/2024, 09:00 - Ana: one\r\ntwo\r\n14/05/2024, 09:01 - Ben: three\r\n");
    QCOMPARE(batch.messages.size(), std::size_t(2));
    QCOMPARE(batch.messages[0].text, std::string("one\ntwo"));
    QCOMPARE(batch.messages[0].rawText, std::string("one\ntwo"));
    QCOMPARE(batch.messages[1].text, std::string("three"));
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::DirectMessage)));
}

void TestWhatsAppImporter::file_invalidUtf8_repairedWithWarning()
{
    const auto batch = importData(QStringLiteral("invalid-utf8.txt"));
    QCOMPARE(batch.messages.size(), std::size_t(2));
    const Finding *warning = findingWith(batch, Severity::Warning, "not UTF-8");
    QVERIFY2(warning && warning->line == 1 && warning->reason.rfind("2 byte", 0) == 0, test::describeFindings(batch));
    QCOMPARE(batch.messages[0].text, std::string("caf\xEF\xBF\xBD at 9?"));
}

void TestWhatsAppImporter::file_utf16_readAsText()
{
    const QString chat = QStringLiteral("14/05/2024, 09:00 - Zo\u00EB: hi \U0001F600\n14/05/2024, 09:01 - Ben: hey\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(chat.utf16()), chat.size() * 2);
    MemoryInput input(kChatFile);
    input.add(kChatFile, utf16.toStdString());
    QVERIFY2(kImporter.detect(input) > 0, "a UTF-16 chat should still be detected");
    const auto batch = test::runImporter(kImporter, input);
    QVERIFY2(batch.messages.size() == 2, test::describeFindings(batch));
    QCOMPARE(batch.messages[0].text, std::string("hi \xF0\x9F\x98\x80"));
    QCOMPARE(author(batch.messages[0]), std::string("Zo\xC3\xAB"));
    QVERIFY2(findingWith(batch, Severity::Info, "UTF-16"), test::describeFindings(batch));
}

void TestWhatsAppImporter::detect_notAChat_isRejected()
{
    const std::string text = test::readFile(test::dataPath(QStringLiteral("whatsapp/not-a-chat.txt")));
    MemoryInput input("not-a-chat.txt");
    input.add("not-a-chat.txt", text);
    QCOMPARE(kImporter.detect(input), 0);
    const auto batch = test::runImporter(kImporter, input);
    QCOMPARE(batch.messages.size(), std::size_t(0));
    QVERIFY2(findingWith(batch, Severity::Error, "not a WhatsApp chat"), test::describeFindings(batch));
}

void TestWhatsAppImporter::folder_withNonChatText_skipsItWithInfo()
{
    MemoryInput input("exports");
    input.add("notes/not-a-chat.txt", test::readFile(test::dataPath(QStringLiteral("whatsapp/not-a-chat.txt"))));
    input.add("WhatsApp Chat with Ana.txt", "14/05/2024, 09:00 - Ana: hi\n14/05/2024, 09:01 - Ben: hey\n");
    input.add("WhatsApp Chat - Ben/_chat.txt", "[14/05/2024, 09:00:00] Ben: yo\n");
    input.add("__MACOSX/._chat.txt", "junk");
    QCOMPARE(kImporter.detect(input), 95);
    const auto batch = test::runImporter(kImporter, input);
    QCOMPARE(batch.messages.size(), std::size_t(3));
    QCOMPARE(batch.conversations.size(), std::size_t(2));
    QCOMPARE(batch.conversations[0].key, std::string("whatsapp:Ana"));
    QCOMPARE(batch.conversations[1].key, std::string("whatsapp:Ben"));
    const Finding *skip = findingWith(batch, Severity::Info, "skipped, not a WhatsApp chat");
    QVERIFY2(skip && skip->file == "notes/not-a-chat.txt", test::describeFindings(batch));
    QCOMPARE(test::countFindings(batch, Severity::Error), 0);
}

void TestWhatsAppImporter::keys_newerExport_keepsKeysOfOldMessages()
{
    const std::string older = "14/05/2024, 09:00 - Ana: hi\n14/05/2024, 09:01 - Ben: hey\n14/05/2024, 09:02 - Ana: ok\n";
    const std::string newer = older + "15/05/2024, 10:00 - Ben: new one\n15/05/2024, 10:01 - Ana: ok\n";
    const auto first = importText(older);
    const auto second = importText(newer);
    QCOMPARE(second.messages.size(), std::size_t(5));
    for (std::size_t i = 0; i < first.messages.size(); ++i)
        QCOMPARE(second.messages[i].key, first.messages[i].key);
    QVERIFY2(first.messages[0].key.rfind("whatsapp:Sam:", 0) == 0, first.messages[0].key.c_str());
    QVERIFY2(second.messages[2].key != second.messages[4].key, "different times give different keys");
}

void TestWhatsAppImporter::keys_identicalMessages_areNumbered()
{
    const auto batch = importText("14/05/2024, 09:00 - Ana: ok\n14/05/2024, 09:00 - Ana: ok\n14/05/2024, 09:00 - Ben: ok\n");
    QCOMPARE(batch.messages.size(), std::size_t(3));
    const std::string &a = batch.messages[0].key;
    const std::string &b = batch.messages[1].key;
    QCOMPARE(a.substr(0, a.size() - 2), b.substr(0, b.size() - 2));
    QVERIFY2(a.substr(a.size() - 2) == ":0" && b.substr(b.size() - 2) == ":1", (a + " " + b).c_str());
    QVERIFY2(batch.messages[2].key.substr(0, a.size() - 2) != a.substr(0, a.size() - 2), "another author, another hash");
}

void TestWhatsAppImporter::chatName_fromFileNames_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("android") << QStringLiteral("WhatsApp Chat with Sam Rivera.txt") << QStringLiteral("/x/WhatsApp Chat with Sam Rivera.txt") << QStringLiteral("Sam Rivera");
    QTest::newRow("ios-dash") << QStringLiteral("WhatsApp Chat - Dmitry S.txt") << QStringLiteral("/x") << QStringLiteral("Dmitry S");
    QTest::newRow("ios-zip") << QStringLiteral("_chat.txt") << QStringLiteral("/dl/WhatsApp Chat - Trail Crew.zip") << QStringLiteral("Trail Crew");
    QTest::newRow("ios-folder") << QStringLiteral("WhatsApp Chat - Ben/_chat.txt") << QStringLiteral("/dl/all.zip") << QStringLiteral("Ben");
    QTest::newRow("czech") << QStringLiteral("Chat WhatsApp s u\u017Eivatelem Jana.txt") << QString() << QStringLiteral("Jana");
    QTest::newRow("russian") << QStringLiteral("\u0427\u0430\u0442 WhatsApp \u0441 \u043A\u043E\u043D\u0442\u0430\u043A\u0442\u043E\u043C \u041E\u043B\u044F.txt") << QString() << QStringLiteral("\u041E\u043B\u044F");
    QTest::newRow("dutch") << QStringLiteral("WhatsApp-chat met Sanne.txt") << QString() << QStringLiteral("Sanne");
    QTest::newRow("german") << QStringLiteral("WhatsApp Chat mit Lena.txt") << QString() << QStringLiteral("Lena");
    QTest::newRow("other-name") << QStringLiteral("backup/family 2023.TXT") << QString() << QStringLiteral("family 2023");
}

void TestWhatsAppImporter::chatName_fromFileNames()
{
    QFETCH(QString, entry);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(whatsapp::chatName(entry.toStdString(), input.toStdString())), expected);
}

void TestWhatsAppImporter::conformance_chatMiner_matchesTarget_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"test_ddmmyy_24hrs.txt", "test_mmddyy_24hrs.txt", "test_[mmddyy]_24hrs.txt",
                             "test_mmddyyyy_12hrs.txt", "test_yyyymmdd_24hrs.txt"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWhatsAppImporter::conformance_chatMiner_matchesTarget()
{
    QFETCH(QString, file);
    TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("whatsapp/chat-miner/") + file);
    const auto target = nlohmann::json::parse(test::readFile(test::sharedFixture(QStringLiteral("whatsapp/chat-miner/target.json"))),
                                              nullptr, false);
    QVERIFY2(target.is_array(), "target.json should be an array");
    const auto batch = test::runImporterOnText(kImporter, file.toStdString(), test::readFile(path));
    QCOMPARE(test::countFindings(batch, Severity::Error), 0);
    // chat-miner drops system lines (including "John Doe:." with no ": ", which we read as an
    // authorless system line too); its target is newest first.
    std::vector<const Message *> ours;
    for (auto it = batch.messages.rbegin(); it != batch.messages.rend(); ++it) {
        if (!(it->flags & MessageFlag::System))
            ours.push_back(&*it);
    }
    QCOMPARE(ours.size(), target.size());
    for (std::size_t i = 0; i < ours.size(); ++i) {
        const auto &t = target[i];
        QCOMPARE(iso(*ours[i]), t["timestamp"].get<std::string>() + "Z");
        QCOMPARE(author(*ours[i]), t["author"].get<std::string>());
        QCOMPARE(joinedLines(ours[i]->text), t["message"].get<std::string>());
    }
}

void TestWhatsAppImporter::conformance_chatMinerOld_matchesTargetCsv_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"test_dateformat1", "test_dateformat2", "test_dateformat3", "test_dateformat4",
                             "test_dateformat5", "test_unicode"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWhatsAppImporter::conformance_chatMinerOld_matchesTargetCsv()
{
    QFETCH(QString, name);
    TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("whatsapp/chat-miner-old/") + name + QStringLiteral(".txt"));
    auto rows = readCsv(test::readFile(test::sharedFixture(QStringLiteral("whatsapp/chat-miner-old/") + name +
                                                           QStringLiteral("_target.csv"))));
    // Old chat-miner read "John Doe:." (no space after the colon) as a message by John Doe and
    // renamed it "<Disappearing Message>"; current chat-miner and we read it as a system line.
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const auto &row) { return row.size() > 2 && row[2] == "<Disappearing Message>"; }),
               rows.end());
    QVERIFY2(rows.size() > 1 && rows[0][0] == "timestamp", "target CSV should have a header row");
    const auto batch = test::runImporterOnText(kImporter, name.toStdString() + ".txt", test::readFile(path));
    QCOMPARE(test::countFindings(batch, Severity::Error), 0);
    std::vector<const Message *> ours;
    for (auto it = batch.messages.rbegin(); it != batch.messages.rend(); ++it) {
        if (it->text == "John Doe:.")
            continue;
        ours.push_back(&*it);
    }
    QCOMPARE(ours.size(), rows.size() - 1);
    for (std::size_t i = 0; i < ours.size(); ++i) {
        const auto &row = rows[i + 1];
        std::string expectedTime = row[0];
        expectedTime[10] = 'T';
        QCOMPARE(iso(*ours[i]), expectedTime + "Z");
        const bool system = (ours[i]->flags & MessageFlag::System) != 0;
        QCOMPARE(system ? std::string("System") : author(*ours[i]), row[1]);
        QCOMPARE(withPlainSpaces(joinedLines(ours[i]->text)), row[2]);
    }
}

void TestWhatsAppImporter::conformance_chatHistoryManager_switchGivesSaneDates()
{
    TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("whatsapp/chat-history-manager/whatsapp-text_2023-10/WhatsApp Chat with +123 45 6789.txt"));
    auto input = InputSource::open(path.toStdString());
    QVERIFY2(input.ok(), "fixture should open");
    QCOMPARE(kImporter.detect(**input), 95);
    const auto batch = test::runImporter(kImporter, **input);
    QCOMPARE(batch.messages.size(), std::size_t(13));
    QCOMPARE(test::countFindings(batch, Severity::Warning), 0);
    QCOMPARE(test::countFindings(batch, Severity::Error), 0);
    QCOMPARE(batch.conversations[0].key, std::string("whatsapp:+123 45 6789"));
    QCOMPARE(kindOf(batch), std::string(toString(ConversationKind::DirectMessage)));
    QCOMPARE(batch.participants.size(), std::size_t(2));
    std::int64_t previous = 0;
    int system = 0, media = 0;
    for (const auto &m : batch.messages) {
        QVERIFY2(m.timestampMs && *m.timestampMs >= previous, show(m));
        previous = *m.timestampMs;
        system += (m.flags & MessageFlag::System) != 0;
        media += (m.flags & MessageFlag::Media) != 0;
    }
    QCOMPARE(iso(batch.messages.front()), std::string("2023-06-30T16:13:00Z"));
    QCOMPARE(iso(batch.messages.back()), std::string("2023-06-30T16:15:00Z"));
    QCOMPARE(system, 3);
    QCOMPARE(media, 6);
    QVERIFY2(test::findMessageByText(batch, "hello there!\n\nthis is a\nmulti-line message!"),
             "the multi-line message with empty lines should be whole");
    QVERIFY2(test::findMessageByText(batch, "IMG-20230630-WA0000.jpg (file attached)\nimage comment"),
             "the caption on the next line belongs to the attachment");
}

QTEST_GUILESS_MAIN(TestWhatsAppImporter)
#include "tst_whatsappimporter.moc"
