#include "import/scriptcsv/scriptcsvimporter.h"
#include "support/testsupport.h"

#include <QtTest>

using namespace tb::core;
using tb::test::conversationByKey;
using tb::test::messageByKey;
using tb::test::participantByKey;
using tb::test::countFindings;
using tb::test::dataPath;
using tb::test::describeFindings;
using tb::test::findMessageByText;

namespace {

std::unique_ptr<InputSource> openPath(const QString &path)
{
    auto input = InputSource::open(path.toStdString());
    if (!input)
        qFatal("cannot open %s: %s", qPrintable(path), input.error().message.c_str());
    return std::move(input.value());
}

ImportBatch importData(const QString &relative, const ImportOptions &options = {})
{
    ScriptCsvImporter importer;
    return tb::test::runImporter(importer, *openPath(dataPath(QStringLiteral("scriptcsv/") + relative)), options);
}

int detectData(const QString &relative)
{
    ScriptCsvImporter importer;
    return importer.detect(*openPath(dataPath(QStringLiteral("scriptcsv/") + relative)));
}

ImportBatch importText(const std::string &content, const ImportOptions &options = {})
{
    ScriptCsvImporter importer;
    return tb::test::runImporterOnText(importer, "lines.csv", content, options);
}

bool hasFinding(const ImportBatch &batch, Severity severity, const std::string &part, std::int64_t line = -1)
{
    for (const auto &f : batch.findings) {
        if (f.severity == severity && f.reason.find(part) != std::string::npos && (line < 0 || f.line == line))
            return true;
    }
    return false;
}

bool clean(const ImportBatch &batch)
{
    return countFindings(batch, Severity::Warning) == 0 && countFindings(batch, Severity::Error) == 0;
}

std::vector<std::string> keysOf(const ImportBatch &batch)
{
    std::vector<std::string> keys;
    for (const auto &m : batch.messages)
        keys.push_back(m.key);
    return keys;
}

} // namespace

class TestScriptCsvImporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detect_knownLayouts_scoreHighest()
    {
        QCOMPARE(detectData(QStringLiteral("rick-style.csv")), 95);
        QCOMPARE(detectData(QStringLiteral("bom-crlf.csv")), 95);
        QCOMPARE(detectData(QStringLiteral("got-style.csv")), 90);
    }

    void detect_speakerAndTextColumns_scoreBetween60And80()
    {
        for (const char *file : { "semicolon.csv", "tab.tsv", "office-style.csv", "no-episodes.csv", "utf16le.txt" }) {
            const int score = detectData(QString::fromLatin1(file));
            QVERIFY2(score >= 60 && score <= 80, file);
        }
        QVERIFY2(detectData(QStringLiteral("tab.tsv")) > detectData(QStringLiteral("no-episodes.csv")),
            "season, episode and scene columns make a script more likely");
    }

    void detect_otherTables_scoreLowOrZero()
    {
        QCOMPARE(detectData(QStringLiteral("friends-needs-map.csv")), 0);
        QCOMPARE(detectData(QStringLiteral("no-speaker.csv")), 0);
        QVERIFY2(detectData(QStringLiteral("chat-like.csv")) < 50, "a timestamped chat log is not a script");
        ScriptCsvImporter importer;
        MemoryInput json("tweets.js");
        json.add("tweets.js", "window.YTD.tweets.part0 = [ ]");
        QCOMPARE(importer.detect(json), 0);
        MemoryInput nothing("empty.csv");
        nothing.add("empty.csv", "");
        QCOMPARE(importer.detect(nothing), 0);
    }

    void run_rickAndMortyLayout_readsQuotesNewlinesAndCurlyQuotes()
    {
        const auto batch = importData(QStringLiteral("rick-style.csv"));
        QVERIFY2(clean(batch), describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(7));
        const Message *first = messageByKey(batch, "script:rick-style:0");
        QVERIFY(first);
        QCOMPARE(first->text, std::string("Morty, get up. We're going on an adventure."));
        QCOMPARE(first->authorKey, std::string("script:Rick"));
        QCOMPARE(first->conversationKey, std::string("script:rick-style:1:1"));
        QVERIFY2(!first->timestampMs, "scripts have no times");
        QCOMPARE(first->origin, std::string("rick-style.csv:2"));
        QVERIFY(findMessageByText(batch, "What, Rick? What\xE2\x80\x99s going on?"));
        const Message *twoLines = messageByKey(batch, "script:rick-style:3");
        QCOMPARE(twoLines->text, std::string("(burps) Two lines,\nin one cell, with \"quotes\"."));
        QVERIFY2(findMessageByText(batch, "[yawning] It\xE2\x80\x99s the middle of the night."),
            "stage directions stay in the text");
        QVERIFY(findMessageByText(
            batch, "\xE2\x80\x9CI\xE2\x80\x99m a pickle!\xE2\x80\x9D \xE2\x80\x94 he said quoting himself"));
        const Message *ew = messageByKey(batch, "script:rick-style:5");
        QCOMPARE(ew->text, std::string("Ew."));
        QCOMPARE(ew->rawText, std::string("   Ew.   "));
        QVERIFY2(messageByKey(batch, "script:rick-style:6")->origin == "rick-style.csv:9",
            "a quoted line break counts as a line of the file");

        const Conversation *pilot = conversationByKey(batch, "script:rick-style:1:1");
        QVERIFY(pilot && pilot->kind == ConversationKind::Episode);
        QCOMPARE(pilot->name, std::string("S01E01 Pilot"));
        QCOMPARE(conversationByKey(batch, "script:rick-style:2:1")->name, std::string("S02E01 A Rickle in Time"));
        QCOMPARE(batch.conversations.size(), std::size_t(3));
        bool pickle = false;
        for (const auto &p : batch.participants)
            pickle = pickle || (p.key == "script:Pickle Rick" && p.displayName == "Pickle Rick");
        QVERIFY2(pickle, "speaker variants stay separate participants: aliases are merged later, by the user");
    }

    void run_indexColumn_ordersTheLines()
    {
        const auto batch = importData(QStringLiteral("rick-style.csv"));
        const auto keys = keysOf(batch);
        const std::vector<std::string> expected = { "script:rick-style:0", "script:rick-style:1", "script:rick-style:2",
            "script:rick-style:3", "script:rick-style:4", "script:rick-style:5", "script:rick-style:6" };
        QVERIFY2(keys == expected, "row 3 comes before row 4 once sorted by index");
    }

    void run_bomAndCrlf_areInvisible()
    {
        const auto batch = importData(QStringLiteral("bom-crlf.csv"));
        QVERIFY2(clean(batch), describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(3));
        QCOMPARE(messageByKey(batch, "script:bom-crlf:1")->text, std::string("Line one"));
        QCOMPARE(messageByKey(batch, "script:bom-crlf:2")->text, std::string("A quoted\nline with CRLF inside"));
        QCOMPARE(messageByKey(batch, "script:bom-crlf:2")->rawText, std::string("A quoted\r\nline with CRLF inside"));
        QCOMPARE(messageByKey(batch, "script:bom-crlf:3")->origin, std::string("bom-crlf.csv:5"));
    }

    void run_semicolonDelimiter_isSniffedFromTheHeader()
    {
        const auto batch = importData(QStringLiteral("semicolon.csv"));
        QVERIFY2(clean(batch), describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(3));
        QVERIFY(findMessageByText(batch, "Hola; \xC2\xBFqu\xC3\xA9 tal?"));
        QVERIFY2(findMessageByText(batch, "Bien, gracias, y t\xC3\xBA"), "commas are text when ';' delimits");
        QCOMPARE(messageByKey(batch, "script:semicolon:1")->conversationKey, std::string("script:semicolon:1:1"));
        QCOMPARE(conversationByKey(batch, "script:semicolon:1:2")->name, std::string("S01E02"));
    }

    void run_tabDelimitedWithScenes_putsLinesInSceneConversations()
    {
        const auto batch = importData(QStringLiteral("tab.tsv"));
        QVERIFY2(clean(batch), describeFindings(batch));
        const Conversation *scene = conversationByKey(batch, "script:tab:1:3:1");
        QVERIFY(scene && scene->kind == ConversationKind::Scene);
        QCOMPARE(scene->parentKey, std::string("script:tab:1:3"));
        QCOMPARE(scene->name, std::string("Scene 1"));
        QVERIFY(conversationByKey(batch, "script:tab:1:3")->kind == ConversationKind::Episode);
        QCOMPARE(messageByKey(batch, "script:tab:1")->conversationKey, std::string("script:tab:1:3:1"));
        QCOMPARE(messageByKey(batch, "script:tab:3")->conversationKey, std::string("script:tab:1:3:2"));
        QVERIFY2(messageByKey(batch, "script:tab:4")->conversationKey == "script:tab:1:3",
            "a line without a scene stays in its episode");
    }

    void run_gameOfThronesLayout_readsSeasonWords()
    {
        const auto batch = importData(QStringLiteral("got-style.csv"));
        QVERIFY2(clean(batch), describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(3));
        const Message *first = messageByKey(batch, "script:got-style:1");
        QVERIFY(first);
        QCOMPARE(first->authorKey, std::string("script:waymar royce"));
        QCOMPARE(first->conversationKey, std::string("script:got-style:1:1"));
        QCOMPARE(conversationByKey(batch, "script:got-style:1:1")->name, std::string("S01E01 Winter is Coming"));
        QCOMPARE(conversationByKey(batch, "script:got-style:1:2")->name, std::string("S01E02 The Kingsroad"));
    }

    void run_friendsLayout_needsAndHonoursAColumnMapping()
    {
        const auto unmapped = importData(QStringLiteral("friends-needs-map.csv"));
        QCOMPARE(unmapped.messages.size(), std::size_t(0));
        QVERIFY2(hasFinding(unmapped, Severity::Error, "'who_speaks'"), "the error lists the columns there are");

        ImportOptions options;
        options.columns.speaker = "who_speaks";
        options.columns.text = "Spoken"; // case does not matter
        options.columns.conversationKeys = { "season_id", "episode_id" };
        options.columns.sceneKey = "scene_id";
        options.columns.order = "utterance_id";
        const auto batch = importData(QStringLiteral("friends-needs-map.csv"), options);
        QVERIFY2(clean(batch), describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(4));
        const Message *first = messageByKey(batch, "script:friends-needs-map:s01_e01_c01_u001");
        QVERIFY2(first, "keys come from the order column when its values are unique");
        QCOMPARE(first->authorKey, std::string("script:Monica Geller"));
        QCOMPARE(first->conversationKey, std::string("script:friends-needs-map:1:1:1"));
        QCOMPARE(conversationByKey(batch, "script:friends-needs-map:1:1")->name, std::string("S01E01"));
        QCOMPARE(conversationByKey(batch, "script:friends-needs-map:1:1:2")->parentKey,
            std::string("script:friends-needs-map:1:1"));
    }

    void run_mappingNamesAMissingColumn_isAnErrorListingTheColumns()
    {
        ImportOptions options;
        options.columns.speaker = "character";
        options.columns.text = "line";
        const auto batch = importData(QStringLiteral("friends-needs-map.csv"), options);
        QCOMPARE(batch.messages.size(), std::size_t(0));
        QCOMPARE(countFindings(batch, Severity::Error), 1);
        QVERIFY2(hasFinding(batch, Severity::Error, "'character' for speaker"), describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Error,
                     "'utterance_id', 'season_id', 'episode_id', 'scene_id', "
                     "'who_speaks', 'spoken'"),
            describeFindings(batch));
        options.columns = {};
        options.columns.conversationKeys = { "season no.", "episode" };
        const auto rick = importData(QStringLiteral("rick-style.csv"), options);
        QVERIFY2(hasFinding(rick, Severity::Error, "'episode' for the conversation"), describeFindings(rick));
    }

    void run_wrongColumnCounts_warnWithTheLineAndKeepWhatTheyCan()
    {
        const auto batch = importData(QStringLiteral("wrong-columns.csv"));
        QVERIFY2(hasFinding(batch, Severity::Warning, "7 fields where the header has 6; it was imported", 3),
            describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Warning, "5 fields where the header has 6; it has no speaker or text", 4),
            describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Info, "empty; it was skipped", 5), describeFindings(batch));
        QVERIFY(findMessageByText(batch, "Extra field"));
        const Message *direction = findMessageByText(batch, "(the door creaks)");
        QVERIFY2(direction && direction->authorKey.empty() && (direction->flags & MessageFlag::System),
            "a line nobody speaks is narration");
        QCOMPARE(batch.messages.size(), std::size_t(4));
        QCOMPARE(messageByKey(batch, "script:wrong-columns:6")->origin, std::string("wrong-columns.csv:8"));
    }

    void run_encodings_areDecodedOrRepairedWithAFinding()
    {
        const auto utf16 = importData(QStringLiteral("utf16le.txt"));
        QVERIFY2(findMessageByText(utf16,
                     "\xC3\x87"
                     "a va? \xF0\x9F\x98\x80"),
            describeFindings(utf16));
        QVERIFY(hasFinding(utf16, Severity::Info, "UTF-16"));
        bool zoe = false;
        for (const auto &p : utf16.participants)
            zoe = zoe || p.key == "script:Zo\xC3\xAB";
        QVERIFY(zoe);

        const auto cp1252 = importData(QStringLiteral("windows1252.csv"));
        QVERIFY2(findMessageByText(cp1252, "\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x80\x93 dash"),
            describeFindings(cp1252));
        QVERIFY(hasFinding(cp1252, Severity::Warning, "Windows-1252"));

        const auto broken = importData(QStringLiteral("invalid-utf8.csv"));
        QVERIFY(findMessageByText(broken, "caf\xC3\xA9 is fine"));
        QVERIFY(findMessageByText(broken, "broken \xEF\xBF\xBD byte"));
        QVERIFY(hasFinding(broken, Severity::Warning, "not valid UTF-8 were replaced by U+FFFD: 1."));
    }

    void run_unclosedQuote_isReportedWhereItOpens()
    {
        const auto batch = importData(QStringLiteral("unclosed-quote.csv"));
        QVERIFY2(hasFinding(batch, Severity::Warning, "never closes", 3), describeFindings(batch));
        QVERIFY(findMessageByText(batch, "Fine"));
    }

    void run_officeLayout_hasScenesAndDeletedLines()
    {
        const auto batch = importData(QStringLiteral("office-style.csv"));
        QVERIFY2(clean(batch), describeFindings(batch));
        const Message *deleted = findMessageByText(batch, "A deleted-scene line.");
        QVERIFY(deleted && (deleted->flags & MessageFlag::Deleted));
        QCOMPARE(deleted->conversationKey, std::string("script:office-style:1:1:2"));
        QVERIFY(!(findMessageByText(batch, "Oh, I told you.")->flags & MessageFlag::Deleted));
    }

    void run_noEpisodeColumns_makeOneConversationWithAnInfo()
    {
        const auto batch = importData(QStringLiteral("no-episodes.csv"));
        QCOMPARE(batch.conversations.size(), std::size_t(1));
        QCOMPARE(batch.conversations.front().key, std::string("script:no-episodes"));
        QCOMPARE(batch.conversations.front().name, std::string("no-episodes"));
        QCOMPARE(batch.messages.size(), std::size_t(2));
        QCOMPARE(batch.messages.back().key, std::string("script:no-episodes:2"));
        QVERIFY(hasFinding(batch, Severity::Info, "no season or episode column"));
    }

    void run_duplicateIndex_fallsBackToRowNumbers()
    {
        const auto batch = importData(QStringLiteral("dup-index.csv"));
        QCOMPARE(batch.messages.size(), std::size_t(3));
        QVERIFY(hasFinding(batch, Severity::Info, "does not name each line once"));
        QVERIFY(messageByKey(batch, "script:dup-index:1") && messageByKey(batch, "script:dup-index:2")
            && messageByKey(batch, "script:dup-index:3"));
    }

    void run_crOnlyAndBlankLines_areHandled()
    {
        const auto batch = importText("name,line\r\rAna,one\rBen,\"two\rlines\"\r\r");
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(2));
        QCOMPARE(batch.messages.back().text, std::string("two\nlines"));
        QCOMPARE(batch.messages.back().origin, std::string("lines.csv:4"));
    }

    void run_orderColumnWithText_keepsThoseLinesLast()
    {
        const auto batch = importText("index,name,line\n2,B,second\nx,C,unnumbered\n1,A,first\n");
        const auto keys = keysOf(batch);
        QCOMPARE(keys.size(), std::size_t(3));
        QCOMPARE(batch.messages[0].text, std::string("first"));
        QCOMPARE(batch.messages[1].text, std::string("second"));
        QCOMPARE(batch.messages[2].text, std::string("unnumbered"));
        QVERIFY(hasFinding(batch, Severity::Warning, "not a number"));
    }

    void run_emptyOrHeaderOnly_neverCrash()
    {
        QVERIFY(countFindings(importText(""), Severity::Error) == 1);
        const auto header = importText("name,line\n");
        QCOMPARE(header.messages.size(), std::size_t(0));
        QVERIFY(countFindings(importText("just some words\n"), Severity::Error) == 1);
        QCOMPARE(importText("name,line\nA,\"unterminated").messages.size(), std::size_t(1));
    }

    void run_folderOfCsvs_importsEachAndSkipsOthers()
    {
        MemoryInput input("scripts");
        input.add("show/s1.csv", "name,line,season,episode\nAna,Hello,1,1\n");
        input.add("show/s2.csv", "name,line,season,episode\nBen,Bye,2,1\n");
        input.add("show/readme.txt", "These are my scripts.\n");
        input.add("show/cover.png", "\x89PNG");
        ScriptCsvImporter importer;
        QVERIFY(importer.detect(input) >= 60);
        const auto batch = tb::test::runImporter(importer, input);
        QCOMPARE(batch.messages.size(), std::size_t(2));
        QVERIFY(conversationByKey(batch, "script:s1:1:1") && conversationByKey(batch, "script:s2:2:1"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch));
        QCOMPARE(batch.participants.size(), std::size_t(2));
    }

    void run_bundledSample_importsCleanly()
    {
        ScriptCsvImporter importer;
        const QString sample = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample/script");
        const auto input = openPath(sample);
        QCOMPARE(importer.detect(*input), 95);
        const auto batch = tb::test::runImporter(importer, *input);
        QVERIFY2(clean(batch) && countFindings(batch, Severity::Info) == 0, describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(59));
        QCOMPARE(batch.conversations.size(), std::size_t(2));
        QCOMPARE(batch.participants.size(), std::size_t(4));
        QVERIFY(conversationByKey(batch, "script:starship-laundromat:1:2"));
        QCOMPARE(
            conversationByKey(batch, "script:starship-laundromat:1:2")->name, std::string("S01E02 The Lint Nebula"));
    }
};

QTEST_GUILESS_MAIN(TestScriptCsvImporter)
#include "tst_scriptcsvimporter.moc"
