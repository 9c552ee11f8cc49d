#include "import/importrunner.h"
#include "models/participantsfilterproxy.h"
#include "models/participantsmodel.h"
#include "models/projectsession.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb;
using models::ParticipantsModel;

namespace {

const QString kSlack = QStringLiteral("slack-acme");
const QString kWhatsApp = QStringLiteral("WhatsApp Chat with Sam Rivera.txt");

// A project holding the sample Slack and WhatsApp exports; empty on failure.
QString makeProject(const QTemporaryDir &dir)
{
    const QDir sample(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample"));
    const QString path = dir.filePath(QStringLiteral("p.tunebench"));
    auto store = core::Store::open(path.toStdString());
    if (!store)
        return {};
    core::ImportRunner runner(**store);
    for (const QString &name : {kSlack, kWhatsApp}) {
        if (!runner.run(sample.filePath(name).toStdString(), {}).error.empty())
            return {};
    }
    return path;
}

QModelIndex findKey(const QAbstractItemModel &model, const QString &key, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex at = model.index(row, 0, parent);
        if (at.data(ParticipantsModel::FilterRole).toString().split(QLatin1Char('\n')).contains(key))
            return at;
        if (const QModelIndex inside = findKey(model, key, at); inside.isValid())
            return inside;
    }
    return {};
}

qint64 idOf(const QAbstractItemModel &model, const QString &key)
{
    return findKey(model, key).data(ParticipantsModel::IdRole).toLongLong();
}

} // namespace

class TestParticipantsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void open_sampleProject_listsEveryoneWithCountsPerSource()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY2(!path.isEmpty(), "the sample exports could not be imported");
        models::ProjectSession session;
        ParticipantsModel model(&session);
        models::ParticipantsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(session.open(path));
        const auto expected = session.store()->participants();
        QCOMPARE(model.rowCount(), int(expected.size()));
        QTRY_VERIFY2(!model.countsPending(), "the message counts never arrived from the worker");
        QVERIFY2(model.countsError().isEmpty(), qPrintable(model.countsError()));

        const QModelIndex maya = findKey(model, QStringLiteral("slack:U0ACME0001"));
        QVERIFY(maya.isValid());
        const auto *info = model.participant(maya);
        const auto stored
            = std::find_if(expected.begin(), expected.end(), [&](const auto &p) { return p.id == info->id; });
        QVERIFY(stored->messages() > 0);
        QCOMPARE(maya.siblingAtColumn(ParticipantsModel::Messages).data().toString(),
                 QLocale().toString(qulonglong(stored->messages())));
        QVERIFY2(maya.siblingAtColumn(ParticipantsModel::Sources)
                     .data()
                     .toString()
                     .contains(QStringLiteral("slack-acme (Slack)")),
            "the source column names the export and its kind");
        QVERIFY2(maya.siblingAtColumn(ParticipantsModel::Messages)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("slack-acme (Slack): ")),
            "the tooltip breaks the count down per source");
        const QModelIndex bot = findKey(model, QStringLiteral("slack:U0ACME0BOT"));
        QCOMPARE(bot.siblingAtColumn(ParticipantsModel::Bot).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(bot.siblingAtColumn(ParticipantsModel::Me).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        session.close();
        QCOMPARE(model.rowCount(), 0);
    }

    void setData_edits_becomeRequestsAndWriteNothing()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        models::ProjectSession session;
        ParticipantsModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(session.open(path));
        QSignalSpy renames(&model, &ParticipantsModel::renameRequested);
        QSignalSpy mes(&model, &ParticipantsModel::meRequested);
        QSignalSpy bots(&model, &ParticipantsModel::botRequested);

        const QModelIndex alex = findKey(model, QStringLiteral("whatsapp:Alex Morgan"));
        const qint64 id = alex.data(ParticipantsModel::IdRole).toLongLong();
        QVERIFY(alex.flags() & Qt::ItemIsEditable);
        QVERIFY(model.setData(alex, QStringLiteral("  Alex M.  ")));
        QCOMPARE(renames.size(), 1);
        QCOMPARE(renames[0][0].toLongLong(), id);
        QCOMPARE(renames[0][1].toString(), QStringLiteral("Alex M."));
        QVERIFY2(!model.setData(alex, QString()), "clearing a name that is the exported one asks for nothing");
        QVERIFY2(!model.setData(alex, QStringLiteral("Alex Morgan")), "the same name asks for nothing");

        QVERIFY(model.setData(alex.siblingAtColumn(ParticipantsModel::Me), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(mes.size(), 1);
        QCOMPARE(mes[0][1].toBool(), true);
        QVERIFY(model.setData(alex.siblingAtColumn(ParticipantsModel::Bot), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(bots.size(), 1);
        QVERIFY2(!model.setData(alex.siblingAtColumn(ParticipantsModel::Exported), QStringLiteral("x")),
                 "the exported name is not editable");

        QTRY_VERIFY(!model.countsPending()); // the worker's connection is closed before the folder goes
        const auto stored = session.store()->participants(core::ParticipantCounts::Skip);
        const auto it = std::find_if(stored.begin(), stored.end(), [&](const auto &p) { return p.id == id; });
        QVERIFY2(!it->customName && !it->isMe && !it->isBot, "the model only asks; the page's commands write");
    }

    void participantsChanged_edits_updateRowsInPlaceAndMergesRegroup()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        models::ProjectSession session;
        ParticipantsModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(session.open(path));
        QTRY_VERIFY(!model.countsPending());
        const qint64 maya = idOf(model, QStringLiteral("slack:U0ACME0001"));
        const qint64 alex = idOf(model, QStringLiteral("whatsapp:Alex Morgan"));
        const int people = model.rowCount();

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(session.store()->setCustomName(maya, std::string("Maya")));
        QVERIFY(session.store()->setMe(maya, true));
        session.notifyParticipantsChanged();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.indexOfId(maya).data().toString(), QStringLiteral("Maya"));
        QCOMPARE(model.indexOfId(maya, ParticipantsModel::Me).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QVERIFY(session.store()->setAliasOf(alex, maya));
        session.notifyParticipantsChanged();
        QCOMPARE(model.rowCount(), people - 1);
        const QModelIndex person = model.indexOfId(maya);
        QCOMPARE(model.rowCount(person), 1);
        const QModelIndex alias = model.index(0, 0, person);
        QCOMPARE(alias.data(ParticipantsModel::IdRole).toLongLong(), alex);
        QVERIFY(alias.data(ParticipantsModel::IsAliasRole).toBool());
        QCOMPARE(alias.siblingAtColumn(ParticipantsModel::SameAs).data().toString(), QStringLiteral("Maya"));
        QCOMPARE(person.siblingAtColumn(ParticipantsModel::SameAs).data().toString(), QStringLiteral("1 other name"));
        const auto total = model.participantById(maya)->messages() + model.participantById(alex)->messages();
        QVERIFY2(person.siblingAtColumn(ParticipantsModel::Messages).data().toString().endsWith(
                     QStringLiteral("(%1 in all)").arg(QLocale().toString(qulonglong(total)))),
                 "a person with aliases shows what they wrote under every name");
        QCOMPARE(model.groupOf(alex), (std::vector<qint64>{maya, alex}));
        QVERIFY2(model.participantById(alex)->messages() > 0, "counts stay across a regrouping");

        // Renaming the person renames what their alias rows say they are.
        changes.clear();
        QVERIFY(session.store()->setCustomName(maya, std::string("Maya C.")));
        session.notifyParticipantsChanged();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(model.index(0, ParticipantsModel::SameAs, model.indexOfId(maya)).data().toString(),
            QStringLiteral("Maya C."));
    }

    void proxy_filterAndSort_showPeopleWithTheirAliases()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        models::ProjectSession session;
        ParticipantsModel model(&session);
        models::ParticipantsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(session.open(path));
        QTRY_VERIFY(!model.countsPending());
        const qint64 maya = idOf(model, QStringLiteral("slack:U0ACME0001"));
        const qint64 alex = idOf(model, QStringLiteral("whatsapp:Alex Morgan"));
        QVERIFY(session.store()->setAliasOf(alex, maya));
        session.notifyParticipantsChanged();

        proxy.setFilterText(QStringLiteral("alex"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ParticipantsModel::IdRole).toLongLong(), maya);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        proxy.setFilterText(QStringLiteral("Slack sam")); // every word, in a name or the source
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ParticipantsModel::IdRole).toLongLong(),
            idOf(model, QStringLiteral("slack:U0ACME0005")));
        proxy.setFilterText(QStringLiteral("nobody-is-called-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), model.rowCount());

        proxy.sort(ParticipantsModel::Messages, Qt::DescendingOrder);
        qulonglong previous = std::numeric_limits<qulonglong>::max();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qulonglong n
                = proxy.index(row, ParticipantsModel::Messages).data(ParticipantsModel::SortRole).toULongLong();
            QVERIFY2(n <= previous, "people are listed by everything they wrote, most first");
            previous = n;
        }
        const qulonglong mayaTotal = model.participantById(maya)->messages() + model.participantById(alex)->messages();
        QCOMPARE(model.indexOfId(maya, ParticipantsModel::Messages).data(ParticipantsModel::SortRole).toULongLong(),
            mayaTotal);
    }

    // A manual scale check: TB_LARGE_PROJECT names a COPY of a large project (opening may upgrade it).
    void open_largeProject_namesAtOnceCountsInTheBackground()
    {
        const QString path = qEnvironmentVariable("TB_LARGE_PROJECT");
        if (path.isEmpty())
            QSKIP("set TB_LARGE_PROJECT to a copy of a large project (e.g. of /work/p1m.tunebench) to run this");
        models::ProjectSession session;
        QVERIFY(session.open(path));
        QElapsedTimer clock;
        clock.start();
        ParticipantsModel model(&session);
        const qint64 guiThreadMs = clock.elapsed();
        QVERIFY(model.rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model.countsPending(), 30000);
        const qint64 countedMs = clock.elapsed();
        std::uint64_t messages = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            messages += model.participant(model.index(row, 0))->messages();
            for (int alias = 0; alias < model.rowCount(model.index(row, 0)); ++alias)
                messages += model.participant(model.index(alias, 0, model.index(row, 0)))->messages();
        }
        qInfo("%d people listed in %lld ms on the GUI thread; %llu messages counted after %lld ms", model.rowCount(),
              guiThreadMs, static_cast<unsigned long long>(messages), countedMs);
        QVERIFY2(guiThreadMs < 100, "names and marks are one small query; counting happens elsewhere");
        QCOMPARE(messages, std::uint64_t(session.store()->stats().messages));
    }
};

QTEST_MAIN(TestParticipantsModel)
#include "tst_participantsmodel.moc"
