// tunebench-cli build, run as a user runs it: the seeds' worked examples come out of the command
// line byte for byte comparable, and every option the README documents does what it says.
#include "support/clirun.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using tb::test::CliRun;
using tb::test::runCli;

namespace {

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/tests/data/") + relative;
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.push_back(line);
    }
    return out;
}

QJsonObject object(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCliBuild final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString importProject(const QString &name, const QStringList &paths)
    {
        const QString project = m_dir.path() + QLatin1Char('/') + name + QStringLiteral(".tunebench");
        if (QFile::exists(project))
            return project;
        QStringList args{QStringLiteral("import"), QStringLiteral("--project"), project};
        args += paths;
        const auto run = runCli(args);
        if (run.exitCode != 0)
            qWarning() << "import failed:" << run.err;
        return project;
    }

    QString out(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nextSpeaker_beepGptConversation_givesTheSeedsLinesAndLabelMap()
    {
        const QString project = importProject(QStringLiteral("beep"), {dataPath(QStringLiteral("recipes/beepgpt-slack"))});
        const QString file = out(QStringLiteral("beep.jsonl"));
        const auto run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                                 QStringLiteral("next-speaker"), QStringLiteral("--format"), QStringLiteral("prompt-completion"),
                                 QStringLiteral("--model"), QStringLiteral("davinci-002"), QStringLiteral("--out"), file});
        // Two examples are under OpenAI's minimum of ten: exit 1 with that finding, the file written all the same.
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("too-few-examples"), run.out.constData());
        const auto got = lines(file);
        const auto expected = lines(dataPath(QStringLiteral("recipes/beepgpt-expected.jsonl")));
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QVERIFY2(object(got[i]) == object(expected[i]), got[i].constData());

        const auto labels = QJsonDocument::fromJson(lines(out(QStringLiteral("beep.labels.json"))).join('\n')).object();
        const auto entries = labels.value(QStringLiteral("labels")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("completion")).toString(), QStringLiteral(" 1"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("UserB"));
        QCOMPARE(labels.value(QStringLiteral("negative_completion")).toString(), QStringLiteral(" nil"));
    }

    void character_rickSeed_givesTheSeedsRecord()
    {
        const QString project = importProject(QStringLiteral("rick"), {dataPath(QStringLiteral("recipes/scripts/rick-seed.csv"))});
        const auto expected = lines(dataPath(QStringLiteral("recipes/scripts/rick-expected.jsonl")));
        QCOMPARE(expected.size(), 1);
        const QString system = object(expected[0])
                                   .value(QStringLiteral("messages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toString();
        const QString file = out(QStringLiteral("rick.jsonl"));
        const auto run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                                 QStringLiteral("character"), QStringLiteral("--option"), QStringLiteral("character=Rick"),
                                 QStringLiteral("--option"), QStringLiteral("context-depth=1"), QStringLiteral("--option"),
                                 QStringLiteral("system-prompt=") + system, QStringLiteral("--out"), file});
        // One example is under OpenAI's minimum of ten: an error, and the file is written all the same.
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("too-few-examples"), run.out.constData());
        const auto got = lines(file);
        QCOMPARE(got.size(), 1);
        QVERIFY2(object(got[0]) == object(expected[0]), got[0].constData());
    }

    void replyAsMe_withoutMe_exitsOneSayingHowToChoose()
    {
        const QString project = importProject(QStringLiteral("persona"), {dataPath(QStringLiteral("recipes/persona-slack"))});
        const auto run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                                 QStringLiteral("reply-as-me"), QStringLiteral("--out"), out(QStringLiteral("none.jsonl"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Participants page") && run.err.contains("--option me="), run.err.constData());
        QVERIFY2(!QFile::exists(out(QStringLiteral("none.jsonl"))), "no file is written when the recipe cannot run");
    }

    void replyAsMe_scrubSplitAndFreeze_writeWhatTheyPromise()
    {
        const QString project = importProject(QStringLiteral("sample"),
                                              QDir(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample"))
                                                  .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                                                  .replaceInStrings(QRegularExpression(QStringLiteral("^")),
                                                                    qEnvironmentVariable("TB_SOURCE_DIR")
                                                                        + QStringLiteral("/resources/sample/")));
        const QString plain = out(QStringLiteral("plain.jsonl"));
        auto run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                           QStringLiteral("reply-as-me"), QStringLiteral("--option"), QStringLiteral("me=Alex Morgan"),
                           QStringLiteral("--out"), plain});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const auto plainLines = lines(plain);
        QVERIFY2(plainLines.size() >= 3, "Alex Morgan's replies in the sample make records");
        QVERIFY2(plainLines.join('\n').contains("Sam"), "without --scrub the other person's name stays");

        const QString scrubbed = out(QStringLiteral("scrubbed.jsonl"));
        run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                      QStringLiteral("reply-as-me"), QStringLiteral("--option"), QStringLiteral("me=Alex Morgan"),
                      QStringLiteral("--scrub"), QStringLiteral("--scrub-report"), out(QStringLiteral("scrub.jsonl")),
                      QStringLiteral("--valid-fraction"), QStringLiteral("0.25"),
                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--freeze"), QStringLiteral("alex-v1"),
                      QStringLiteral("--out"), scrubbed, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!report.isEmpty(), "--json prints one JSON object");
        QCOMPARE(report.value(QStringLiteral("recipe")).toString(), QStringLiteral("reply-as-me"));
        QVERIFY(report.value(QStringLiteral("scrubbed")).toBool());
        const QString validPath = report.value(QStringLiteral("valid_out")).toString();
        const auto train = lines(scrubbed);
        const auto valid = lines(validPath);
        QCOMPARE(train.size() + valid.size(), plainLines.size());
        QCOMPARE(valid.size(), qRound(0.25 * plainLines.size()));
        const QByteArray all = train.join('\n') + valid.join('\n');
        QVERIFY2(!all.contains("Sam Rivera") && !all.contains("Alex Morgan"), "--scrub replaces every participant's name");
        QVERIFY2(all.contains("Person "), "names become stable pseudonyms");
        const QJsonObject scrub = report.value(QStringLiteral("scrub")).toObject();
        const int names = scrub.value(QStringLiteral("by_category")).toObject().value(QStringLiteral("name")).toInt();
        QVERIFY2(names > 0, "the report counts the names it replaced");
        const auto entries = lines(out(QStringLiteral("scrub.jsonl")));
        QCOMPARE(entries.size(), scrub.value(QStringLiteral("listed")).toInt());
        QVERIFY2(!entries.isEmpty() && object(entries.first()).contains(QStringLiteral("original")),
                 "--scrub-report lists each replacement with what it replaced");

        // A category kept is left as written: names stay when names are kept.
        const QString keptNames = out(QStringLiteral("kept.jsonl"));
        run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                      QStringLiteral("reply-as-me"), QStringLiteral("--option"), QStringLiteral("me=Alex Morgan"),
                      QStringLiteral("--scrub"), QStringLiteral("--scrub-keep"), QStringLiteral("name,mention"),
                      QStringLiteral("--out"), keptNames});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QCOMPARE(lines(keptNames).size(), plainLines.size());
        QVERIFY2(lines(keptNames).join('\n').contains("Sam"), "--scrub-keep name leaves names as written");
        QCOMPARE(runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                         QStringLiteral("reply-as-me"), QStringLiteral("--scrub"), QStringLiteral("--scrub-keep"),
                         QStringLiteral("faces"), QStringLiteral("--out"), keptNames})
                     .exitCode,
                 2);

        // The frozen snapshot holds the same bytes: exporting it reproduces the files' hash.
        const QString snapshotSha = report.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("sha256")).toString();
        QVERIFY2(!snapshotSha.isEmpty(), "--freeze reports the snapshot's content hash");
        const QString exported = out(QStringLiteral("exported.jsonl"));
        run = runCli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--snapshot"),
                      QStringLiteral("alex-v1"), QStringLiteral("--out"), exported});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromLatin1(sha256Of(exported)), snapshotSha);
    }

    void build_badUsage_exitsTwoNamingTheProblem()
    {
        const QString project = importProject(QStringLiteral("beep"), {dataPath(QStringLiteral("recipes/beepgpt-slack"))});
        auto run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                           QStringLiteral("poems"), QStringLiteral("--out"), out(QStringLiteral("x.jsonl"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown recipe"));
        run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                      QStringLiteral("next-speaker"), QStringLiteral("--option"), QStringLiteral("context=many"),
                      QStringLiteral("--out"), out(QStringLiteral("x.jsonl"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("context"), run.err.constData());
        run = runCli({QStringLiteral("build"), QStringLiteral("--project"), project, QStringLiteral("--recipe"),
                      QStringLiteral("next-speaker")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("build"), QStringLiteral("--recipe"), QStringLiteral("character"),
                      QStringLiteral("--list-options")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("character") && run.out.contains("context-depth"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBuild)
#include "tst_clibuild.moc"
