#include "recipetesthelpers.h"


#include <atomic>
#include <fstream>

using namespace tb::test::recipes;

namespace {

// Resident memory of this process in kB (Linux), 0 elsewhere.
long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return 0;
}

} // namespace

// Recipes over many messages: they stream (memory does not grow with the project), cancel
// promptly, and each one finds records in the bundled sample project.
class TestRecipeScale final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_big;
    static constexpr int kMessages = 100'000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), "a temporary folder is needed for the project");
        auto store = Store::open(QString(m_dir.path() + QStringLiteral("/big.tunebench")).toStdString());
        QVERIFY(store);
        m_big = std::move(*store);
        // One busy channel with threads and a long script scene; about 300 bytes a message, so
        // that holding every record would show as tens of megabytes.
        const std::string filler(240, 'x');
        auto importId = m_big->beginImport("/generated", "test");
        QVERIFY(importId);
        tb::core::ImportBatch people;
        for (int p = 0; p < 20; ++p)
            people.participants.push_back({"g:p" + std::to_string(p), "Person " + std::to_string(p), {}, false});
        people.conversations.push_back({"g:general", ConversationKind::Channel, "general", {}});
        people.conversations.push_back({"g:scene", ConversationKind::Scene, "Scene 1", {}});
        QVERIFY(m_big->write(*importId, people));
        for (int start = 0; start < kMessages; start += 10'000) {
            tb::core::ImportBatch batch;
            for (int i = start; i < start + 10'000; ++i) {
                tb::core::Message m;
                m.key = "g:" + std::to_string(i);
                m.conversationKey = i % 10 == 9 ? "g:scene" : "g:general";
                m.authorKey = "g:p" + std::to_string((i * 7) % 20);
                m.timestampMs = kBaseMs + std::int64_t(i) * 45'000;
                m.text = "message " + std::to_string(i) + " " + filler;
                m.rawText = m.text;
                if (i % 50 >= 45) // every fiftieth message starts a short thread
                    m.threadKey = "g:" + std::to_string(i - i % 50 + 45);
                batch.messages.push_back(std::move(m));
            }
            QVERIFY(m_big->write(*importId, batch));
        }
        QVERIFY(m_big->finishImport(*importId, "done"));
        QVERIFY(markMe(*m_big, "g:p0"));
    }

    void bigProject_everyRecipe_streamsWithBoundedMemory()
    {
        const std::vector<std::pair<RecipeKind, std::map<std::string, std::string>>> runs = {
            {RecipeKind::ReplyAsMe, {{"turns", "multi"}}},
            {RecipeKind::NextSpeaker, {{"new-speakers-only", "false"}}},
            {RecipeKind::Character, {{"character", "Person 3"}}},
            {RecipeKind::PostsInMyVoice, {{"conversations", "g:general"}}},
        };
        for (const auto &[kind, options] : runs) {
            tb::core::RecipeOptions recipeOptions;
            for (const auto &[key, value] : options)
                recipeOptions.set(key, value);
            auto recipe = tb::core::makeRecipe(kind, recipeOptions);
            QVERIFY(recipe);
            const long before = residentKb();
            long peak = before;
            std::uint64_t records = 0, bytes = 0;
            std::uint64_t progressCalls = 0;
            auto summary = (*recipe)->build(
                *m_big, tb::core::NoLabels{},
                [&](TrainingRecord &&r) {
                    ++records;
                    for (const auto &t : r.messages)
                        bytes += t.content.size();
                    if (records % 1000 == 0)
                        peak = std::max(peak, residentKb());
                    return true;
                },
                nullptr, [&](std::uint64_t, std::uint64_t) { ++progressCalls; });
            QVERIFY2(summary, summary ? "" : summary.error().message.c_str());
            const QByteArray what = QByteArray(toString(kind).data()) + ": " + QByteArray::number(qulonglong(records))
                + " records, " + QByteArray::number(qulonglong(bytes >> 20)) + " MB of text, resident memory grew "
                + QByteArray::number(qlonglong((peak - before) / 1024)) + " MB";
            qInfo("%s", what.constData());
            QVERIFY2(records > 1000, what.constData());
            QVERIFY2(progressCalls >= summary->messagesRead / 4096, QByteArray(what + ", progress calls: " + QByteArray::number(qulonglong(progressCalls))).constData());
            // The records' text together is far beyond this; a recipe holding them all would show.
            QVERIFY2(peak - before < 16 * 1024 || bytes < 48u << 20, what.constData());
            QVERIFY2(peak - before < 16 * 1024, what.constData());
        }
    }

    // The measurement above can see records held: a sink that keeps them all makes memory grow.
    void residentMemory_sinkKeepingRecords_grows()
    {
        auto recipe = tb::core::makeRecipe(RecipeKind::NextSpeaker, {});
        std::vector<TrainingRecord> kept;
        const long before = residentKb();
        auto summary = (*recipe)->build(*m_big, tb::core::NoLabels{}, [&](TrainingRecord &&r) {
            kept.push_back(std::move(r));
            return true;
        });
        QVERIFY(summary);
        const long grown = residentKb() - before;
        QVERIFY2(grown > 16 * 1024, qPrintable(QStringLiteral("keeping %1 records grew memory by %2 MB")
                                                   .arg(kept.size()).arg(grown / 1024)));
    }

    void cancel_duringBuild_stopsEarly()
    {
        auto recipe = tb::core::makeRecipe(RecipeKind::NextSpeaker, {});
        QVERIFY(recipe);
        std::atomic_bool cancel{false};
        std::uint64_t records = 0;
        auto summary = (*recipe)->build(*m_big, tb::core::NoLabels{}, [&](TrainingRecord &&) {
            if (++records == 10)
                cancel = true;
            return true;
        }, &cancel);
        QVERIFY(summary);
        QVERIFY2(summary->cancelled && records == 10, "no record comes after the cancel");
        QVERIFY2(summary->messagesRead < std::uint64_t(kMessages) / 2, "the build stopped reading early");
    }

    void sink_returningFalse_stopsTheBuild()
    {
        auto recipe = tb::core::makeRecipe(RecipeKind::ReplyAsMe, {});
        std::uint64_t records = 0;
        auto summary = (*recipe)->build(*m_big, tb::core::NoLabels{}, [&](TrainingRecord &&) { return ++records < 3; });
        QVERIFY2(summary && records == 3 && !summary->cancelled, "a preview that found its record stops the build");
    }

    void sampleProject_eachRecipe_findsRecords()
    {
        QTemporaryDir dir;
        QString error;
        const QString project = tb::test::createSampleProject(dir.path(), &error);
        QVERIFY2(!project.isEmpty(), qPrintable(error));
        auto store = Store::open(project.toStdString());
        QVERIFY(store);
        const std::vector<std::pair<RecipeKind, std::map<std::string, std::string>>> runs = {
            {RecipeKind::ReplyAsMe, {{"me", "Alex Morgan"}}},
            {RecipeKind::ReplyAsMe, {{"me", "maya"}}},
            {RecipeKind::PostsInMyVoice, {{"me", "adaquill"}}},
            {RecipeKind::Character, {{"character", "Pip"}}},
            {RecipeKind::NextSpeaker, {}},
        };
        for (const auto &[kind, options] : runs) {
            const auto built = build(**store, kind, options);
            const QByteArray what = QByteArray(toString(kind).data()) + " " + QByteArray::fromStdString(built.error);
            QVERIFY2(built.error.empty() && built.records.size() >= 3, what.constData());
            for (const auto &r : built.records) {
                QVERIFY2(!r.messageIds.empty() && r.anchorMessageId != 0 && !r.conversationKey.empty(),
                         "every record carries its lineage");
                QVERIFY2(r.messages.size() >= 2 && r.messages.back().role == tb::core::TurnRole::Assistant,
                         "every record ends with the assistant turn it teaches");
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecipeScale)
#include "tst_recipescale.moc"
