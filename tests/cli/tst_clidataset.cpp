// tunebench-cli validate and export, run as a user runs them.
#include "support/clirun.h"
#include "support/testsupport.h"
#include "dataset/freezer.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb::core;

using tb::test::CliRun;
using tb::test::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray chatLine(int i)
{
    return QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"question %1\"},"
                          "{\"role\":\"assistant\",\"content\":\"answer %1\"}]}\n")
        .arg(i)
        .toUtf8();
}

QByteArray goodFile(int count = 12)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += chatLine(i);
    return out;
}

} // namespace

class TestCliDataset final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void validate_goodFile_exitsZeroWithStatisticsAndCost()
    {
        const auto path = tb::test::writeFile(m_dir.path(), QStringLiteral("good.jsonl"), goodFile());
        const auto run = runCli({QStringLiteral("validate"), path, QStringLiteral("--model"), QStringLiteral("gpt-4o-mini")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("12 examples, format chat; 0 errors, 0 warnings"), run.out);
        QVERIFY(run.out.contains("tokens per example: min "));
        QVERIFY(run.out.contains("gpt-4o-mini-2024-07-18"));
        QVERIFY2(run.out.contains("price unknown"), "models without a known price say so");
    }

    void validate_badLine_printsFileLineRecordRuleAndExitsOne()
    {
        QByteArray content = goodFile();
        content.insert(chatLine(0).size() * 2, "{\"messages\":[{\"role\":\"user\",\"content\":\"alone\"}]}\n");
        const auto path = tb::test::writeFile(m_dir.path(), QStringLiteral("bad.jsonl"), content);
        const auto run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains((path + QStringLiteral(":3: record 2: chat-no-assistant: error: ")).toUtf8()), run.out);
    }

    void validate_json_hasTheDocumentedShape()
    {
        QByteArray content = goodFile();
        content += chatLine(4); // a duplicate
        const auto path = tb::test::writeFile(m_dir.path(), QStringLiteral("dup.jsonl"), content);
        const auto run = runCli({QStringLiteral("validate"), path, QStringLiteral("--json"), QStringLiteral("--epochs"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc[QStringLiteral("records")].toInt(), 13);
        QCOMPARE(doc[QStringLiteral("errors")].toInt(), 0);
        QCOMPARE(doc[QStringLiteral("format")].toString(), QStringLiteral("chat"));
        const auto finding = doc[QStringLiteral("findings")].toArray().first().toObject();
        QCOMPARE(finding[QStringLiteral("rule")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(finding[QStringLiteral("record")].toInt(), 12);
        QCOMPARE(finding[QStringLiteral("line")].toInt(), 13);
        QCOMPARE(finding[QStringLiteral("fix")].toString(), QStringLiteral("drop-duplicates"));
        const auto tokens = doc[QStringLiteral("tokens")].toObject();
        QVERIFY(tokens[QStringLiteral("median")].toInt() > 0 && !tokens[QStringLiteral("histogram")].toArray().isEmpty());
        QCOMPARE(doc[QStringLiteral("epochs")].toObject()[QStringLiteral("value")].toInt(), 2);
        bool unknownPrice = false;
        for (const auto &cost : doc[QStringLiteral("costs")].toArray()) {
            const auto object = cost.toObject();
            QCOMPARE(object[QStringLiteral("epochs")].toInt(), 2);
            unknownPrice = unknownPrice || object[QStringLiteral("costUsd")].isNull();
        }
        QVERIFY2(unknownPrice, "an unknown price is null, not 0");
    }

    void validate_fix_writesAFileTheValidatorFindsClean()
    {
        QByteArray content = goodFile();
        content += chatLine(4) + chatLine(5);
        const auto path = tb::test::writeFile(m_dir.path(), QStringLiteral("fixme.jsonl"), content);
        const QString out = m_dir.path() + QStringLiteral("/fixed.jsonl");
        const auto run = runCli({QStringLiteral("validate"), path, QStringLiteral("--fix"), QStringLiteral("drop-duplicates"),
                                 QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(readAll(out), goodFile());
        const auto fix = QJsonDocument::fromJson(run.out).object()[QStringLiteral("fix")].toObject();
        QCOMPARE(fix[QStringLiteral("dropped")].toInt(), 2);
        QCOMPARE(fix[QStringLiteral("warnings")].toInt(), 0);
    }

    void validate_badUsage_exitsTwo()
    {
        const auto path = tb::test::writeFile(m_dir.path(), QStringLiteral("u.jsonl"), goodFile());
        QCOMPARE(runCli({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("validate"), path, QStringLiteral("--fix"), QStringLiteral("shorten")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("validate"), path, QStringLiteral("--fix"), QStringLiteral("drop-long")}).exitCode, 2);
        const auto model = runCli({QStringLiteral("validate"), path, QStringLiteral("--model"), QStringLiteral("gpt-9")});
        QCOMPARE(model.exitCode, 2);
        QVERIFY2(model.err.contains("gpt-4o-mini-2024-07-18"), "an unknown model lists the known ones");
        const auto missing = runCli({QStringLiteral("validate"), m_dir.path() + QStringLiteral("/none.jsonl")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("cannot open"));
    }

    void export_snapshot_writesItsBytesOrAnotherFormat()
    {
        const std::string project = QString(m_dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        std::string sha;
        {
            auto store = Store::open(project);
            QVERIFY(store);
            std::vector<TrainingRecord> records;
            for (int i = 0; i < 10; ++i) {
                TrainingRecord record;
                record.messages = {{TurnRole::User, "q" + std::to_string(i), {}, {}}, {TurnRole::Assistant, "a" + std::to_string(i), {}, {}}};
                record.anchorMessageId = i + 1;
                records.push_back(record);
            }
            FreezeOptions options;
            options.name = "v1";
            options.recipeKind = "reply-as-me";
            options.write.validFraction = 0.2;
            const RecordSource source = [records](const RecordVisitor &visit, std::string &) {
                for (const auto &record : records)
                    visit(record);
                return true;
            };
            auto info = freezeDataset(**store, source, options);
            QVERIFY(info);
            sha = info->sha256;
        }
        const QString projectPath = QString::fromStdString(project);
        const QString out = m_dir.path() + QStringLiteral("/v1.jsonl");
        auto run = runCli({QStringLiteral("export"), QStringLiteral("--project"), projectPath, QStringLiteral("--snapshot"),
                           QStringLiteral("v1"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(QCryptographicHash::hash(readAll(out), QCryptographicHash::Sha256).toHex().toStdString(), sha);
        QVERIFY(run.out.contains(QByteArray::fromStdString(sha)));

        const QString alpaca = m_dir.path() + QStringLiteral("/a.jsonl");
        const QString valid = m_dir.path() + QStringLiteral("/a-valid.jsonl");
        run = runCli({QStringLiteral("export"), QStringLiteral("--project"), projectPath, QStringLiteral("--snapshot"), QStringLiteral("1"),
                      QStringLiteral("--out"), alpaca, QStringLiteral("--format"), QStringLiteral("alpaca"), QStringLiteral("--valid-fraction"),
                      QStringLiteral("0.3"), QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--valid-out"), valid});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(readAll(alpaca).count('\n'), 7);
        QCOMPARE(readAll(valid).count('\n'), 3);
        QVERIFY(readAll(alpaca).startsWith("{\"instruction\":"));

        run = runCli({QStringLiteral("export"), QStringLiteral("--project"), projectPath, QStringLiteral("--snapshot"),
                      QStringLiteral("v2"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("v1"), "an unknown snapshot lists the project's snapshots");
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--project"), projectPath}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_clidataset.moc"
