#include "support/clirun.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using tb::test::CliRun;
using tb::test::runCli;

namespace {

// A small Android-layout WhatsApp chat: the format needs no other files, so it suits CLI tests.
const QByteArray kChat =
    "12/03/2021, 09:15 - Ana Lima: morning! did the kubernetes upgrade finish?\n"
    "12/03/2021, 09:16 - Ben Okafor: yes, all nodes are on the new version\n"
    "12/03/2021, 09:16 - Ben Okafor: took about twenty minutes\n"
    "13/03/2021, 18:40 - Ana Lima: great work\n"
    "that was quick\n"
    "14/03/2021, 08:05 - Ben Okafor: <Media omitted>\n";

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TB_CLI")), "TB_CLI must name the built tunebench-cli");
    }

    void import_json_reportsCountsAndReimportAddsNothing()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben Okafor.txt"), kChat);
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        auto first = runCli({QStringLiteral("import"), QStringLiteral("--project"), project, chat, QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const auto report = QJsonDocument::fromJson(first.out).object();
        const auto imported = report.value(QStringLiteral("imports")).toArray().at(0).toObject();
        QCOMPARE(imported.value(QStringLiteral("format")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(imported.value(QStringLiteral("messages_added")).toInt(), 5);

        auto again = runCli({QStringLiteral("import"), QStringLiteral("--project"), project, chat, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const auto second = QJsonDocument::fromJson(again.out).object().value(QStringLiteral("imports")).toArray().at(0).toObject();
        QCOMPARE(second.value(QStringLiteral("messages_read")).toInt(), 5);
        QCOMPARE(second.value(QStringLiteral("messages_added")).toInt(), 0);
    }

    void import_jsonWithDeveloperLogging_keepsStdoutParseable()
    {
        // TB_DEBUG's log lines go to stderr: scripts read --json from stdout.
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben Okafor.txt"), kChat);
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        qputenv("TB_DEBUG", "1");
        auto run = runCli({QStringLiteral("import"), QStringLiteral("--project"), project, chat, QStringLiteral("--json")});
        qunsetenv("TB_DEBUG");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("[debug] import:"), run.err.constData());
        QJsonParseError error;
        QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    }

    void stats_json_countsMessagesPerParticipant()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben Okafor.txt"), kChat);
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--project"), project, chat}).exitCode, 0);
        auto stats = runCli({QStringLiteral("stats"), QStringLiteral("--project"), project, QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const auto s = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(s.value(QStringLiteral("messages")).toInt(), 5);
        QCOMPARE(s.value(QStringLiteral("conversations")).toInt(), 1);
        const auto people = s.value(QStringLiteral("participants")).toArray();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ben Okafor"));
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("messages")).toInt(), 3);
        const auto range = s.value(QStringLiteral("date_range")).toObject();
        QCOMPARE(range.value(QStringLiteral("first")).toString(), QStringLiteral("2021-03-12T09:15:00Z"));
        QCOMPARE(range.value(QStringLiteral("last")).toString(), QStringLiteral("2021-03-14T08:05:00Z"));
        auto text = runCli({QStringLiteral("stats"), QStringLiteral("--project"), project});
        QVERIFY2(text.out.contains("messages: 5"), text.out.constData());
    }

    void search_findsWordsAndHonoursFromAndIn()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben Okafor.txt"), kChat);
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--project"), project, chat}).exitCode, 0);
        const auto hits = [&](const QString &query) {
            auto run = runCli({QStringLiteral("search"), QStringLiteral("--project"), project, query, QStringLiteral("--json")});
            return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hits")).toArray();
        };
        QCOMPARE(hits(QStringLiteral("kubernetes")).size(), 1);
        QCOMPARE(hits(QStringLiteral("kubernetes")).at(0).toObject().value(QStringLiteral("snippet")).toString(),
                 QStringLiteral("morning! did the [kubernetes] upgrade finish?"));
        QCOMPARE(hits(QStringLiteral("from:Ben")).size(), 3);
        QCOMPARE(hits(QStringLiteral("from:\"Ana Lima\" quick")).size(), 1);
        QCOMPARE(hits(QStringLiteral("in:Okafor")).size(), 5);
        QCOMPARE(hits(QStringLiteral("in:nowhere")).size(), 0);
        auto bad = runCli({QStringLiteral("search"), QStringLiteral("--project"), project, QStringLiteral("after:someday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("YYYY-MM-DD"), bad.err.constData());
    }

    void dump_jsonl_writesOneNormalisedMessagePerLine()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben Okafor.txt"), kChat);
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--project"), project, chat}).exitCode, 0);
        auto dump = runCli({QStringLiteral("dump"), QStringLiteral("--project"), project, QStringLiteral("--jsonl")});
        QCOMPARE(dump.exitCode, 0);
        const auto lines = dump.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        const auto fourth = QJsonDocument::fromJson(lines.at(3)).object();
        QCOMPARE(fourth.value(QStringLiteral("author")).toString(), QStringLiteral("Ana Lima"));
        QCOMPARE(fourth.value(QStringLiteral("text")).toString(), QStringLiteral("great work\nthat was quick"));
        QCOMPARE(fourth.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2021-03-13T18:40:00Z"));
        for (const char *field : {"id", "conversation", "author", "timestamp", "text", "flags"})
            QVERIFY2(fourth.contains(QLatin1String(field)), field);
        const auto last = QJsonDocument::fromJson(lines.at(4)).object();
        QCOMPARE(last.value(QStringLiteral("flags")).toArray().at(0).toString(), QStringLiteral("media"));

        const QString conversation = fourth.value(QStringLiteral("conversation")).toString();
        auto one = runCli({QStringLiteral("dump"), QStringLiteral("--project"), project, QStringLiteral("--conversation"),
                           conversation, QStringLiteral("--jsonl")});
        QCOMPARE(one.out.trimmed().split('\n').size(), 5);
        auto none = runCli({QStringLiteral("dump"), QStringLiteral("--project"), project, QStringLiteral("--conversation"),
                            QStringLiteral("nope"), QStringLiteral("--jsonl")});
        QCOMPARE(none.exitCode, 1);
    }

    void usageErrors_exitWithTwo()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("x.txt")}).exitCode, 2);
        auto format = runCli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                              QStringLiteral("myspace"), QStringLiteral("x.txt")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY2(format.err.contains("myspace"), format.err.constData());
        auto order = runCli({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--date-order"),
                             QStringLiteral("dd/mm"), QStringLiteral("x.txt")});
        QCOMPARE(order.exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dump"), QStringLiteral("--project"), project}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("stats"), QStringLiteral("--project"), project, QStringLiteral("--bogus")}).exitCode, 2);
        QVERIFY2(!QFileInfo::exists(project), "usage errors must not create a project");
    }

    void inputErrors_exitWithOneAndSayWhere()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        const QString good = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben Okafor.txt"), kChat);
        const QString notChat = tb::test::writeFile(dir.path(), QStringLiteral("shopping.txt"), "eggs\nmilk\nbread\n");
        auto run = runCli({QStringLiteral("import"), QStringLiteral("--project"), project, notChat,
                           dir.path() + QStringLiteral("/missing.zip"), good});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("shopping.txt"), run.err.constData());
        QVERIFY2(run.err.contains("missing.zip"), run.err.constData());
        // What could be read is imported all the same.
        auto stats = runCli({QStringLiteral("stats"), QStringLiteral("--project"), project, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("messages")).toInt(), 5);

        auto noProject = runCli({QStringLiteral("stats"), QStringLiteral("--project"), dir.path() + QStringLiteral("/none.tunebench")});
        QCOMPARE(noProject.exitCode, 1);
        QVERIFY2(noProject.err.contains("none.tunebench"), noProject.err.constData());
    }

    void countTokens_stdin_countsAllInputAsPlainText()
    {
        // tiktoken's counts: the special-token text is ordinary characters in user text.
        const QByteArray text = "hello world <|endoftext|>";
        auto cl100k = runCli({QStringLiteral("count-tokens"), QStringLiteral("--encoding"),
                                          QStringLiteral("cl100k_base")}, text);
        QVERIFY2(cl100k.exitCode == 0, cl100k.err.constData());
        QCOMPARE(cl100k.out, QByteArray("8\n"));
        auto o200k = runCli({QStringLiteral("count-tokens"), QStringLiteral("--encoding=o200k_base")}, text);
        QCOMPARE(o200k.out, QByteArray("9\n"));
        auto empty = runCli({QStringLiteral("count-tokens"), QStringLiteral("--encoding=o200k_base")}, {});
        QCOMPARE(empty.out, QByteArray("0\n"));
    }

    void countTokens_jsonl_printsOneCountPerLineAndDashForBadLines()
    {
        QTemporaryDir dir;
        const QString file = tb::test::writeFile(dir.path(), QStringLiteral("records.jsonl"),
            "{\"text\":\"hello world\"}\nnot json\n{\"other\":1}\n{\"text\":5}\r\n{\"text\":\"I'LL go\"}\n");
        auto run = runCli({QStringLiteral("count-tokens"), QStringLiteral("--encoding"), QStringLiteral("o200k_base"),
            QStringLiteral("--jsonl"), file, QStringLiteral("--field"), QStringLiteral("text")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray("2\n-\n-\n-\n4\n"));
        QVERIFY2(run.err.contains("records.jsonl:2:") && run.err.contains("records.jsonl:3:")
                && run.err.contains("records.jsonl:4:") && !run.err.contains("records.jsonl:5:"),
            run.err.constData());

        const QString good = tb::test::writeFile(dir.path(), QStringLiteral("good.jsonl"), "{\"t\":\"a b c\"}\n{\"t\":\"\"}\n");
        auto ok = runCli({QStringLiteral("count-tokens"), QStringLiteral("--encoding"), QStringLiteral("cl100k_base"),
            QStringLiteral("--jsonl"), good, QStringLiteral("--field"), QStringLiteral("t")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(ok.out, QByteArray("3\n0\n"));

        auto missing = runCli({QStringLiteral("count-tokens"), QStringLiteral("--encoding"), QStringLiteral("cl100k_base"),
            QStringLiteral("--jsonl"), dir.path() + QStringLiteral("/none.jsonl"), QStringLiteral("--field"),
            QStringLiteral("t")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("none.jsonl"), missing.err.constData());
    }

    void countTokens_usageErrors_exitWithTwoAndShowUsage()
    {
        const QString countTokens = QStringLiteral("count-tokens");
        for (const QStringList &args : {QStringList{countTokens}, QStringList{countTokens, QStringLiteral("--encoding"), QStringLiteral("p50k_base")},
                 QStringList{countTokens, QStringLiteral("--encoding=o200k_base"), QStringLiteral("--jsonl"), QStringLiteral("x.jsonl")},
                 QStringList{countTokens, QStringLiteral("--encoding=o200k_base"), QStringLiteral("extra")}}) {
            auto run = runCli(args, {});
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(run.err.contains("usage: tunebench-cli count-tokens"), run.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
